// The ordered schema history: MIGRATIONS[i] upgrades schema i + 1 to i + 2. Changing the warehouse schema means
// bumping SCHEMA_VERSION in schema.ts, changing its DDL for new warehouses, and appending the step that brings an
// existing warehouse to the same shape (test/integration/migrations.test.ts checks that both shapes agree).

import {fiTitlesTable} from "../../fi-titles/fi-titles-migration.js";
import {aliasSourcePaths} from "../../names/alias-source-paths-migration.js";
import {collectionNotes} from "./collection-notes-migration.js";
import {supportRecords} from "../../support/support-migration.js";
import type {MigrationStep} from "./migration-step.js";

export const MIGRATIONS: readonly MigrationStep[] = [aliasSourcePaths, supportRecords, fiTitlesTable, collectionNotes];

/** The steps that take a warehouse of schema `from` to the last step's version, in order. */
export function stepsFrom(from: number, steps: readonly MigrationStep[] = MIGRATIONS): MigrationStep[] {
  const pending = steps.filter((step) => step.from >= from).sort((a, b) => a.from - b.from);
  pending.forEach((step, i) => {
    if (step.from !== from + i) throw new Error(`the schema history has no step from version ${from + i}`);
  });
  return pending;
}

/** The schema version a warehouse reaches after every step. */
export function latestVersion(steps: readonly MigrationStep[] = MIGRATIONS): number {
  return Math.max(1, ...steps.map((step) => step.from + 1));
}
