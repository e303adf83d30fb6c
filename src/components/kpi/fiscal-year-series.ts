// The months of one 年度 for a set of prefectures (one prefecture, a bureau's block or the whole country): the
// monthly 実績 with its monthly target, the cumulative 実績 against the cumulative (pro-rated) target, and the same
// months of the previous 年度. Feeds the monthly trend (bars + target) and the cumulative chart (line vs target).
//
// Monthly target of a prefecture: the month's own target when the sheet gave one, else 年間目標 ÷ 12 (counts), as
// in achievement.ts. A cumulative line stops at the last month with a 実績: the months to come are not zeros.
// Percentages are averaged over the prefectures reporting that month and have no cumulative line.

import {FISCAL_MONTHS, monthLabel} from "./fiscal-months.js";
import type {FactIndex, KpiSeries} from "./fact-index.js";
import type {KpiMetric} from "./kpi-types.js";
import {combine} from "./period-actual.js";

export interface FiscalMonthPoint {
  /** April = 0 … March = 11. */
  order: number;
  /** Calendar month. */
  month: number;
  /** "4月". */
  label: string;
  actual: number | null;
  /** Prefectures with a 実績 this month. */
  reporting: number;
  target: number | null;
  cumulative: number | null;
  cumulativeTarget: number | null;
  previous: number | null;
  previousCumulative: number | null;
}

export interface FiscalYearSeries {
  points: FiscalMonthPoint[];
  /** Σ 年間目標 (counts) or the mean target level (percentages); null without any target. */
  annualTarget: number | null;
  /** Last month (fiscal order) with a 実績 this year, or null. */
  lastReported: number | null;
}

function monthlyTarget(series: KpiSeries, order: number, metric: KpiMetric): number | null {
  const own = series.target[order];
  if (own != null) return own;
  if (series.annualTarget == null) return null;
  return metric.valueKind === "count" ? series.annualTarget / 12 : series.annualTarget;
}

function running(values: ReadonlyArray<number | null>, last: number | null): Array<number | null> {
  let total = 0;
  return values.map((value, order) => {
    total += value ?? 0;
    return last != null && order <= last ? total : null;
  });
}

function lastDefined(values: ReadonlyArray<number | null>): number | null {
  for (let order = values.length - 1; order >= 0; --order) if (values[order] != null) return order;
  return null;
}

export function fiscalYearSeries(
  index: FactIndex,
  prefectureCodes: readonly string[],
  fiscalYear: number,
  metric: KpiMetric
): FiscalYearSeries {
  const kind = metric.valueKind;
  const lookup = (year: number) =>
    prefectureCodes.map((code) => index.get(year, code, metric.metricId)).filter((s): s is KpiSeries => !!s);
  const current = lookup(fiscalYear);
  const previous = lookup(fiscalYear - 1);
  const monthOf = (series: KpiSeries[], order: number) =>
    series.map((s) => s.actual[order]).filter((v): v is number => v != null);
  const actual = FISCAL_MONTHS.map((_, order) => combine(monthOf(current, order), kind));
  const before = FISCAL_MONTHS.map((_, order) => combine(monthOf(previous, order), kind));
  const target = FISCAL_MONTHS.map((_, order) =>
    combine(current.map((s) => monthlyTarget(s, order, metric)).filter((v): v is number => v != null), kind)
  );
  const lastReported = lastDefined(actual);
  const counts = kind === "count";
  const cumulative = counts ? running(actual, lastReported) : actual.map(() => null);
  const cumulativeTarget = counts ? running(target, lastDefined(target)) : target.map(() => null);
  const previousCumulative = counts ? running(before, lastDefined(before)) : before.map(() => null);
  const annualTargets = current.map((s) => s.annualTarget).filter((v): v is number => v != null);
  return {
    points: FISCAL_MONTHS.map((month, order) => ({
      order,
      month,
      label: monthLabel(order),
      actual: actual[order]!,
      reporting: monthOf(current, order).length,
      target: target[order]!,
      cumulative: cumulative[order]!,
      cumulativeTarget: cumulativeTarget[order]!,
      previous: before[order]!,
      previousCumulative: previousCumulative[order]!
    })),
    annualTarget: combine(annualTargets, kind),
    lastReported
  };
}
