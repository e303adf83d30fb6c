// The manifest at the root of a Parquet lake (`_manifest.json`): what a reader needs without opening a file —
// the tables, where each one lives, how it is partitioned, its columns with their DuckDB types and its row count,
// the warehouse schema version it was written at, and which confidential tables were left out. Its presence is
// also what makes a folder a lake for chizai (--db, CHIZAI_DB): a folder without it is not read as one.
//
// Names starting with "_" are skipped by Spark, Trino (Hive connector) and DuckDB's globs over a table's folder,
// so the manifest never shows up as data.

import fs from "node:fs";
import path from "node:path";
import {WarehouseError} from "../warehouse/warehouse-error.js";

export const LAKE_MANIFEST = "_manifest.json";
export const LAKE_FORMAT = "chizai-atlas parquet lake";
export const LAKE_FORMAT_VERSION = 1;

export interface LakeColumn {
  name: string;
  /** DuckDB's type name: VARCHAR, INTEGER, BIGINT, DATE, TIMESTAMP, BOOLEAN, DOUBLE, VARCHAR[], … */
  type: string;
}

export interface LakeTable {
  name: string;
  /** The table's folder, relative to the lake: every *.parquet file below it (and its partition folders). */
  path: string;
  /** Hive partition columns (folders `column=value`), derived from the table's columns; [] when not partitioned. */
  partitionedBy: string[];
  /** The warehouse columns, in order (partition columns not included: they are in the folder names). */
  columns: LakeColumn[];
  rows: number;
  files: number;
  bytes: number;
}

export interface LakeManifest {
  format: typeof LAKE_FORMAT;
  formatVersion: number;
  /** The warehouse schema version (the README's data model at that version). */
  schemaVersion: number;
  chizaiVersion: string;
  /** ISO time of the export. */
  exportedAt: string;
  /** The warehouse's file name (not its folder). */
  source: string;
  tables: LakeTable[];
  /** Confidential tables the warehouse holds that were not asked for (--include), so not in the lake. */
  leftOut: string[];
}

export function manifestPath(lakeDir: string): string {
  return path.join(lakeDir, LAKE_MANIFEST);
}

/** Whether `target` is a folder holding a lake manifest. */
export function isLake(target: string): boolean {
  return fs.statSync(target, {throwIfNoEntry: false})?.isDirectory() === true && fs.existsSync(manifestPath(target));
}

export function readLakeManifest(lakeDir: string): LakeManifest {
  const file = manifestPath(lakeDir);
  let manifest: LakeManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as LakeManifest;
  } catch (error) {
    throw new WarehouseError(`cannot read the lake manifest ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (manifest.format !== LAKE_FORMAT || !Array.isArray(manifest.tables)) {
    throw new WarehouseError(`${file} is not a chizai-atlas lake manifest (no "format": "${LAKE_FORMAT}")`);
  }
  if (manifest.formatVersion > LAKE_FORMAT_VERSION) {
    throw new WarehouseError(
      `the lake ${lakeDir} was written by a newer chizai-atlas (lake format ${manifest.formatVersion}): update chizai-atlas`
    );
  }
  return manifest;
}

export function writeLakeManifest(lakeDir: string, manifest: LakeManifest): void {
  fs.writeFileSync(manifestPath(lakeDir), `${JSON.stringify(manifest, null, 2)}\n`, "utf8");
}
