// Everything a KPI page works with, built once from the two datasets: the reference (data/kpi-reference.json) and
// the figures (data/kpi-facts.parquet, decoded with components/parquet.ts). Pages read this top to bottom:
//
//   const kpi = kpiData(await FileAttachment("data/kpi-reference.json").json(),
//     factsFromRows(tableToRows(await loadParquet(await FileAttachment("data/kpi-facts.parquet").arrayBuffer()))));

import {indexFacts, type FactIndex} from "./fact-index.js";
import type {KpiBureau, KpiFact, KpiMetric, KpiPrefecture, KpiProgram, KpiReference} from "./kpi-types.js";

export interface KpiData {
  reference: KpiReference;
  facts: KpiFact[];
  index: FactIndex;
  /** In JIS code order. */
  prefectures: KpiPrefecture[];
  /** In government order (north-east to south-west). */
  bureaus: KpiBureau[];
  /** Programs that have figures, in display order (all programs when there are no figures). */
  programs: KpiProgram[];
  metricsOf(programId: string): KpiMetric[];
  metric(metricId: string): KpiMetric | undefined;
  program(programId: string): KpiProgram | undefined;
  /** Whether there is any figure to show. */
  hasFigures: boolean;
}

type RowValue = unknown;

function numberOrNull(value: RowValue): number | null {
  return value == null ? null : Number(value);
}

/** Rows of data/kpi-facts.parquet (snake_case columns, see loaders/site/kpi-facts.ts) as KpiFact. */
export function factsFromRows(rows: ReadonlyArray<Record<string, RowValue>>): KpiFact[] {
  return rows.map((row) => ({
    fiscalYear: Number(row.fiscal_year),
    month: numberOrNull(row.month),
    prefectureCode: String(row.prefecture_code),
    program: String(row.program),
    metric: String(row.metric),
    actual: numberOrNull(row.actual),
    target: numberOrNull(row.target),
    batchId: Number(row.batch_id)
  }));
}

export function kpiData(reference: KpiReference, facts: KpiFact[]): KpiData {
  const sampleBatches = new Set(reference.batches.filter((b) => b.isSample).map((b) => b.batchId));
  const index = indexFacts(facts, sampleBatches);
  const withFigures = new Set(facts.map((f) => f.program));
  const programs = [...reference.programs]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((p) => withFigures.size === 0 || withFigures.has(p.programId));
  const metrics = [...reference.metrics].sort((a, b) => a.sortOrder - b.sortOrder);
  return {
    reference,
    facts,
    index,
    prefectures: [...reference.prefectures].sort((a, b) => a.code.localeCompare(b.code)),
    bureaus: [...reference.bureaus].sort((a, b) => a.sortOrder - b.sortOrder),
    programs,
    metricsOf: (programId) => metrics.filter((m) => m.programId === programId),
    metric: (metricId) => metrics.find((m) => m.metricId === metricId),
    program: (programId) => reference.programs.find((p) => p.programId === programId),
    hasFigures: facts.length > 0
  };
}
