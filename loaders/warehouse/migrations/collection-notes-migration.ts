// Schema 4 → 5: collections get a place for their 検索式 and 検索日 (collection_notes), which the report's data basis
// slide shows. The table is new, and new tables come from the current schema that the upgrade runs after the last
// step: this step changes no existing row, it only marks the version.

import type {MigrationStep} from "./migration-step.js";

export const collectionNotes: MigrationStep = {
  from: 4,
  summary: "collection_notes: the 検索式 and 検索日 recorded for a collection (npm run chizai -- collection set)",
  async run() {}
};
