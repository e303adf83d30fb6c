// Opening the warehouse: one read-write owner (the ingest CLI) or any number of read-only readers (the site's
// data loaders). DuckDB refuses a second process at once with "Could not set lock" (docs/reliability-notes.md
// §3), so both sides retry for a while and then fail with a message a user can act on.

import fs from "node:fs";
import path from "node:path";
import {DuckDBConnection, DuckDBInstance} from "@duckdb/node-api";
import {formatLockHolder, lockHolderOf, type LockHolder} from "./lock-holder.js";
import {ensureSchema} from "./migrate.js";

export const DEFAULT_WAREHOUSE_PATH = "data/atlas.duckdb";

/** `--db PATH` wins, then the CHIZAI_DB environment variable, then data/atlas.duckdb (relative to the cwd). */
export function resolveWarehousePath(explicit?: string | null): string {
  return path.resolve(explicit || process.env.CHIZAI_DB || DEFAULT_WAREHOUSE_PATH);
}

export class WarehouseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WarehouseError";
  }
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
  close(): void;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** How long to keep retrying while another process holds the file (default: $CHIZAI_LOCK_TIMEOUT_MS, else 10 s). */
  lockTimeoutMs?: number;
  /** Called once, when the first attempt finds the file locked, so that a caller can say what it waits for. */
  onBusy?(holder: LockHolder): void;
}

export async function openWarehouse(filePath: string, options: OpenOptions = {}): Promise<Warehouse> {
  const readOnly = options.readOnly ?? false;
  const lockTimeoutMs = options.lockTimeoutMs ?? (Number(process.env.CHIZAI_LOCK_TIMEOUT_MS) || 10_000);
  if (readOnly && !fs.existsSync(filePath)) {
    throw new WarehouseError(
      `no warehouse at ${filePath}: ingest some files first (npm run ingest -- data/sample) or set CHIZAI_DB`
    );
  }
  if (!readOnly) fs.mkdirSync(path.dirname(filePath), {recursive: true});

  const instance = await createWithRetry(filePath, readOnly, lockTimeoutMs, options.onBusy);
  const connection = await instance.connect();
  if (!readOnly) await ensureSchema(connection);
  return {
    path: filePath,
    readOnly,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
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
