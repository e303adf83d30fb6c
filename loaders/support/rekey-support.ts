// Recomputes support_records.company_key with the current entity-key rules, inside the caller's transaction: run
// with the applicant names' rekey (rekey-names.ts), so that after the rules change a company and its applicant keep
// meeting on the same key. One key per distinct spelling; only the rows whose key changes are written.

import type {DuckDBConnection} from "@duckdb/node-api";
import {entityKey} from "../names/entity-key.js";
import {appendRows} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";

/** Returns how many support records got another key. */
export async function rekeySupportCompanies(connection: DuckDBConnection): Promise<number> {
  const spellings = await queryRows<{company_raw: string; company_key: string}>(
    connection,
    `SELECT DISTINCT company_raw, company_key FROM support_records`
  );
  const changed = spellings
    .map(({company_raw, company_key}) => [company_raw, company_key, entityKey(company_raw)] as const)
    .filter(([, stored, current]) => stored !== current);
  if (changed.length === 0) return 0;
  await connection.run(`CREATE OR REPLACE TEMP TABLE rekeyed_companies (company_raw VARCHAR, company_key VARCHAR)`);
  await appendRows(connection, "rekeyed_companies", changed.map(([raw, , key]) => [raw, key]), "temp");
  const updated = await connection.run(
    `UPDATE support_records AS s SET company_key = r.company_key
     FROM temp.rekeyed_companies AS r WHERE s.company_raw = r.company_raw`
  );
  await connection.run(`DROP TABLE temp.rekeyed_companies`);
  return updated.rowsChanged;
}
