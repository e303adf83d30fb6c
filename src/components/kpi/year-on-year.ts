// 前年同期比 (year-on-year): the period's 実績 against the same months of the previous 年度.
//
// "Same months" means the months of the period that have a 実績 in both years, so that a month not yet reported
// this year (or missing last year) is left out of both sides instead of making the change look like a fall. A
// year given as one annual figure is compared only for the whole 年度.
//
//   counts:      変化率 = 今年度 ÷ 前年度 − 1             (+5.2%, ▲3.1%)
//   percentages: 差     = 今年度 − 前年度, in points      (+1.2ポイント, ▲0.8ポイント)

import {combine, periodActual} from "./period-actual.js";
import {isFullYear, periodOrders, type FiscalPeriod} from "./fiscal-months.js";
import type {KpiSeries} from "./fact-index.js";
import type {ValueKind} from "./kpi-types.js";

export interface YearOnYear {
  /** This year's figure over the compared months. */
  current: number | null;
  /** Last year's figure over the same months. */
  previous: number | null;
  /** Relative change (counts) or difference in points (percentages); null when there is nothing to compare. */
  change: number | null;
  /** Fiscal orders compared. */
  months: number[];
}

export const NO_COMPARISON: YearOnYear = {current: null, previous: null, change: null, months: []};

export function changeOf(current: number | null, previous: number | null, kind: ValueKind): number | null {
  if (current == null || previous == null) return null;
  if (kind === "percent") return current - previous;
  return previous > 0 ? current / previous - 1 : null;
}

export function yearOnYear(
  current: KpiSeries | undefined,
  previous: KpiSeries | undefined,
  period: FiscalPeriod,
  kind: ValueKind
): YearOnYear {
  if (!current || !previous) return NO_COMPARISON;
  const months = periodOrders(period).filter((o) => current.actual[o] != null && previous.actual[o] != null);
  if (months.length > 0) {
    const now = combine(months.map((o) => current.actual[o]!), kind);
    const before = combine(months.map((o) => previous.actual[o]!), kind);
    return {current: now, previous: before, change: changeOf(now, before, kind), months};
  }
  if (!isFullYear(period)) return NO_COMPARISON;
  // An annual figure on one side or both: compare complete years only (an annual figure against eleven months
  // would be no comparison).
  const now = periodActual(current, period, kind);
  const before = periodActual(previous, period, kind);
  if (now.months.length < 12 || before.months.length < 12) return NO_COMPARISON;
  return {current: now.value, previous: before.value, change: changeOf(now.value, before.value, kind), months: now.months};
}
