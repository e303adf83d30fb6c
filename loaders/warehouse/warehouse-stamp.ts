// A cheap sign that the warehouse changed, without opening it (which would take DuckDB's lock). DuckDB writes each
// commit to "<file>.wal" and folds it into the file at a checkpoint or on close, so the size and modification time
// of the two files together change with every commit. Used by npm start's watch (any writer, any terminal) and by
// the build (did the warehouse change while the site was built from its snapshot?).

import fs from "node:fs";

/** Size and modification time of the database file and its write-ahead log ("-" for a missing file). */
export function warehouseStamp(warehousePath: string): string {
  return [warehousePath, `${warehousePath}.wal`]
    .map((file) => {
      const stat = fs.statSync(file, {throwIfNoEntry: false});
      return stat ? `${stat.size}:${stat.mtimeMs}` : "-";
    })
    .join("|");
}
