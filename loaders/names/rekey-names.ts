// Recomputes stored entity keys with the current rules, inside the caller's transaction: after the rules change
// (entity-key-version.ts), and to register names a warehouse holds without keys (one written before names were
// registered). Only applicant_names, applicant_aliases and the company keys of support_records change; the exports
// are never read again.

import type {DuckDBConnection} from "@duckdb/node-api";
import {appendRows} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";
import {ENTITY_KEY_RULES_VERSION} from "./entity-key-version.js";
import {entityKey} from "./entity-key.js";
import {rekeySupportCompanies} from "../support/rekey-support.js";
import {applicantNameRow, registerApplicantNames} from "./register-names.js";

export interface RekeyResult {
  /** Names of patent_applicants that had no row in applicant_names. */
  registered: number;
  /** Names whose key was recomputed. */
  rekeyed: number;
  /** Of those, names whose key is now different. */
  changed: number;
  /** Dictionary entries whose keys were recomputed. */
  aliasesRekeyed: number;
  /** Support records whose company key changed. */
  supportRekeyed: number;
}

/** `all`: recompute every key; otherwise only keys computed by other rules than the current ones. */
export async function rekeyApplicantNames(connection: DuckDBConnection, {all}: {all: boolean}): Promise<RekeyResult> {
  const missing = await queryRows<{name: string}>(
    connection,
    `SELECT DISTINCT name FROM patent_applicants WHERE name NOT IN (SELECT name FROM applicant_names)`
  );
  const registered = await registerApplicantNames(connection, missing.map((r) => r.name));

  const stale = all ? "true" : "rules_version <> $1";
  const params = all ? [] : [ENTITY_KEY_RULES_VERSION];
  const names = await queryRows<{name: string; entity_key: string}>(
    connection,
    `SELECT name, entity_key FROM applicant_names WHERE ${stale}`,
    params
  );
  let changed = 0;
  const rows = names.map(({name, entity_key}) => {
    const row = applicantNameRow(name);
    if (row[2] !== entity_key) changed++;
    return row;
  });
  if (rows.length > 0) {
    await connection.run(`DELETE FROM applicant_names WHERE ${stale}`, params);
    await appendRows(connection, "applicant_names", rows);
  }

  const aliases = await queryRows<{name: string; entity: string}>(
    connection,
    `SELECT DISTINCT name, entity FROM applicant_aliases WHERE ${stale}`,
    params
  );
  let aliasesRekeyed = 0;
  if (aliases.length > 0) {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE rekeyed_aliases
         (name VARCHAR, entity VARCHAR, name_entity_key VARCHAR, entity_key VARCHAR)`
    );
    await appendRows(
      connection,
      "rekeyed_aliases",
      aliases.map(({name, entity}) => [name, entity, entityKey(name), entityKey(entity)]),
      "temp"
    );
    const updated = await connection.run(
      `UPDATE applicant_aliases AS a
       SET name_entity_key = r.name_entity_key, entity_key = r.entity_key, rules_version = $1
       FROM temp.rekeyed_aliases AS r
       WHERE a.name = r.name AND a.entity = r.entity`,
      [ENTITY_KEY_RULES_VERSION]
    );
    aliasesRekeyed = updated.rowsChanged;
    await connection.run(`DROP TABLE temp.rekeyed_aliases`);
  }
  // Support records carry no rules version of their own: their keys are checked whenever the names' keys were stale.
  const supportRekeyed = all || rows.length > 0 || aliasesRekeyed > 0 ? await rekeySupportCompanies(connection) : 0;
  return {registered, rekeyed: rows.length, changed, aliasesRekeyed, supportRekeyed};
}
