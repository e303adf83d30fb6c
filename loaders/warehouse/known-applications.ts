// The applications the warehouse already holds, as application_key → application_number, kept in memory by
// the one process that writes the warehouse. Looking 3,000 keys up per file with SQL means a scan of `patents`
// per file; this map is read once per run and then kept in step with each committed file.
//
// It is also what keeps application_key unique: a key found here is merged, never inserted again.

import type {DuckDBConnection} from "@duckdb/node-api";

const byConnection = new WeakMap<DuckDBConnection, Map<string, string>>();

export async function knownApplications(connection: DuckDBConnection): Promise<Map<string, string>> {
  let known = byConnection.get(connection);
  if (!known) {
    known = new Map();
    const reader = await connection.runAndReadAll(`SELECT application_key, application_number FROM patents`);
    for (const [key, number] of reader.getRowsJS()) known.set(String(key), String(number));
    byConnection.set(connection, known);
  }
  return known;
}

/** After a rollback the map may hold keys that were never committed: drop it and read it again when needed. */
export function forgetKnownApplications(connection: DuckDBConnection): void {
  byConnection.delete(connection);
}
