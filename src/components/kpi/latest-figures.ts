// The latest national figure of a metric, for the アクションプラン page's linked KPIs: the newest 年度 with figures
// for the metric, from April to the last month reported anywhere, 実績 against the pro-rated 目標 (achievement.ts)
// summed over the 47 prefectures (area-summary.ts).

import {summariseArea, NATION_KEY, type AreaFigure} from "./area-summary.js";
import type {FiscalPeriod} from "./fiscal-months.js";
import type {KpiData} from "./kpi-data.js";
import type {KpiMetric} from "./kpi-types.js";
import {prefectureFigures} from "./prefecture-figures.js";

export interface LatestFigure {
  metric: KpiMetric;
  fiscalYear: number;
  period: FiscalPeriod;
  nation: AreaFigure;
}

/** The 年度累計 period of a 年度 for a metric: April to the last month with a 実績 (the whole year if none). */
export function yearToDate(data: Pick<KpiData, "index">, fiscalYear: number, metricId: string): FiscalPeriod {
  return {from: 0, to: data.index.latestOrder(fiscalYear, metricId) ?? 11};
}

export function latestFigure(data: KpiData, metric: KpiMetric): LatestFigure | null {
  const fiscalYear = data.index.fiscalYears(metric.metricId)[0];
  if (fiscalYear === undefined) return null;
  const period = yearToDate(data, fiscalYear, metric.metricId);
  const figures = prefectureFigures(data.index, data.prefectures, {fiscalYear, metric, period});
  return {metric, fiscalYear, period, nation: summariseArea(figures, metric.valueKind, NATION_KEY, NATION_KEY)};
}
