// What a warehouse's schema version means for the one who opens it:
//   - none yet (a new file, or the site's in-memory stand-in): create the current schema;
//   - the current version: nothing to do, or re-run the idempotent DDL when its text changed (views, comments),
//     which a digest kept in schema_info detects; the check saves ~50 ms on every command;
//   - older: a writer upgrades it (upgrade.ts: a backup, then every step in one transaction); a reader refuses,
//     naming the command that upgrades it, since it may not write;
//   - newer: refused, this release cannot know what changed.

import {createHash} from "node:crypto";
import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "./query.js";
import {SCHEMA_VERSION, WAREHOUSE_SCHEMA} from "./schema.js";
import {WarehouseError} from "./warehouse-error.js";

const SCHEMA_DIGEST = createHash("sha256").update(WAREHOUSE_SCHEMA).digest("hex");

export interface StoredSchema {
  /** null: no chizai schema in the file yet. */
  version: number | null;
  digest: string | null;
}

export async function readStoredSchema(connection: DuckDBConnection): Promise<StoredSchema> {
  // information_schema rather than duckdb_tables(), which estimates every table's size: ~1 ms instead of ~18 ms on
  // every open.
  const tables = await queryRows(
    connection,
    `SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_info' AND table_schema = 'main'`
  );
  if (tables.length === 0) return {version: null, digest: null};
  const rows = await queryRows<{key: string; value: string}>(connection, `SELECT key, value FROM schema_info`);
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  const version = value("schema_version");
  return {version: version === null ? null : Number(version), digest: value("schema_digest")};
}

/** Creates the current schema, or refreshes it when its DDL changed. For a new or an up-to-date warehouse only. */
export async function ensureSchema(connection: DuckDBConnection, stored?: StoredSchema): Promise<void> {
  const current = stored ?? (await readStoredSchema(connection));
  refuseNewer(current);
  if (current.version !== null && current.version < SCHEMA_VERSION) {
    throw new Error(`ensureSchema on a schema ${current.version} warehouse: upgrade it first (upgrade.ts)`);
  }
  if (current.digest === SCHEMA_DIGEST) return;
  await applyCurrentSchema(connection);
}

/** Runs the current DDL and records its version; inside the caller's transaction when there is one. */
export async function applyCurrentSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(WAREHOUSE_SCHEMA);
  await connection.run(
    `INSERT INTO schema_info VALUES ('schema_version', $1), ('schema_digest', $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [String(SCHEMA_VERSION), SCHEMA_DIGEST]
  );
}

export function refuseNewer(stored: StoredSchema): void {
  if (stored.version !== null && stored.version > SCHEMA_VERSION) {
    throw new WarehouseError(
      `this warehouse was written by a newer chizai-atlas (schema ${stored.version}, this version knows ${SCHEMA_VERSION}): ` +
        `update chizai-atlas, or ingest into a new warehouse with --db`
    );
  }
}

/** For readers: the warehouse must be at the current version (a file without a schema is left to the caller). */
export function requireCurrentForReading(stored: StoredSchema, filePath: string): void {
  refuseNewer(stored);
  if (stored.version !== null && stored.version < SCHEMA_VERSION) {
    throw new WarehouseError(
      `the warehouse ${filePath} was written by an older chizai-atlas (schema ${stored.version}; this version uses ` +
        `schema ${SCHEMA_VERSION}). Upgrade it once with: npm run chizai -- upgrade --db "${filePath}" ` +
        `(it keeps a copy of the old file beside it; any ingest or names import/remove/rekey upgrades it too)`
    );
  }
}
