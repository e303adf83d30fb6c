// Schema 2 → 3: support records (支援実績) and their outcomes.
//
// applicant_aliases gains a nullable corporate_number (a dictionary file's optional fourth column), added in place
// at the end of the table: a nullable column needs no rebuild, and the rows keep their values. The new table
// support_records and the views support_links and support_outcomes come with the current schema, which the upgrade
// runs after the last step.

import type {MigrationStep} from "../warehouse/migrations/migration-step.js";

export const supportRecords: MigrationStep = {
  from: 2,
  summary: "support records (support_records, support_links, support_outcomes); applicant_aliases.corporate_number added",
  async run(connection) {
    await connection.run(`ALTER TABLE applicant_aliases ADD COLUMN corporate_number VARCHAR`);
  }
};
