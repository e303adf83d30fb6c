// checkAliasImport (check-alias-import.ts) in SQL, for names import: the staged file (staged-aliases.ts, attached
// to the warehouse) against the dictionary already in the warehouse, without reading either into JS. The rules,
// the order of the checks and the wording are checkAliasImport's (test/integration/staged-aliases.test.ts compares
// the two); only the findings a report prints come back to JS, with the count of the others.

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, queryValue} from "../warehouse/query.js";
import type {AliasSourceKind} from "./alias-store.js";
import {IMPORT_CHECKS, importFindingMessage, type ImportFinding} from "./check-alias-import.js";
import {MAX_SHOWN_ERRORS} from "./read-aliases-or-refuse.js";

/** The first findings of a kind, in line order, and how many there are in all. */
export interface FindingList {
  shown: ImportFinding[];
  total: number;
}

export interface ImportConflicts {
  /** Conflicts with other imported files: the file is refused. */
  errors: FindingList;
  /** Shipped entries the file overrides or contradicts: reported, the import goes ahead. */
  overrides: FindingList;
}

/**
 * `entriesTable`: the staged entries (columns of staged-aliases.ts's import_entries); `source`: the file's identity,
 * whose earlier entries are ignored since importing it again replaces them.
 */
export async function findImportConflicts(
  connection: DuckDBConnection,
  entriesTable: string,
  source: string,
  maxShown = MAX_SHOWN_ERRORS
): Promise<ImportConflicts> {
  // The other entries in force, one per name, with their precedence (imported before shipped, then source and line)
  // so that "the first other entry" means what it means in checkAliasImport.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE import_others AS
     SELECT name, entity, coalesce(group_name, '') AS grp, name_entity_key, entity_key, source, source_kind, line,
            row_number() OVER (ORDER BY source_kind = 'shipped', source, line) AS precedence
     FROM applicant_aliases
     WHERE NOT (source_kind = 'imported' AND source = $1)
     QUALIFY row_number() OVER (PARTITION BY name ORDER BY source_kind = 'shipped', source, line) = 1`,
    [source]
  );
  const check = (kind: (typeof IMPORT_CHECKS)[number]) => IMPORT_CHECKS.indexOf(kind);
  const columns = `e.line, e.name, e.entity, e.grp, o.name AS other_name, o.entity AS other_entity, o.grp AS other_grp,
                   o.source AS other_source, o.source_kind AS other_source_kind, o.line AS other_line`;
  const firstOther = `QUALIFY row_number() OVER (PARTITION BY e.line ORDER BY o.precedence) = 1`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE import_findings AS
     WITH entries AS (SELECT * FROM ${entriesTable}),
     -- Shipped entries the new file overrides no longer apply, so they cannot conflict with it.
     remaining AS (
       SELECT * FROM temp.import_others
       WHERE source_kind = 'imported' OR name NOT IN (SELECT name FROM entries)
     )
     SELECT CASE WHEN o.entity_key <> e.entity_key THEN ${check("other-entity")} ELSE ${check("other-group")} END AS kind,
            ${columns}
     FROM entries AS e JOIN temp.import_others AS o USING (name)
     WHERE o.entity_key <> e.entity_key OR o.grp <> e.grp
     UNION ALL
     SELECT ${check("entity-group")}, ${columns}
     FROM entries AS e JOIN remaining AS o ON o.entity_key = e.entity_key
     WHERE e.grp <> '' AND o.grp <> '' AND o.grp <> e.grp
     ${firstOther}
     UNION ALL
     -- This file maps a name into an entity whose spellings another file maps on elsewhere.
     SELECT ${check("onwards")}, ${columns}
     FROM entries AS e JOIN remaining AS o ON o.name_entity_key = e.entity_key
     WHERE o.entity_key <> e.entity_key
     ${firstOther}
     UNION ALL
     -- This file moves a name away from its own key, but another file maps names into that key.
     SELECT ${check("left-behind")}, ${columns}
     FROM entries AS e JOIN remaining AS o ON o.entity_key = e.name_entity_key
     WHERE e.name_entity_key <> e.entity_key AND o.name NOT IN (SELECT name FROM entries)
     ${firstOther}`
  );
  try {
    return {
      errors: await findingList(connection, "imported", maxShown),
      overrides: await findingList(connection, "shipped", maxShown)
    };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS temp.import_findings`);
    await connection.run(`DROP TABLE IF EXISTS temp.import_others`);
  }
}

async function findingList(connection: DuckDBConnection, sourceKind: AliasSourceKind, maxShown: number): Promise<FindingList> {
  const total = await queryValue<number>(
    connection,
    `SELECT count(*) FROM temp.import_findings WHERE other_source_kind = $1`,
    [sourceKind]
  );
  const rows = await queryRows<{
    kind: number; line: number; name: string; entity: string; grp: string; other_name: string; other_entity: string;
    other_grp: string; other_source: string; other_source_kind: AliasSourceKind; other_line: number;
  }>(
    connection,
    `SELECT * FROM temp.import_findings WHERE other_source_kind = $1
     ORDER BY line, kind LIMIT ${Math.max(0, Math.floor(maxShown))}`,
    [sourceKind]
  );
  return {
    total: total ?? 0,
    shown: rows.map((r) => ({
      line: r.line,
      message: importFindingMessage(
        IMPORT_CHECKS[r.kind]!,
        {name: r.name, entity: r.entity, group: r.grp},
        {name: r.other_name, entity: r.other_entity, group: r.other_grp, source: r.other_source, sourceKind: r.other_source_kind, line: r.other_line}
      )
    }))
  };
}
