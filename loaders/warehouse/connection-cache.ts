// State the warehouse's single writer keeps in memory beside its connection (the keys, names and codes it has
// stored), read from the warehouse on first use. After a rollback it may hold things that were never committed,
// so it is forgotten and read again on next use.

import type {DuckDBConnection} from "@duckdb/node-api";

export interface ConnectionCache<T> {
  get(connection: DuckDBConnection): Promise<T>;
  forget(connection: DuckDBConnection): void;
}

export function connectionCache<T>(read: (connection: DuckDBConnection) => Promise<T>): ConnectionCache<T> {
  const byConnection = new WeakMap<DuckDBConnection, T>();
  return {
    async get(connection) {
      let value = byConnection.get(connection);
      if (value === undefined) {
        value = await read(connection);
        byConnection.set(connection, value);
      }
      return value;
    },
    forget(connection) {
      byConnection.delete(connection);
    }
  };
}

/** Every row of `sql` as strings: what such caches are built from. */
export async function readTextRows(connection: DuckDBConnection, sql: string): Promise<string[][]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowsJS().map((row) => row.map(String));
}
