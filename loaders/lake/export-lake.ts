// The warehouse as a Hive-partitioned Parquet lake: one folder per table, patents split by filing year, and a
// manifest (lake-manifest.ts). For when one machine's DuckDB file is not enough: Spark, Trino or DuckDB itself read
// the folders, and the site can build from the lake (open-lake.ts).
//
//   LAKE/_manifest.json
//   LAKE/patents/filing_year=2019/data_0.parquet      one row per application, by year(filing_date)
//   LAKE/patents/filing_year=__HIVE_DEFAULT_PARTITION__/…   (no filing date; patents always has one today)
//   LAKE/<table>/data.parquet                         every other table, one file each
//
// All or nothing: the lake is written into a folder beside the target and renamed into place at the end
// (replace-folder.ts), so a failed or interrupted export leaves no half lake and an earlier lake stays whole. An
// existing folder is replaced only when asked (--overwrite) and only when it is itself a lake: a folder of other
// files is never emptied. Confidential tables (confidential-tables.ts) stay out unless named.

import fs from "node:fs";
import path from "node:path";
import {quotedIdentifier, quotedString, type DuckDBConnection} from "@duckdb/node-api";
import {projectPath} from "../project-root.js";
import {besideFolder, replaceFolder} from "../cli/replace-folder.js";
import {confidentialFileKinds, CONFIDENTIAL_TABLES, isConfidentialTable} from "../warehouse/confidential-tables.js";
import {queryRows, queryValue} from "../warehouse/query.js";
import {SCHEMA_VERSION} from "../warehouse/schema.js";
import {WarehouseError} from "../warehouse/warehouse-error.js";
import {isLake, LAKE_FORMAT, LAKE_FORMAT_VERSION, writeLakeManifest, type LakeManifest, type LakeTable} from "./lake-manifest.js";

/** Tables split into partition folders, with the column that names the folders and how it is derived. */
export const LAKE_PARTITIONS: Readonly<Record<string, {column: string; expression: string}>> = {
  patents: {column: "filing_year", expression: "year(filing_date)"}
};

/** The warehouse's own bookkeeping: the manifest carries the schema version instead. */
const NOT_EXPORTED = new Set(["schema_info", "schema_migrations"]);

export interface ExportOptions {
  /** Confidential tables to export all the same (by name). */
  include?: readonly string[];
  /** Replace an existing lake at the target. */
  overwrite?: boolean;
  /** Called after each table is written. */
  onTable?(table: LakeTable, ms: number): void;
}

/** A refusal before anything is written: the target is not free, or --include names something unknown. */
export class LakeExportError extends WarehouseError {}

/** Checks the target before the warehouse is opened: free (missing or empty), or a lake to replace with overwrite. */
export function checkExportTarget(target: string, overwrite: boolean): void {
  const stat = fs.statSync(target, {throwIfNoEntry: false});
  if (!stat) return;
  if (!stat.isDirectory()) throw new LakeExportError(`${target} exists and is not a folder: choose another folder for the lake`);
  if (fs.readdirSync(target).length === 0) return;
  if (!isLake(target)) {
    throw new LakeExportError(
      `${target} is not empty and is not a lake written by chizai-atlas (no _manifest.json): choose an empty or new folder` +
        (overwrite ? " (--overwrite replaces only an earlier lake, never other files)" : "")
    );
  }
  if (!overwrite) throw new LakeExportError(`${target} already holds a lake: add --overwrite to replace it`);
}

export async function exportLake(
  connection: DuckDBConnection,
  source: string,
  target: string,
  options: ExportOptions = {}
): Promise<LakeManifest> {
  const include = options.include ?? [];
  const unknown = include.filter((name) => !isConfidentialTable(name));
  if (unknown.length) {
    throw new LakeExportError(
      `--include takes confidential tables (${CONFIDENTIAL_TABLES.map((t) => t.table).join(", ")}), not ${unknown.join(", ")}: ` +
        `every other table is exported anyway`
    );
  }
  checkExportTarget(target, options.overwrite ?? false);

  const present = await queryRows<{name: string}>(
    connection,
    `SELECT table_name AS name FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary ORDER BY table_name`
  );
  const names = present.map((t) => t.name).filter((name) => !NOT_EXPORTED.has(name));
  const leftOut = names.filter((name) => isConfidentialTable(name) && !include.includes(name));

  const staging = besideFolder(target, "exporting");
  fs.rmSync(staging, {recursive: true, force: true});
  fs.mkdirSync(staging, {recursive: true});
  try {
    const tables: LakeTable[] = [];
    for (const name of names.filter((n) => !leftOut.includes(n))) {
      const started = performance.now();
      const table = await exportTable(connection, staging, name, include);
      tables.push(table);
      options.onTable?.(table, performance.now() - started);
    }
    const manifest: LakeManifest = {
      format: LAKE_FORMAT,
      formatVersion: LAKE_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      chizaiVersion: chizaiVersion(),
      exportedAt: new Date().toISOString(),
      source: path.basename(source),
      tables,
      leftOut
    };
    writeLakeManifest(staging, manifest);
    replaceFolder(staging, target);
    return manifest;
  } finally {
    fs.rmSync(staging, {recursive: true, force: true});
  }
}

async function exportTable(
  connection: DuckDBConnection,
  lake: string,
  name: string,
  include: readonly string[]
): Promise<LakeTable> {
  const columns = await queryRows<{name: string; type: string}>(
    connection,
    `SELECT column_name AS name, data_type AS type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $1 ORDER BY column_index`,
    [name]
  );
  const select = `SELECT * FROM ${quotedIdentifier(name)}${rowFilter(name, include)}`;
  const folder = path.join(lake, name);
  fs.mkdirSync(folder, {recursive: true});
  const partition = LAKE_PARTITIONS[name];
  // Paths cannot be bound parameters in COPY, which returns the number of rows it wrote.
  const copy = partition
    ? `COPY (SELECT *, ${partition.expression} AS ${partition.column} FROM (${select}))
       TO ${quotedString(folder)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${partition.column}), OVERWRITE_OR_IGNORE)`
    : `COPY (${select}) TO ${quotedString(path.join(folder, "data.parquet"))} (FORMAT parquet, COMPRESSION zstd)`;
  const rows = (await queryValue<number>(connection, copy)) ?? 0;
  const files = parquetFiles(folder);
  return {
    name,
    path: name,
    partitionedBy: partition ? [partition.column] : [],
    columns,
    rows,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
  };
}

/** Rejected rows of confidential files travel with their table: kept back unless it was included. */
function rowFilter(name: string, include: readonly string[]): string {
  if (name !== "rejects") return "";
  const kinds = confidentialFileKinds(include);
  if (!kinds.length) return "";
  return ` WHERE batch_id NOT IN (SELECT batch_id FROM batches WHERE kind IN (${kinds.map(quotedString).join(", ")}))`;
}

export function parquetFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(".parquet"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function chizaiVersion(): string {
  return (JSON.parse(fs.readFileSync(projectPath("package.json"), "utf8")) as {version: string}).version;
}
