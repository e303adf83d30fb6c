// One prefecture's figures for the chosen 年度, metric and period: 実績, 目標 (pro-rated), 達成率, 進捗率 and
// 前年同期比, as achievement.ts and year-on-year.ts define them. Every map tile, table row and ranking bar reads
// one of these.

import {achievementRate, periodTarget, progressRate} from "./achievement.js";
import type {FactIndex} from "./fact-index.js";
import type {FiscalPeriod} from "./fiscal-months.js";
import type {KpiMetric, KpiPrefecture} from "./kpi-types.js";
import {periodActual} from "./period-actual.js";
import {yearOnYear} from "./year-on-year.js";

export interface KpiSelection {
  fiscalYear: number;
  metric: KpiMetric;
  period: FiscalPeriod;
}

/** The figures a prefecture and an area (area-summary.ts) both have. */
export interface PeriodFigures {
  /** 実績 over the months of the period that have one. */
  actual: number | null;
  /** 目標 for the same months (pro-rated). */
  target: number | null;
  annualTarget: number | null;
  /** 達成率 = actual ÷ target. */
  rate: number | null;
  /** 進捗率 = actual ÷ annualTarget (counts only). */
  progress: number | null;
  /** This year and last year over the months both have, and the change (ratio − 1, or points for percentages). */
  yoyCurrent: number | null;
  yoyPrevious: number | null;
  yoy: number | null;
}

export interface PrefectureFigure extends PeriodFigures {
  code: string;
  name: string;
  shortName: string;
  bureau: string;
  /** How many months of the period have a 実績. */
  months: number;
}

export function prefectureFigure(index: FactIndex, prefecture: KpiPrefecture, selection: KpiSelection): PrefectureFigure {
  const {fiscalYear, metric, period} = selection;
  const kind = metric.valueKind;
  const series = index.get(fiscalYear, prefecture.code, metric.metricId);
  const previous = index.get(fiscalYear - 1, prefecture.code, metric.metricId);
  const actual = periodActual(series, period, kind);
  const target = periodTarget(series, period, actual.months, kind);
  const annualTarget = series?.annualTarget ?? null;
  const comparison = yearOnYear(series, previous, period, kind);
  return {
    code: prefecture.code,
    name: prefecture.name,
    shortName: prefecture.shortName,
    bureau: prefecture.bureau,
    actual: actual.value,
    months: actual.months.length,
    target,
    annualTarget,
    rate: achievementRate(actual.value, target),
    progress: progressRate(actual.value, annualTarget, kind),
    yoyCurrent: comparison.current,
    yoyPrevious: comparison.previous,
    yoy: comparison.change
  };
}

/** Figures for `prefectures`, in the order given. */
export function prefectureFigures(
  index: FactIndex,
  prefectures: readonly KpiPrefecture[],
  selection: KpiSelection
): PrefectureFigure[] {
  return prefectures.map((prefecture) => prefectureFigure(index, prefecture, selection));
}
