// The FI code catalogue (fi_codes): every distinct code broken into its parts once, by the same parseFiCode that
// splits the cells. patent_fi rows are appended with just (application, position, code, lead) and take the parts
// from here in one SQL join: a file of 3,000 applications holds ~15,000 FI occurrences but only a few hundred
// distinct codes, and the parts are most of the values the appender would otherwise copy one by one.
//
// The codes already in the warehouse are kept in memory per connection, like known-applications.ts, which is
// also what keeps fi_codes.fi unique without an index.

import type {DuckDBConnection} from "@duckdb/node-api";
import {parseFiCode, type FiCode} from "./fi.js";
import {detach} from "../text/detach.js";
import {appendWith} from "../warehouse/append.js";
import {connectionCache, readTextRows} from "../warehouse/connection-cache.js";

export const registeredFiCodes = connectionCache(
  async (connection) => new Set((await readTextRows(connection, `SELECT fi FROM fi_codes`)).map(([fi]) => fi!))
);

/** Appends the codes the catalogue does not hold yet, inside the caller's transaction. */
export async function registerFiCodes(connection: DuckDBConnection, codes: Iterable<string>): Promise<void> {
  const known = await registeredFiCodes.get(connection);
  const fresh = new Map<string, FiCode>();
  for (const fi of codes) if (!known.has(fi) && !fresh.has(fi)) fresh.set(fi, parseFiCode(fi, 1));
  if (fresh.size === 0) return;
  await appendWith(connection, "fi_codes", (row) => {
    for (const c of fresh.values()) {
      row.text(c.fi).text(c.section).text(c.class).text(c.subclass).text(c.mainGroup).text(c.subgroup);
      row.text(c.subdivision).text(c.fileIndex).bool(c.isIndexing).end();
    }
  });
  for (const fi of fresh.keys()) known.add(detach(fi));
}
