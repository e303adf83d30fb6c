// The 実績 of one series over a period of its 年度. Counts add up over the months; a percentage (受講者満足度) does
// not, so its period figure is the mean of the months reported. A month without a figure is left out, never read
// as 0: a sheet that is not in yet must not look like a month without consultations.

import {isFullYear, periodOrders, type FiscalPeriod} from "./fiscal-months.js";
import type {KpiSeries} from "./fact-index.js";
import type {ValueKind} from "./kpi-types.js";

export interface PeriodActual {
  /** Sum (count) or mean (percent) of the months reported in the period; null when none is. */
  value: number | null;
  /** Fiscal orders of the months that have a figure (all twelve for an annual figure). */
  months: number[];
}

const NO_ACTUAL: PeriodActual = {value: null, months: []};

/** Sum (count) or mean (percent) of monthly figures. */
export function combine(values: readonly number[], kind: ValueKind): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  return kind === "count" ? sum : sum / values.length;
}

/**
 * The period's 実績. When a sheet gave the year as one figure (no month at all), that figure is the 実績 of the
 * whole 年度 and of no shorter period: it cannot be split into months.
 */
export function periodActual(series: KpiSeries | undefined, period: FiscalPeriod, kind: ValueKind): PeriodActual {
  if (!series) return NO_ACTUAL;
  const months = periodOrders(period).filter((order) => series.actual[order] != null);
  if (months.length > 0) return {value: combine(months.map((order) => series.actual[order]!), kind), months};
  const monthly = series.actual.some((value) => value != null);
  if (!monthly && series.annualActual != null && isFullYear(period)) {
    return {value: series.annualActual, months: periodOrders(period)};
  }
  return NO_ACTUAL;
}
