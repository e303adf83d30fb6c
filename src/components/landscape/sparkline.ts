// A small filing-trend line for the 概要 page: no axes, the first and last year written at the ends.

import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {SINGLE_COLOR} from "./chart-style.js";

export interface YearCount {
  year: number;
  applications: number;
}

export function sparkline(
  rows: readonly YearCount[],
  {width, height = 80}: {width: number; height?: number}
): SVGSVGElement | HTMLElement {
  const ends = rows.length ? [rows[0]!, rows[rows.length - 1]!] : [];
  return Plot.plot({
    width,
    height,
    marginTop: 8,
    marginBottom: 18,
    marginLeft: 28,
    marginRight: 28,
    x: {axis: null},
    y: {axis: null, zero: true},
    marks: [
      Plot.areaY(rows, {x: "year", y: "applications", fill: SINGLE_COLOR, fillOpacity: 0.15}),
      Plot.lineY(rows, {x: "year", y: "applications", stroke: SINGLE_COLOR, strokeWidth: 2, tip: true,
        title: (d: YearCount) => `${d.year}年：${formatNumber(d.applications)}件`}),
      Plot.text(ends, {
        x: "year",
        y: 0,
        text: (d: YearCount) => `${d.year}年`,
        dy: 10,
        fontSize: 10,
        fill: "currentColor"
      })
    ]
  });
}
