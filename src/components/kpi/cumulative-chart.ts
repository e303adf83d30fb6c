// 年度累計 against the target (事業KPI): the cumulative 実績 month by month from April, last year's cumulative line,
// the target pro-rated month by month (年間目標 × 月数 ÷ 12) and the annual target as a horizontal rule. Where the
// 実績 line sits above the pro-rated line, the area is ahead of its target for the months so far.
// A percentage does not accumulate: its chart shows the monthly level against the target level instead.

import * as Plot from "@observablehq/plot";
import type {FiscalMonthPoint, FiscalYearSeries} from "./fiscal-year-series.js";
import {actualTick, formatActual} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";
import {ACTUAL_COLOR, PREVIOUS_COLOR, TARGET_COLOR} from "./kpi-style.js";

export const CUMULATIVE_SERIES = {
  actual: "累計実績",
  previous: "前年度の累計実績",
  prorated: "目標（月割りの累計）",
  annual: "年間目標"
} as const;

export const LEVEL_SERIES = {actual: "実績（月別）", previous: "前年度（月別）", annual: "目標"} as const;

const CUMULATIONS = {
  actual: CUMULATIVE_SERIES.actual,
  previous: CUMULATIVE_SERIES.previous,
  annual: CUMULATIVE_SERIES.annual
};

export function cumulativeChart(
  series: FiscalYearSeries,
  metric: KpiMetric,
  {width, height = 320}: {width: number; height?: number}
): SVGSVGElement | HTMLElement {
  const percent = metric.valueKind === "percent";
  const names = percent ? LEVEL_SERIES : CUMULATIONS;
  const actual = (d: FiscalMonthPoint) => (percent ? d.actual : d.cumulative);
  const previous = (d: FiscalMonthPoint) => (percent ? d.previous : d.previousCumulative);
  const labels = series.points.map((p) => p.label);
  const tip = (d: FiscalMonthPoint) =>
    `${d.label}まで\n${names.actual} ${formatActual(actual(d), metric)}\n` +
    (percent ? "" : `${CUMULATIVE_SERIES.prorated} ${formatActual(d.cumulativeTarget, metric)}\n`) +
    `${names.previous} ${formatActual(previous(d), metric)}`;
  const domain = percent
    ? [names.actual, names.previous, LEVEL_SERIES.annual]
    : [CUMULATIVE_SERIES.actual, CUMULATIVE_SERIES.previous, CUMULATIVE_SERIES.prorated, CUMULATIVE_SERIES.annual];
  const range = [ACTUAL_COLOR, PREVIOUS_COLOR, TARGET_COLOR, ...(percent ? [] : [TARGET_COLOR])];
  const annual = series.annualTarget;
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    marginRight: 20,
    x: {type: "point", domain: labels, label: null, padding: 0.3},
    y: {label: `${metric.name}（${metric.unit}）`, grid: true, zero: true, tickFormat: actualTick(metric)},
    color: {legend: true, domain, range},
    marks: [
      annual != null
        ? Plot.ruleY([annual], {stroke: () => names.annual, strokeDasharray: "6,3", strokeWidth: 1.5})
        : null,
      annual != null
        ? Plot.text([annual], {
            y: (d: number) => d, frameAnchor: "right", dy: -7, fontSize: 11, fill: TARGET_COLOR,
            text: (d: number) => `${names.annual} ${formatActual(d, metric)}`
          })
        : null,
      percent
        ? null
        : Plot.line(series.points, {
            x: "label",
            y: "cumulativeTarget",
            stroke: () => CUMULATIVE_SERIES.prorated,
            strokeDasharray: "2,3",
            strokeWidth: 1.5
          }),
      Plot.line(series.points, {x: "label", y: previous, stroke: () => names.previous, strokeWidth: 1.5}),
      Plot.line(series.points, {x: "label", y: actual, stroke: () => names.actual, strokeWidth: 2.5}),
      Plot.dot(series.points, {x: "label", y: actual, fill: () => names.actual, r: 3, title: tip}),
      Plot.ruleY([0])
    ]
  });
}
