// Small hand-made KPI inputs for the kpi-shaping-* tests: a few prefectures, one count and one percentage metric,
// and facts written out month by month so that every expected figure can be checked with pencil and paper.

import type {KpiBureau, KpiFact, KpiMetric, KpiPrefecture} from "../../src/components/kpi/kpi-types.js";

export const CONSULTATIONS: KpiMetric = {
  metricId: "consultations", programId: "madoguchi", name: "相談件数", unit: "件", valueKind: "count",
  description: "", sortOrder: 1
};

export const SATISFACTION: KpiMetric = {
  metricId: "seminar_satisfaction", programId: "seminar", name: "受講者満足度", unit: "%", valueKind: "percent",
  description: "", sortOrder: 2
};

export function prefecture(code: string, shortName: string, bureau: string, tileCol = 0, tileRow = 0): KpiPrefecture {
  return {code, name: shortName, shortName, bureau, tileCol, tileRow};
}

export function bureau(short: string, name: string, sortOrder: number): KpiBureau {
  return {bureau: short, name, seat: "", sortOrder};
}

/** Monthly facts from April on: `values[0]` is April, `values[9]` January of the next calendar year. */
export function months(
  fiscalYear: number, prefectureCode: string, metric: string, values: ReadonlyArray<number | null>, batchId = 1
): KpiFact[] {
  const calendar = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
  return values.map((actual, i) => ({
    fiscalYear, month: calendar[i]!, prefectureCode, program: "p", metric, actual, target: null, batchId
  }));
}

export function annual(
  fiscalYear: number, prefectureCode: string, metric: string, actual: number | null, target: number | null, batchId = 1
): KpiFact {
  return {fiscalYear, month: null, prefectureCode, program: "p", metric, actual, target, batchId};
}
