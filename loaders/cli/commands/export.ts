// chizai export --parquet DIR: the warehouse as a Hive-partitioned Parquet lake (lake/export-lake.ts), for Spark,
// Trino or DuckDB on other machines, and for building the site from it.

import path from "node:path";
import {exportLake, checkExportTarget} from "../../lake/export-lake.js";
import {isLake} from "../../lake/lake-manifest.js";
import {openWarehouse, WarehouseError} from "../../warehouse/connection.js";
import {CONFIDENTIAL_TABLES} from "../../warehouse/confidential-tables.js";
import {locateWarehouse, requireNamedWarehouse} from "../../warehouse/warehouse-location.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson, terminalText} from "../terminal-text.js";

const USAGE = `usage: npm run chizai -- export --parquet DIR [--db PATH] [--include TABLE,…] [--overwrite] [--json]

Writes the warehouse as a Parquet lake in DIR: one folder per table, patents partitioned by filing year
(patents/filing_year=2019/…), and DIR/_manifest.json listing every table, its columns and types and its row count.
DuckDB, Spark and Trino read it; npm run build --db DIR (or CHIZAI_DB=DIR) builds the site from it.
  --include TABLE,…  also export these confidential tables (left out otherwise): ${CONFIDENTIAL_TABLES.map((t) => t.table).join(", ")}
  --overwrite        replace the lake already in DIR (never a folder of other files)
  --json             print a summary (tables, rows, bytes) as JSON on stdout
The lake appears in DIR only when complete: a failed export leaves DIR as it was.`;

export const exportCommand: Command = {
  name: "export",
  summary: "write the warehouse as a Parquet lake (--parquet DIR) for DuckDB, Spark or Trino",
  async run(argv) {
    const args = parseArgs(argv, {values: ["db", "parquet", "include"], flags: ["overwrite", "json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.positional.length) throw new UsageError(`unexpected argument ${args.positional[0]}`);
    const dir = stringOption(args, "parquet");
    if (dir === null) throw new UsageError("export needs --parquet DIR (the only format so far)");
    const target = path.resolve(dir);
    const include = (stringOption(args, "include") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const overwrite = args.options.overwrite === true;
    const json = args.options.json === true;

    const location = locateWarehouse(stringOption(args, "db"));
    requireNamedWarehouse(location);
    const source = location.path;
    if (isLake(source)) throw new WarehouseError(`${source} is already a Parquet lake: copy the folder instead`);
    checkExportTarget(target, overwrite); // before the wait for a busy warehouse
    const started = performance.now();
    const warehouse = await openWarehouse(source, {readOnly: true});
    try {
      const manifest = await exportLake(warehouse.connection, source, target, {
        include,
        overwrite,
        onTable: (table, ms) =>
          console.error(
            `  ${table.name.padEnd(24)} ${table.rows.toLocaleString("en-US").padStart(11)} rows  ` +
              `${table.files} file${table.files === 1 ? "" : "s"}  ${formatBytes(table.bytes)}  ${Math.round(ms)} ms`
          )
      });
      const ms = Math.round(performance.now() - started);
      const bytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
      if (json) {
        console.log(
          terminalJson({
            lake: target,
            warehouse: source,
            schemaVersion: manifest.schemaVersion,
            ms,
            bytes,
            tables: manifest.tables.map((t) => ({name: t.name, rows: t.rows, files: t.files, bytes: t.bytes, partitionedBy: t.partitionedBy})),
            leftOut: manifest.leftOut
          })
        );
      } else {
        console.log(`Exported ${manifest.tables.length} tables (${formatBytes(bytes)}) to ${terminalText(target)} in ${(ms / 1000).toFixed(1)} s`);
      }
      if (manifest.leftOut.length) {
        console.error(
          `Left out (confidential): ${manifest.leftOut.join(", ")}, and the rejected rows of their files; ` +
            `add --include ${manifest.leftOut.join(",")} to export them.`
        );
      }
      return 0;
    } finally {
      warehouse.close();
    }
  }
};

function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
