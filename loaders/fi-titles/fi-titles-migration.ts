// Schema 3 → 4: the fi_titles table, for the FI title files users ingest (fi-titles-kind.ts). A new, empty table:
// no existing row changes. Spelled out as it was at schema 4 (migration-step.ts), not taken from today's DDL.

import type {MigrationStep} from "../warehouse/migrations/migration-step.js";

export const fiTitlesTable: MigrationStep = {
  from: 3,
  summary: "fi_titles: FI titles from the title files users ingest (shown over the shipped ones)",
  async run(connection) {
    await connection.run(`
      CREATE TABLE fi_titles (
        code VARCHAR NOT NULL,
        code_raw VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        source_path VARCHAR NOT NULL,
        batch_id INTEGER NOT NULL,
        line INTEGER NOT NULL
      );
    `);
  }
};
