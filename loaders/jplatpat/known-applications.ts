// The applications the warehouse already holds, kept in memory by the one process that writes the warehouse as a
// set of numeric codes of their keys (law, year, serial). Looking 3,000 keys up per file with SQL means a scan of
// `patents` per file; this set is read once per run and then kept in step with each committed file.
//
// Numbers, not the key and number strings: at a million applications a map of both strings held ~150 MB of the
// ingest's memory, a set of numbers a fraction of it. The spelling the warehouse uses for an application is
// asked of DuckDB only for the keys found here (spellingsOf), a few per file.
//
// It is also what keeps application_key unique: a key found here is merged, never inserted again.

import {listValue, type DuckDBConnection} from "@duckdb/node-api";
import type {Law} from "./application-number.js";
import {connectionCache} from "../warehouse/connection-cache.js";

/**
 * One number per application key (`特願1999-367973`): the law, the western year and the serial, which are what
 * the key is made of (application-number.ts). Serials have at most 7 digits.
 */
export function applicationCode(law: Law, year: number, serial: number): number {
  return (law === "特許" ? 0 : 1) * 1e12 + year * 1e7 + serial;
}

const CODE_SQL = `(CASE law WHEN '特許' THEN 0 ELSE 1 END) * 1e12::BIGINT + application_year * 10000000::BIGINT + application_serial`;

export const knownApplications = connectionCache(async (connection) => {
  const reader = await connection.runAndReadAll(`SELECT ${CODE_SQL} FROM patents`);
  const codes = new Set<number>();
  for (const [code] of reader.getRows()) codes.add(Number(code));
  return codes;
});

/** application_key → application_number for those of `keys` that the warehouse holds. */
export async function spellingsOf(connection: DuckDBConnection, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const reader = await connection.runAndReadAll(
    `SELECT application_key, application_number FROM patents WHERE application_key IN (SELECT unnest($1::VARCHAR[]))`,
    [listValue([...keys])]
  );
  return new Map(reader.getRowsJS().map(([key, number]) => [String(key), String(number)]));
}
