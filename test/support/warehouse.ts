// Helpers for integration tests: a fresh warehouse file, ingest through the real pipeline, plain-row queries.

import path from "node:path";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles, type RunReport} from "../../loaders/ingest/ingest-run.js";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {queryRows, type PlainRow} from "../../loaders/warehouse/query.js";
import {makeTempDir} from "./temp-dir.js";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
export const fixture = (name: string) => path.join(FIXTURES, name);

export function tempWarehouse(label: string): string {
  return path.join(makeTempDir(label), "atlas.duckdb");
}

export async function ingest(db: string, paths: string[], collection: string | null = null): Promise<RunReport> {
  return ingestFiles(db, collectInputs(paths, collection));
}

export async function query<T = PlainRow>(db: string, sql: string): Promise<T[]> {
  const warehouse = await openWarehouse(db, {readOnly: true});
  try {
    return await queryRows<T>(warehouse.connection, sql);
  } finally {
    warehouse.close();
  }
}

/** Every table's row count: a fingerprint to show that something "changed nothing". */
export async function tableCounts(db: string): Promise<Record<string, number>> {
  const warehouse = await openWarehouse(db, {readOnly: true});
  try {
    const tables = await queryRows<{name: string}>(warehouse.connection, `SELECT table_name AS name FROM duckdb_tables() ORDER BY 1`);
    const counts: Record<string, number> = {};
    for (const {name} of tables) {
      counts[name] = (await queryRows<{n: number}>(warehouse.connection, `SELECT count(*) AS n FROM "${name}"`))[0]!.n;
    }
    return counts;
  } finally {
    warehouse.close();
  }
}
