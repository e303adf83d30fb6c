// The outcome figures per program, from support_outcomes: what `chizai outcomes` prints and what scripts read from
// its --json. A company is counted once per program (support_outcomes has one row per program and company key),
// however many rows and spellings it has there.

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, queryValue} from "../warehouse/query.js";

export interface ProgramOutcome {
  program_id: string;
  /** Japanese name: 知財総合支援窓口 */
  program: string;
  /** Distinct supported companies. */
  companies: number;
  /** Linked, unambiguously, to at least one applicant entity with applications. */
  linked: number;
  /** With at least one application filed in the two 年度 after the 年度 of their first support in the program. */
  filed_after: number;
  /** filed_after, with no application before that window. */
  first_time_filers: number;
  /** Whose window t = 1 … 2 is 参考値 (within 18 months of the latest 出願日). */
  incomplete: number;
  /** Whose key is ambiguous: listed in support_links for review, not counted as linked. */
  ambiguous: number;
  /** First support in the program: the earliest and latest 年度. */
  first_fiscal_year_min: number;
  first_fiscal_year_max: number;
}

export interface OutcomeSummary {
  /** The latest 出願日 in the warehouse: the reference date of the 参考値 rule. */
  latest_filing_date: string | null;
  /** Whether every support record comes from the bundled fictional sample. */
  sample_only: boolean;
  programs: ProgramOutcome[];
}

export async function readOutcomeSummary(connection: DuckDBConnection): Promise<OutcomeSummary> {
  const programs = await queryRows<ProgramOutcome>(
    connection,
    `SELECT
       o.program_id,
       any_value(o.program) AS program,
       count(*)::INTEGER AS companies,
       count(*) FILTER (WHERE o.linked)::INTEGER AS linked,
       count(*) FILTER (WHERE o.filed_after)::INTEGER AS filed_after,
       count(*) FILTER (WHERE o.first_time_filer)::INTEGER AS first_time_filers,
       count(*) FILTER (WHERE o.incomplete)::INTEGER AS incomplete,
       count(*) FILTER (WHERE o.ambiguous)::INTEGER AS ambiguous,
       min(o.first_fiscal_year)::INTEGER AS first_fiscal_year_min,
       max(o.first_fiscal_year)::INTEGER AS first_fiscal_year_max
     FROM support_outcomes AS o LEFT JOIN programs AS p USING (program_id)
     GROUP BY o.program_id
     ORDER BY any_value(p.sort_order), o.program_id`
  );
  const latest = await queryValue<string | null>(connection, `SELECT max(filing_date)::VARCHAR FROM patents`);
  const sampleOnly = await queryValue<boolean | null>(connection, `SELECT bool_and(is_sample) FROM support_records`);
  return {latest_filing_date: latest ?? null, sample_only: sampleOnly ?? false, programs};
}
