// Upgrading a warehouse written by an older chizai-atlas, done by the first command that opens it for writing
// (or `chizai upgrade`). In this order, so that a failure at any point leaves a warehouse that still works:
//   1. checkpoint and close it, then copy the file aside with its version in the name (atlas.schema-1.backup.duckdb);
//      an existing backup is never overwritten. The file is closed for the copy because on Windows DuckDB's lock
//      keeps other handles from reading it.
//   2. reopen it and run every pending step, then the current DDL (new tables, views), the version and one
//      schema_migrations row per version reached, all in one transaction: a failing step rolls everything back and
//      the warehouse stays at its old version, rows untouched.

import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {projectPath} from "../project-root.js";
import {applyCurrentSchema} from "./migrate.js";
import {SCHEMA_VERSION} from "./schema.js";
import type {MigrationStep} from "./migrations/migration-step.js";
import {stepsFrom} from "./migrations/migrations.js";

export interface UpgradeReport {
  fromVersion: number;
  toVersion: number;
  /** Full path of the copy of the file as it was before the upgrade. */
  backupPath: string;
  /** The summary of each step run, in order. */
  steps: string[];
}

/** Where the old file goes: beside it, `<name>.schema-<version>.backup.duckdb`, or `…backup-2.duckdb`, … if taken. */
export function backupPathFor(filePath: string, version: number): string {
  const {dir, name} = path.parse(filePath);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${name}.schema-${version}.backup${n === 1 ? "" : `-${n}`}.duckdb`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Copies the (closed, checkpointed) warehouse file aside; returns the copy's path. */
export function backUpWarehouse(filePath: string, version: number): string {
  for (;;) {
    const backup = backupPathFor(filePath, version);
    try {
      fs.copyFileSync(filePath, backup, fs.constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      // Another process took the same name between the check and the copy: try the next one.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * Runs the steps from `fromVersion` on in one transaction and records them. `steps` is the schema history
 * (MIGRATIONS; tests pass one with a failing step).
 */
export async function migrateInOneTransaction(
  connection: DuckDBConnection,
  fromVersion: number,
  backupPath: string,
  steps?: readonly MigrationStep[]
): Promise<UpgradeReport> {
  const pending = stepsFrom(fromVersion, steps);
  const toVersion = fromVersion + pending.length;
  if (toVersion !== SCHEMA_VERSION) {
    throw new Error(`the schema history ends at version ${toVersion}, but this release writes ${SCHEMA_VERSION}`);
  }
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const step of pending) await step.run(connection);
    await applyCurrentSchema(connection);
    for (const step of pending) {
      await connection.run(
        `INSERT INTO schema_migrations VALUES ($1, current_localtimestamp(), $2, $3)`,
        [step.from + 1, path.basename(backupPath), chizaiVersion()]
      );
    }
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
  await connection.run("CHECKPOINT");
  return {fromVersion, toVersion, backupPath, steps: pending.map((step) => step.summary)};
}

function chizaiVersion(): string {
  return (JSON.parse(fs.readFileSync(projectPath("package.json"), "utf8")) as {version: string}).version;
}
