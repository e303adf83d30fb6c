// What a dictionary change did to the charts: which spellings in the warehouse now resolve to another entity or
// group. Taken as a snapshot of applicant_resolution before the change and compared after it, so that a consultant
// sees at once whether an import merged what it was meant to (and nothing else).

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/query.js";

export interface ResolutionChange {
  name: string;
  before: {entity: string; group: string};
  after: {entity: string; group: string};
  /** Rows of patent_applicants with this spelling. */
  applicantRows: number;
}

export interface ResolutionChanges {
  /** Spellings present in patent_applicants whose entity or group changed. */
  names: number;
  applicantRows: number;
  /** The changes with the most applicant rows first. */
  examples: ResolutionChange[];
}

export async function snapshotResolution(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE resolution_before AS SELECT name, entity, group_name FROM applicant_resolution`
  );
}

/** The comparison stays in DuckDB: only the totals and the first `maxExamples` changes come back to JS. */
export async function resolutionChanges(connection: DuckDBConnection, maxExamples = 10): Promise<ResolutionChanges> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE resolution_changed AS
     WITH changed AS (
       SELECT r.name, b.entity AS entity_before, b.group_name AS group_before, r.entity AS entity_after,
              r.group_name AS group_after
       FROM applicant_resolution AS r JOIN temp.resolution_before AS b USING (name)
       WHERE r.entity IS DISTINCT FROM b.entity OR r.group_name IS DISTINCT FROM b.group_name
     )
     SELECT changed.*, count(*) AS applicant_rows
     FROM changed JOIN patent_applicants USING (name)
     GROUP BY ALL`
  );
  try {
    const totals = await queryRows<{names: number; applicant_rows: number | null}>(
      connection,
      `SELECT count(*) AS names, sum(applicant_rows) AS applicant_rows FROM temp.resolution_changed`
    );
    const examples = await queryRows<{
      name: string; entity_before: string; group_before: string; entity_after: string; group_after: string;
      applicant_rows: number;
    }>(
      connection,
      `SELECT * FROM temp.resolution_changed ORDER BY applicant_rows DESC, name LIMIT ${Math.max(0, Math.floor(maxExamples))}`
    );
    // Kept until now so that a comparison that failed (out of memory) can be run again.
    await connection.run(`DROP TABLE IF EXISTS temp.resolution_before`);
    return {
      names: totals[0]?.names ?? 0,
      applicantRows: totals[0]?.applicant_rows ?? 0,
      examples: examples.map((r) => ({
        name: r.name,
        before: {entity: r.entity_before, group: r.group_before},
        after: {entity: r.entity_after, group: r.group_after},
        applicantRows: r.applicant_rows
      }))
    };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS temp.resolution_changed`);
  }
}
