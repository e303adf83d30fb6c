// KPI figures grouped by series (年度 × prefecture × metric) into twelve monthly slots in fiscal order, plus the
// annual figure. Every figure on the KPI pages is computed from these series, so the months of a sheet are read
// one way everywhere. Metric ids are unique across programs, so a metric identifies its program.

import {fiscalOrder} from "./fiscal-months.js";
import type {KpiFact} from "./kpi-types.js";

export interface KpiSeries {
  /** Monthly 実績 by fiscal order (April = 0); null where the sheet gave none. */
  actual: Array<number | null>;
  /** Monthly 目標, where a sheet gave targets month by month (rare: targets are usually annual). */
  target: Array<number | null>;
  /** 実績 given for the whole 年度 (a sheet with only a 合計 or a long row with 月 empty). */
  annualActual: number | null;
  /** 目標 for the whole 年度. */
  annualTarget: number | null;
  /** Some figure of the series comes from the bundled fictional sample. */
  sample: boolean;
}

export interface FactIndex {
  get(fiscalYear: number, prefectureCode: string, metric: string): KpiSeries | undefined;
  /** Whether any figure of the metric in that 年度 comes from the fictional sample. */
  isSample(fiscalYear: number, metric: string): boolean;
  /** The last month (fiscal order) with an 実績 for the metric in that 年度 anywhere, or null. */
  latestOrder(fiscalYear: number, metric: string): number | null;
  /** 年度 with at least one figure of the metric, newest first. */
  fiscalYears(metric: string): number[];
}

const seriesKey = (fiscalYear: number, prefectureCode: string, metric: string) =>
  `${fiscalYear}|${prefectureCode}|${metric}`;
const metricKey = (fiscalYear: number, metric: string) => `${fiscalYear}|${metric}`;

function emptySeries(): KpiSeries {
  return {
    actual: new Array(12).fill(null),
    target: new Array(12).fill(null),
    annualActual: null,
    annualTarget: null,
    sample: false
  };
}

/** `sampleBatches`: the batch ids of the bundled fictional sample. */
export function indexFacts(facts: readonly KpiFact[], sampleBatches: ReadonlySet<number> = new Set()): FactIndex {
  const series = new Map<string, KpiSeries>();
  const sampleMetrics = new Set<string>();
  const latest = new Map<string, number>();
  const years = new Map<string, Set<number>>();
  for (const fact of facts) {
    const key = seriesKey(fact.fiscalYear, fact.prefectureCode, fact.metric);
    let entry = series.get(key);
    if (!entry) series.set(key, (entry = emptySeries()));
    if (fact.month === null) {
      entry.annualActual = fact.actual;
      entry.annualTarget = fact.target;
      // A year given as one figure covers the whole 年度.
      if (fact.actual !== null) latest.set(metricKey(fact.fiscalYear, fact.metric), 11);
    } else {
      const order = fiscalOrder(fact.month);
      entry.actual[order] = fact.actual;
      entry.target[order] = fact.target;
      if (fact.actual !== null) {
        const mk = metricKey(fact.fiscalYear, fact.metric);
        latest.set(mk, Math.max(latest.get(mk) ?? -1, order));
      }
    }
    if (sampleBatches.has(fact.batchId)) {
      entry.sample = true;
      sampleMetrics.add(metricKey(fact.fiscalYear, fact.metric));
    }
    let set = years.get(fact.metric);
    if (!set) years.set(fact.metric, (set = new Set()));
    set.add(fact.fiscalYear);
  }
  return {
    get: (fiscalYear, prefectureCode, metric) => series.get(seriesKey(fiscalYear, prefectureCode, metric)),
    isSample: (fiscalYear, metric) => sampleMetrics.has(metricKey(fiscalYear, metric)),
    latestOrder: (fiscalYear, metric) => latest.get(metricKey(fiscalYear, metric)) ?? null,
    fiscalYears: (metric) => [...(years.get(metric) ?? [])].sort((a, b) => b - a)
  };
}
