// Registers raw applicant names in applicant_names with their entity key, inside the caller's transaction.
//
// The key is computed in JS (NFKC is not available in DuckDB) and only once per distinct name: a file of 3,000
// applications has a few hundred new names at most, and the same companies come back in every export. The names
// already registered are kept in memory per connection, like loaders/jplatpat/known-applications.ts, which is also what keeps
// applicant_names.name unique without an index.

import type {DuckDBConnection} from "@duckdb/node-api";
import {applicantNameKey} from "../jplatpat/applicants.js";
import {detach} from "../text/detach.js";
import {appendRows, type AppendValue} from "../warehouse/append.js";
import {connectionCache, readTextRows} from "../warehouse/connection-cache.js";
import {ENTITY_KEY_RULES_VERSION} from "./entity-key-version.js";
import {entityKey} from "./entity-key.js";

export const registeredNames = connectionCache(
  async (connection) => new Set((await readTextRows(connection, `SELECT name FROM applicant_names`)).map(([name]) => name!))
);

/** Appends the names not registered yet; returns how many were new. */
export async function registerApplicantNames(connection: DuckDBConnection, names: Iterable<string>): Promise<number> {
  const known = await registeredNames.get(connection);
  const fresh = new Set<string>();
  for (const name of names) if (!known.has(name)) fresh.add(name);
  await appendRows(connection, "applicant_names", [...fresh].map(applicantNameRow));
  for (const name of fresh) known.add(detach(name));
  return fresh.size;
}

/** A row of applicant_names, in column order. */
export function applicantNameRow(name: string): AppendValue[] {
  return [name, applicantNameKey(name), entityKey(name), ENTITY_KEY_RULES_VERSION];
}
