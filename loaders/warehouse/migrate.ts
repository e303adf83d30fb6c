// Creates the schema in a new warehouse and refuses one written by a newer chizai-atlas.

import type {DuckDBConnection} from "@duckdb/node-api";
import {WAREHOUSE_SCHEMA, SCHEMA_VERSION} from "./schema.js";

export async function ensureSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(WAREHOUSE_SCHEMA);
  const reader = await connection.runAndReadAll(`SELECT value FROM schema_info WHERE key = 'schema_version'`);
  const stored = reader.getRows()[0]?.[0];
  if (stored === undefined) {
    await connection.run(`INSERT INTO schema_info VALUES ('schema_version', $1)`, [String(SCHEMA_VERSION)]);
    return;
  }
  if (Number(stored) > SCHEMA_VERSION) {
    throw new Error(
      `this warehouse was written by a newer chizai-atlas (schema ${stored}, this version knows ${SCHEMA_VERSION}): ` +
        `update chizai-atlas, or ingest into a new warehouse with --db`
    );
  }
}
