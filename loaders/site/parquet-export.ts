// Runs a SELECT and returns its result as Parquet bytes (zstd), through a temporary file: DuckDB cannot write
// Parquet to memory, and several datasets go into one archive (landscape-archive.ts), so /dev/stdout is no option.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {quotedString, type DuckDBConnection} from "@duckdb/node-api";

export async function selectToParquet(connection: DuckDBConnection, select: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chizai-site-"));
  const file = path.join(dir, "out.parquet");
  try {
    // The path cannot be a bound parameter (stack-notes §8).
    await connection.run(`COPY (${select}) TO ${quotedString(file)} (FORMAT parquet, COMPRESSION zstd)`);
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
