// 出願件数推移 as stacked bars, 参考値 years lighter and labelled; and the table behind it for the CSV.

import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {REFERENCE_OPACITY, seriesColors, SINGLE_COLOR, tickNumber, yearTicks} from "./chart-style.js";
import {selectableMarks, SELECT_HINT} from "./mark-select.js";
import {UNKNOWN_STAGE} from "./rights-status.js";
import {OTHER_SERIES, type Trend, type TrendRow} from "./trend.js";
import {yearAxisLabel, yearLabel} from "./year-basis.js";

export interface TrendChartOptions {
  width: number;
  height?: number;
  /** The top of the y axis shared by small multiples (the 比較 page), so that equal bars mean equal counts. */
  yMax?: number;
  /** Called with the bar (a year, or a year × series segment when stacked) clicked or chosen with the keyboard. */
  onSelect?: (row: TrendRow) => void;
}

export function trendChart(trend: Trend, {width, height = 320, yMax, onSelect}: TrendChartOptions): SVGSVGElement | HTMLElement {
  const years = trend.totals.map((t) => t.year);
  const stacked = trend.stackBy !== "none";
  const title = (d: {year: number; series: string; count: number; reference: boolean}) =>
    `${yearLabel(d.year, trend.yearKind)}${stacked ? `・${d.series}` : ""}\n` +
    `${formatNumber(d.count)}件${d.reference ? "（参考値）" : ""}${onSelect ? `\n${SELECT_HINT}` : ""}`;
  // The 参考値 years are shaded as one region, labelled once (per-bar labels collide on narrow charts).
  const referenceYears = trend.totals.filter((t) => t.reference);
  const firstReference = referenceYears.slice(0, 1);
  const top = Math.max(1, yMax ?? 0, ...trend.totals.map((t) => t.count));
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 56,
    marginRight: 24,
    x: {
      type: "band",
      domain: years,
      label: yearAxisLabel(trend.basis, trend.yearKind),
      ticks: yearTicks(years, width),
      tickFormat: String
    },
    y: {
      label: "出願件数",
      grid: true,
      tickFormat: tickNumber,
      ...(yMax !== undefined ? {domain: [0, top * 1.08], nice: true} : {})
    },
    color: stacked
      ? {legend: true, domain: trend.series, range: seriesColors(trend.series, [OTHER_SERIES, UNKNOWN_STAGE])}
      : undefined,
    marks: [
      Plot.barY(referenceYears, {
        x: "year",
        y1: 0,
        y2: top * 1.08,
        fill: "currentColor",
        fillOpacity: 0.07,
        insetLeft: -1,
        insetRight: -1
      }),
      Plot.barY(trend.rows, {
        x: "year",
        y: "count",
        fill: stacked ? "series" : SINGLE_COLOR,
        fillOpacity: (d: {reference: boolean}) => (d.reference ? REFERENCE_OPACITY : 1),
        order: stacked ? trend.series : undefined,
        title,
        tip: true,
        ariaDescription: "trend-bar"
      }),
      Plot.text(firstReference, {
        x: "year",
        frameAnchor: "top",
        text: () => "参考値",
        textAnchor: "start",
        dx: -4,
        dy: 2,
        fontSize: 10,
        fill: "currentColor"
      }),
      Plot.ruleY([0])
    ]
  });
  if (onSelect) {
    const describe = (d: TrendRow) => `${yearLabel(d.year, trend.yearKind)}${stacked ? `・${d.series}` : ""} ${formatNumber(d.count)}件`;
    selectableMarks(chart, "trend-bar", trend.rows, onSelect, describe);
  }
  return chart;
}
