// The applications the warehouse already holds, as application_key → application_number, kept in memory by
// the one process that writes the warehouse. Looking 3,000 keys up per file with SQL means a scan of `patents`
// per file; this map is read once per run and then kept in step with each committed file.
//
// It is also what keeps application_key unique: a key found here is merged, never inserted again.

import {connectionCache, readTextRows} from "../warehouse/connection-cache.js";

export const knownApplications = connectionCache(async (connection) => {
  const rows = await readTextRows(connection, `SELECT application_key, application_number FROM patents`);
  return new Map(rows.map(([key, number]) => [key!, number!]));
});
