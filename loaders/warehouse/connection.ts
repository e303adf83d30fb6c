// Opening the warehouse: one read-write owner (the ingest CLI) or any number of read-only readers (the site's
// data loaders). DuckDB refuses a second process at once with "Could not set lock" rather than waiting for
// it, so both sides retry for a while and then fail with a message a user can act on. A writer brings a warehouse
// of an older release up to date (upgrade.ts); a reader refuses it (migrate.ts). A Parquet lake folder (written by
// `chizai export --parquet`) opens for reading as the same tables (lake/open-lake.ts) and is refused for writing.

import fs from "node:fs";
import path from "node:path";
import {DuckDBConnection, DuckDBInstance} from "@duckdb/node-api";
import {isLake} from "../lake/lake-manifest.js";
import {openLake} from "../lake/open-lake.js";
import {formatLockHolder, lockHolderOf, type LockHolder} from "./lock-holder.js";
import {ensureSchema, readStoredSchema, refuseNewer, requireCurrentForReading} from "./migrate.js";
import type {MigrationStep} from "./migrations/migration-step.js";
import {SCHEMA_VERSION} from "./schema.js";
import {backUpWarehouse, migrateInOneTransaction, type UpgradeReport} from "./upgrade.js";
import {WarehouseError} from "./warehouse-error.js";

export {WarehouseError};

export const DEFAULT_WAREHOUSE_PATH = "data/atlas.duckdb";

/** `--db PATH` wins, then the CHIZAI_DB environment variable, then data/atlas.duckdb (relative to the cwd). */
export function resolveWarehousePath(explicit?: string | null): string {
  return path.resolve(explicit || process.env.CHIZAI_DB || DEFAULT_WAREHOUSE_PATH);
}

/** The warehouse stayed locked by another process for the whole wait: retrying later may succeed. */
export class WarehouseBusyError extends WarehouseError {
  constructor(message: string, readonly holder: LockHolder) {
    super(message);
    this.name = "WarehouseBusyError";
  }
}

export interface Warehouse {
  path: string;
  readOnly: boolean;
  connection: DuckDBConnection;
  /** What opening it for writing upgraded; null when it was up to date (or new). */
  upgrade: UpgradeReport | null;
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** How long to keep retrying while another process holds the file (default: $CHIZAI_LOCK_TIMEOUT_MS, else 10 s). */
  lockTimeoutMs?: number;
  /** Where a writer reports that it upgraded an older warehouse (default: stderr, so that --json output stays clean). */
  log?: (line: string) => void;
  /** The schema history to upgrade with (tests: one with a failing step). */
  migrations?: readonly MigrationStep[];
  /** Called once, when the first attempt finds the file locked, so that a caller can say what it waits for. */
  onBusy?(holder: LockHolder): void;
}

export async function openWarehouse(filePath: string, options: OpenOptions = {}): Promise<Warehouse> {
  const readOnly = options.readOnly ?? false;
  const lockTimeoutMs = options.lockTimeoutMs ?? (Number(process.env.CHIZAI_LOCK_TIMEOUT_MS) || 10_000);
  if (isLake(filePath)) {
    if (!readOnly) {
      throw new WarehouseError(
        `${filePath} is a Parquet lake (written by chizai export --parquet), which is read-only: ingest into the ` +
          `warehouse file it was exported from (or a new one with --db FILE.duckdb) and export the lake again`
      );
    }
    const lake = await openLake(filePath);
    return {path: filePath, readOnly: true, connection: lake.connection, upgrade: null, close: lake.close};
  }
  if (fs.statSync(filePath, {throwIfNoEntry: false})?.isDirectory()) {
    throw new WarehouseError(
      `${filePath} is a folder, neither a warehouse file nor a Parquet lake (no _manifest.json in it): check --db or CHIZAI_DB`
    );
  }
  if (readOnly && !fs.existsSync(filePath)) {
    throw new WarehouseError(
      `no warehouse at ${filePath}: ingest some files first (npm run ingest -- data/sample) or set CHIZAI_DB`
    );
  }
  if (!readOnly) fs.mkdirSync(path.dirname(filePath), {recursive: true});

  let instance = await createWithRetry(filePath, readOnly, lockTimeoutMs, options.onBusy);
  let connection = await instance.connect();
  let open = true;
  const close = () => {
    if (!open) return; // closed for the backup copy and not reopened: nothing to close
    open = false;
    connection.closeSync();
    instance.closeSync();
  };
  let upgrade: UpgradeReport | null = null;
  try {
    const stored = await readStoredSchema(connection);
    if (readOnly) {
      requireCurrentForReading(stored, filePath);
    } else if (stored.version !== null && stored.version < SCHEMA_VERSION) {
      await connection.run("CHECKPOINT");
      close();
      const backupPath = backUpWarehouse(filePath, stored.version);
      instance = await createWithRetry(filePath, readOnly, lockTimeoutMs, options.onBusy);
      connection = await instance.connect();
      open = true;
      // Another writer may have upgraded it while it was closed for the copy.
      const reread = await readStoredSchema(connection);
      refuseNewer(reread);
      if (reread.version !== null && reread.version < SCHEMA_VERSION) {
        upgrade = await migrateOrExplain(connection, filePath, reread.version, backupPath, options.migrations);
        (options.log ?? console.error)(describeUpgrade(filePath, upgrade));
      }
    } else {
      await ensureSchema(connection, stored);
    }
  } catch (error) {
    close();
    throw error;
  }
  return {path: filePath, readOnly, connection, upgrade, close};
}

async function migrateOrExplain(
  connection: DuckDBConnection,
  filePath: string,
  fromVersion: number,
  backupPath: string,
  migrations: readonly MigrationStep[] | undefined
): Promise<UpgradeReport> {
  try {
    return await migrateInOneTransaction(connection, fromVersion, backupPath, migrations);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WarehouseError(
      `upgrading the warehouse ${filePath} from schema ${fromVersion} to ${SCHEMA_VERSION} failed, nothing was ` +
        `changed (it is still at schema ${fromVersion}; a copy is at ${backupPath}): ${message}`
    );
  }
}

export function describeUpgrade(filePath: string, upgrade: UpgradeReport): string {
  return (
    `Upgraded the warehouse ${filePath} from schema ${upgrade.fromVersion} to ${upgrade.toVersion}; ` +
    `the file as it was is kept as ${upgrade.backupPath}\n` +
    upgrade.steps.map((step) => `  - ${step}`).join("\n")
  );
}

async function createWithRetry(
  filePath: string,
  readOnly: boolean,
  timeoutMs: number,
  onBusy: OpenOptions["onBusy"]
): Promise<DuckDBInstance> {
  const settings: Record<string, string> = {
    // Offline by design: never try to download an extension.
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  };
  if (readOnly) settings.access_mode = "READ_ONLY";
  const deadline = Date.now() + timeoutMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
    try {
      return await DuckDBInstance.create(filePath, settings);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!/Could not set lock/i.test(message)) throw new WarehouseError(`cannot open the warehouse ${filePath}: ${message}`);
      if (delay === 100) onBusy?.(lockHolderOf(message));
      if (Date.now() + delay > deadline) {
        const holder = lockHolderOf(message);
        // DuckDB says "you would be able to open this database in read-only mode" only when the holder writes.
        const holderWrites = readOnly || /read-only mode/.test(message) === false;
        throw new WarehouseBusyError(
          `the warehouse ${filePath} is busy: ${formatLockHolder(holder)} has it open${holderWrites ? " for writing" : ""}. ` +
            `Wait for the ingest (or the site build) to finish, or close that program, and try again.`,
          holder
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
