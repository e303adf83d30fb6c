// One step of the warehouse's schema history: what turns a warehouse of schema `from` into one of schema `from + 1`.
//
// A step is written against the schema as it was at its version, never against today's WAREHOUSE_SCHEMA (a later
// change must not alter what an old step does), so each one spells out its own DDL. A step runs inside the
// upgrade's single transaction and must keep every row: a table whose shape changes is rebuilt and its rows copied
// (DuckDB cannot add a NOT NULL column in place). New tables and the views are not a step's business: the upgrade
// runs the current, idempotent WAREHOUSE_SCHEMA after the last step.

import type {DuckDBConnection} from "@duckdb/node-api";

export interface MigrationStep {
  /** The schema version this step upgrades from; it leaves the warehouse at `from + 1`. */
  from: number;
  /** What changes, in a line, for the upgrade's report. */
  summary: string;
  run(connection: DuckDBConnection): Promise<void>;
}
