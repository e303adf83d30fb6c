// 新規参入 (entrants per year, with the number of active applicants as a line) and the ライフサイクル chart
// (applicants against applications, year by year), both from entrantsByYear; and their shared table.

import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {CATEGORY_COLORS, REFERENCE_OPACITY, tickNumber, yearTicks} from "./chart-style.js";
import type {EntrantRow} from "./entrants.js";
import {selectableMarks, SELECT_HINT} from "./mark-select.js";
import {yearAxisLabel, yearLabel, type DateBasis, type YearKind} from "./year-basis.js";

const ENTRANTS = "新規参入者数";
const ACTIVE = "出願人数";

export function entrantsChart(
  rows: readonly EntrantRow[],
  {
    width,
    basis,
    yearKind,
    onSelect
  }: {width: number; basis: DateBasis; yearKind: YearKind; onSelect?: (row: EntrantRow) => void}
): SVGSVGElement | HTMLElement {
  const years = rows.map((r) => r.year);
  const chart = Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    x: {
      type: "band",
      domain: years,
      label: yearAxisLabel(basis, yearKind),
      ticks: yearTicks(years, width),
      tickFormat: String
    },
    y: {label: "出願人数（者）", grid: true, tickFormat: tickNumber},
    color: {legend: true, domain: [ENTRANTS, ACTIVE], range: [CATEGORY_COLORS[1]!, CATEGORY_COLORS[0]!]},
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "entrants",
        fill: () => ENTRANTS,
        fillOpacity: (d: EntrantRow) => (d.reference || d.firstYear ? REFERENCE_OPACITY : 1),
        title: (d: EntrantRow) =>
          `${yearLabel(d.year, yearKind)}\n新規参入 ${formatNumber(d.entrants)}者／出願人 ${formatNumber(d.applicants)}者` +
          `${d.firstYear ? "\n（最初の年は全員が新規に見えます）" : ""}${d.reference ? "\n（参考値）" : ""}` +
          `${onSelect ? `\n${SELECT_HINT}（新規参入者の出願）` : ""}`,
        tip: true,
        ariaDescription: "entrants-bar"
      }),
      Plot.line(rows, {x: "year", y: "applicants", stroke: () => ACTIVE, strokeWidth: 2, marker: "circle-stroke"}),
      Plot.ruleY([0])
    ]
  });
  if (onSelect) {
    const describe = (d: EntrantRow) => `${yearLabel(d.year, yearKind)}の新規参入 ${formatNumber(d.entrants)}者`;
    selectableMarks(chart, "entrants-bar", rows, onSelect, describe);
  }
  return chart;
}

/**
 * The path through the complete years is solid; the step into the 参考値 years (always the last ones: the
 * publication lag) is dashed and light, and a note in the corner names them 参考値, so the turn to the lower
 * left that the lag causes is not read as a decline.
 */
export function lifecycleChart(
  rows: readonly EntrantRow[],
  {width, yearKind}: {width: number; yearKind: YearKind}
): SVGSVGElement | HTMLElement {
  const firstReference = rows.findIndex((r) => r.reference);
  const split = firstReference === -1 ? rows.length : firstReference;
  const complete = rows.slice(0, split);
  const referencePath = rows.slice(Math.max(0, split - 1));
  // Years are labelled on the complete part only (first, every fifth, last complete): the 参考値 points crowd
  // together at the end, so they are named once, in the corner.
  const lastComplete = split - 1;
  const labelled = complete.filter((r, i) => i === 0 || i === lastComplete || r.year % 5 === 0);
  const referenceNote =
    firstReference === -1 ? [] : [`破線・薄い点は参考値（${yearLabel(rows[firstReference]!.year, yearKind)}〜）`];
  const path = {x: "applications", y: "applicants", stroke: "currentColor"} as const;
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    marginRight: 30,
    inset: 12,
    x: {label: "出願件数", grid: true, tickFormat: tickNumber},
    y: {label: "出願人数（者）", grid: true, tickFormat: tickNumber},
    marks: [
      Plot.line(complete, {...path, strokeOpacity: 0.5, markerEnd: referencePath.length > 1 ? undefined : "arrow"}),
      Plot.line(referencePath.length > 1 ? referencePath : [], {
        ...path,
        strokeOpacity: 0.35,
        strokeDasharray: "4,3",
        markerEnd: "arrow"
      }),
      Plot.dot(rows, {
        x: "applications",
        y: "applicants",
        fill: CATEGORY_COLORS[0],
        fillOpacity: (d: EntrantRow) => (d.reference ? REFERENCE_OPACITY : 1),
        r: 4,
        title: (d: EntrantRow) =>
          `${yearLabel(d.year, yearKind)}${d.reference ? "（参考値）" : ""}\n` +
          `出願 ${formatNumber(d.applications)}件／出願人 ${formatNumber(d.applicants)}者`,
        tip: true
      }),
      Plot.text(labelled, {
        x: "applications",
        y: "applicants",
        text: (d: EntrantRow) => String(d.year),
        dy: -10,
        fontSize: 10,
        fill: "currentColor"
      }),
      Plot.text(referenceNote, {
        frameAnchor: "top-left",
        text: (d: string) => d,
        textAnchor: "start",
        dx: 4,
        dy: 2,
        fontSize: 10,
        fill: "currentColor"
      })
    ]
  });
}
