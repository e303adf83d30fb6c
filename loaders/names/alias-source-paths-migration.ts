// Schema 1 → 2: an imported dictionary is identified by its full path instead of its file name, so that
// a/client.csv and b/client.csv are two sources rather than one silently replacing the other.
//
// applicant_aliases gains source_path_known. Schema 1 recorded only the file name of an imported dictionary and
// its folder cannot be recovered, so those entries keep their file name as their identity, marked
// source_path_known = false (names list says so); the shipped dictionary keeps its project-relative name. The table
// is rebuilt because DuckDB cannot add a NOT NULL column to an existing table.

import type {MigrationStep} from "../warehouse/migrations/migration-step.js";

export const aliasSourcePaths: MigrationStep = {
  from: 1,
  summary: "applicant_aliases: imported dictionaries identified by their full path (source_path_known added)",
  async run(connection) {
    await connection.run(`
      CREATE TABLE applicant_aliases_v2 (
        name VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        group_name VARCHAR,
        name_entity_key VARCHAR NOT NULL,
        entity_key VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        source_kind VARCHAR NOT NULL,
        source_path_known BOOLEAN NOT NULL,
        line INTEGER NOT NULL,
        rules_version VARCHAR NOT NULL,
        loaded_at TIMESTAMP NOT NULL
      );
      INSERT INTO applicant_aliases_v2
      SELECT name, entity, group_name, name_entity_key, entity_key, source, source_kind,
             source_kind = 'shipped' AS source_path_known, line, rules_version, loaded_at
      FROM applicant_aliases;
      DROP TABLE applicant_aliases;
      ALTER TABLE applicant_aliases_v2 RENAME TO applicant_aliases;
    `);
  }
};
