// A prefecture's (or an area's) months of one 年度: 実績 as bars, the monthly target as a tick across each bar
// (the month's own target, else 年間目標 ÷ 12), and the same month of last year as a ring.

import * as Plot from "@observablehq/plot";
import type {FiscalYearSeries, FiscalMonthPoint} from "./fiscal-year-series.js";
import {actualTick, formatActual} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";
import {ACTUAL_COLOR, PREVIOUS_COLOR, TARGET_COLOR} from "./kpi-style.js";

export const TREND_SERIES = {actual: "実績", target: "目標（月割り）", previous: "前年同月"} as const;

export function monthlyTrendChart(
  series: FiscalYearSeries,
  metric: KpiMetric,
  {width, height = 300}: {width: number; height?: number}
): SVGSVGElement | HTMLElement {
  const targetLabel = metric.valueKind === "percent" ? "目標" : TREND_SERIES.target;
  const labels = series.points.map((p) => p.label);
  const tip = (d: FiscalMonthPoint) =>
    `${d.label}\n実績 ${formatActual(d.actual, metric)}\n${targetLabel} ${formatActual(d.target, metric)}\n` +
    `前年同月 ${formatActual(d.previous, metric)}`;
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: {type: "band", domain: labels, label: null, padding: 0.25},
    y: {label: `${metric.name}（${metric.unit}）`, grid: true, zero: true, tickFormat: actualTick(metric)},
    color: {
      legend: true,
      domain: [TREND_SERIES.actual, targetLabel, TREND_SERIES.previous],
      range: [ACTUAL_COLOR, TARGET_COLOR, PREVIOUS_COLOR]
    },
    marks: [
      // Only months with a figure: a month not reported is no bar at all, not a bar of 0 (Plot stacks null as 0).
      Plot.barY(series.points.filter((p) => p.actual != null), {
        x: "label",
        y: "actual",
        fill: () => TREND_SERIES.actual,
        title: tip
      }),
      Plot.tickY(series.points, {x: "label", y: "target", stroke: () => targetLabel, strokeWidth: 2.5}),
      Plot.dot(series.points, {x: "label", y: "previous", stroke: () => TREND_SERIES.previous, strokeWidth: 2, r: 4}),
      Plot.ruleY([0])
    ]
  });
}
