// Loads the facts of one KPI file into kpi_facts, inside the caller's transaction (a ROLLBACK undoes all of it).
//
// Each fact of the file is compared with the figure the warehouse holds for its key, by the same rule that
// resolved the file's own restatements (restate-fact.ts):
// - a key new to the warehouse is appended;
// - a key whose values the file changes is superseded: the old row moves to kpi_fact_history (with the batch that
//   superseded it) and the restated row, with this file's batch and lines, takes its place;
// - a key the file restates without changing anything is left alone, provenance included.
// The earlier states that later rows of the same file replaced go to kpi_fact_history too, so that every figure
// any accepted row stated can still be found.

import {listValue, type DuckDBConnection} from "@duckdb/node-api";
import {appendWith} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";
import type {KpiFact} from "./kpi-row.js";
import {kpiFactKey, restateFact, type SourcedKpiFact} from "./restate-fact.js";

export interface KpiLoadResult {
  /** Keys new to the warehouse. */
  inserted: number;
  /** Facts of earlier files whose values this file changed (batches.rows_superseded). */
  superseded: number;
  /** Facts this file states exactly as the warehouse already had them. */
  unchanged: number;
}

interface StoredKpiFact extends SourcedKpiFact {
  batchId: number;
}

interface KpiFactRow {
  fiscal_year: number;
  month: number | null;
  prefecture_code: string;
  bureau: string;
  program: string;
  metric: string;
  actual: number | null;
  target: number | null;
  batch_id: number;
  line_start: number;
  line_end: number;
}

const SAME_KEY = `f.fiscal_year = s.fiscal_year AND f.month IS NOT DISTINCT FROM s.month
  AND f.prefecture_code = s.prefecture_code AND f.program = s.program AND f.metric = s.metric`;

export async function loadKpiFacts(
  connection: DuckDBConnection,
  batchId: number,
  facts: readonly SourcedKpiFact[],
  replacedInFile: readonly SourcedKpiFact[]
): Promise<KpiLoadResult> {
  const existing = await storedFacts(connection, facts);
  const fresh: StoredKpiFact[] = [];
  const restated: StoredKpiFact[] = [];
  const superseded: StoredKpiFact[] = [];
  let unchanged = 0;
  for (const sourced of facts) {
    const stored = existing.get(kpiFactKey(sourced.fact));
    if (!stored) {
      fresh.push({...sourced, batchId});
      continue;
    }
    const fact = restateFact(stored.fact, sourced.fact);
    if (fact === null) {
      unchanged++;
      continue;
    }
    superseded.push(stored);
    restated.push({fact, lineStart: sourced.lineStart, lineEnd: sourced.lineEnd, batchId});
  }

  const replaced = replacedInFile.map((sourced): StoredKpiFact => ({...sourced, batchId}));
  await appendFactRows(connection, "kpi_fact_history", [...superseded, ...replaced], batchId);
  if (restated.length > 0) await replaceFacts(connection, restated);
  await appendFactRows(connection, "kpi_facts", fresh, null);
  return {inserted: fresh.length, superseded: superseded.length, unchanged};
}

/** The warehouse's facts for the fiscal years the file covers, by key. */
async function storedFacts(
  connection: DuckDBConnection,
  facts: readonly SourcedKpiFact[]
): Promise<Map<string, StoredKpiFact>> {
  const years = [...new Set(facts.map(({fact}) => fact.fiscalYear))];
  const byKey = new Map<string, StoredKpiFact>();
  if (years.length === 0) return byKey;
  const rows = await queryRows<KpiFactRow>(
    connection,
    `SELECT * FROM kpi_facts WHERE fiscal_year IN (SELECT unnest($1::INTEGER[]))`,
    [listValue(years)]
  );
  for (const row of rows) {
    const fact: KpiFact = {
      fiscalYear: row.fiscal_year,
      month: row.month,
      prefectureCode: row.prefecture_code,
      bureau: row.bureau,
      program: row.program,
      metric: row.metric,
      actual: row.actual,
      target: row.target
    };
    byKey.set(kpiFactKey(fact), {fact, lineStart: row.line_start, lineEnd: row.line_end, batchId: row.batch_id});
  }
  return byKey;
}

/** Swaps the rows of the restated keys for their new state. */
async function replaceFacts(connection: DuckDBConnection, restated: readonly StoredKpiFact[]): Promise<void> {
  await connection.run(`CREATE TEMP TABLE IF NOT EXISTS stage_kpi_facts AS SELECT * FROM kpi_facts LIMIT 0`);
  await connection.run(`DELETE FROM temp.stage_kpi_facts`);
  await appendFactRows(connection, "stage_kpi_facts", restated, null, "temp");
  const deleted = await connection.run(`DELETE FROM kpi_facts AS f USING temp.stage_kpi_facts AS s WHERE ${SAME_KEY}`);
  if (deleted.rowsChanged !== restated.length) {
    throw new Error(
      `internal error: ${restated.length} KPI figures were restated but ${deleted.rowsChanged} rows of kpi_facts ` +
        `matched their keys (a key is stored twice); nothing was loaded`
    );
  }
  await connection.run(`INSERT INTO kpi_facts SELECT * FROM temp.stage_kpi_facts`);
}

/**
 * Appends facts in kpi_facts column order (plus superseded_by_batch_id for the history). actual and target go
 * through double(): a count is a DOUBLE here and may exceed 2^31 without being wrong.
 */
async function appendFactRows(
  connection: DuckDBConnection,
  table: string,
  rows: readonly StoredKpiFact[],
  supersededByBatchId: number | null,
  catalog?: "temp"
): Promise<void> {
  if (rows.length === 0) return;
  await appendWith(
    connection,
    table,
    (row) => {
      for (const {fact, batchId, lineStart, lineEnd} of rows) {
        row.int(fact.fiscalYear).int(fact.month).text(fact.prefectureCode).text(fact.bureau).text(fact.program);
        row.text(fact.metric).double(fact.actual).double(fact.target).int(batchId).int(lineStart).int(lineEnd);
        if (supersededByBatchId !== null) row.int(supersededByBatchId);
        row.end();
      }
    },
    catalog
  );
}
