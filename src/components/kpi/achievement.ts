// 達成率 (achievement rate): the 実績 of a period against the 目標 for the same period.
//
// Targets are set for the whole 年度, but a bureau looks at the figures in the middle of the year. Comparing a
// year-to-date 実績 with the full-year target would show every prefecture "behind" until March, so the target is
// pro-rated (按分) to the months that have a 実績:
//
//   目標（期間）= 年間目標 × 実績のある月数 ÷ 12            (counts)
//   達成率     = 実績（期間）÷ 目標（期間）
//
// For a complete 年度 this is simply 実績 ÷ 年間目標. Where a sheet gave monthly targets for every month compared,
// their sum is used instead of the pro-rated annual target. A percentage metric's target is a level (満足度 85%),
// not a sum: it is compared as it is with the mean of the months.
//
// 進捗率 (progress) is the other common reading, 実績（期間）÷ 年間目標 without pro-rating; the pages show it next to
// the achievement rate for counts, so a reader can check how much of the year's target is already reached.

import {periodOrders, type FiscalPeriod} from "./fiscal-months.js";
import type {KpiSeries} from "./fact-index.js";
import type {ValueKind} from "./kpi-types.js";

/**
 * The target for the months of `basis` (fiscal orders; the months with a 実績). With no month reported the target
 * covers the whole `period`, so that a table still shows what was expected.
 */
export function periodTarget(
  series: KpiSeries | undefined,
  period: FiscalPeriod,
  basis: readonly number[],
  kind: ValueKind
): number | null {
  if (!series) return null;
  const months = basis.length > 0 ? basis : periodOrders(period);
  const monthly = months.map((order) => series.target[order]);
  const allMonthly = monthly.every((value) => value != null);
  if (kind === "percent") {
    if (series.annualTarget != null) return series.annualTarget;
    const given = monthly.filter((v): v is number => v != null);
    return given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : null;
  }
  if (allMonthly) return (monthly as number[]).reduce((a, b) => a + b, 0);
  return series.annualTarget != null ? (series.annualTarget * months.length) / 12 : null;
}

/** 実績 ÷ 目標; null without both, or with a target of 0 (no rate can be read from it). */
export function achievementRate(actual: number | null, target: number | null): number | null {
  return actual != null && target != null && target > 0 ? actual / target : null;
}

/** 進捗率: 実績（期間）÷ 年間目標, for counts only (a percentage has no "share of the year"). */
export function progressRate(actual: number | null, annualTarget: number | null, kind: ValueKind): number | null {
  return kind === "count" ? achievementRate(actual, annualTarget) : null;
}
