// Loads a read FI title file inside its file's transaction: the entries an earlier version of the same file (same
// path) gave are replaced, so a file corrected and ingested again leaves no stale title behind.

import type {DuckDBConnection} from "@duckdb/node-api";
import {appendRows} from "../warehouse/append.js";
import {queryValue} from "../warehouse/query.js";
import type {FiTitleEntry} from "./read-fi-titles-file.js";

/** Returns how many entries of earlier versions of the file were replaced. */
export async function loadFiTitles(
  connection: DuckDBConnection,
  batchId: number,
  sourcePath: string,
  entries: readonly FiTitleEntry[]
): Promise<{replaced: number}> {
  const replaced = (await queryValue<number>(connection, `SELECT count(*) FROM fi_titles WHERE source_path = $1`, [sourcePath])) ?? 0;
  await connection.run(`DELETE FROM fi_titles WHERE source_path = $1`, [sourcePath]);
  await appendRows(
    connection,
    "fi_titles",
    entries.map((e) => [e.code, e.codeRaw, e.title, sourcePath, batchId, e.line])
  );
  return {replaced};
}
