// The reference the ingest benchmark compares with: DuckDB's own read_csv of the same files into a plain table
// of a fresh database file, run as its own process like the ingest CLI. Plain JavaScript so that, like the CLI
// (loaders/cli/launch.mjs), it pays no TypeScript start-up. Prints one JSON line.
//   node test/bench/read-csv-baseline.mjs <folder> <database> auto|pinned

import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";

const [folder, database, mode = "auto"] = process.argv.slice(2);
if (!folder || !database) throw new Error("usage: read-csv-baseline.ts <folder> <database> [auto|pinned]");
const started = performance.now();
const instance = await DuckDBInstance.create(database);
const connection = await instance.connect();
const glob = path.join(folder, "*.csv").replace(/'/g, "''");
// auto: what a user types. pinned: dialect given, everything VARCHAR, no sniffing or type inference.
const options =
  mode === "pinned"
    ? `union_by_name = true, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', auto_detect = false`
    : `union_by_name = true`;
const queryStarted = performance.now();
await connection.run(`CREATE TABLE raw AS SELECT * FROM read_csv('${glob}', ${options})`);
await connection.run("CHECKPOINT");
const rows = Number((await connection.runAndReadAll("SELECT count(*) FROM raw")).getRowsJS()[0][0]);
const queryMs = performance.now() - queryStarted;
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify({mode, rows, queryMs, processMs: performance.now() - started}));
