// 出願人 × 技術 as a bubble chart (size = applications) or a heat map, and its table (applicants × technologies).

import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {labelMargin, SINGLE_COLOR, truncateLabel} from "./chart-style.js";
import {selectableMarks, SELECT_HINT} from "./mark-select.js";
import type {Matrix, MatrixCell} from "./matrix.js";

export type MatrixStyle = "bubble" | "heatmap";

export const MATRIX_STYLE_LABELS: Record<MatrixStyle, string> = {bubble: "バブル", heatmap: "ヒートマップ"};

const MAX_LABEL = 20;

export function matrixChart(
  matrix: Matrix,
  {width, style, onSelect}: {width: number; style: MatrixStyle; onSelect?: (cell: MatrixCell) => void}
): SVGSVGElement | HTMLElement {
  const rowHeight = 30;
  const max = Math.max(1, ...matrix.cells.map((c) => c.count));
  const marginLeft = labelMargin(matrix.applicants, MAX_LABEL);
  const columnWidth = (width - marginLeft - 20) / Math.max(1, matrix.technologies.length);
  const title = (d: {applicant: string; technology: string; count: number}) =>
    `${d.applicant}\n${d.technology}：${formatNumber(d.count)}件${onSelect ? `\n${SELECT_HINT}` : ""}`;
  const selectable = (chart: SVGSVGElement | HTMLElement, cells: readonly MatrixCell[]) => {
    if (onSelect) {
      const describe = (d: MatrixCell) => `${d.applicant} × ${d.technology} ${formatNumber(d.count)}件`;
      selectableMarks(chart, "matrix-cell", cells, onSelect, describe);
    }
    return chart;
  };
  const common = {
    width,
    height: 90 + rowHeight * Math.max(matrix.applicants.length, 1),
    marginLeft,
    marginRight: 20,
    marginBottom: 70,
    x: {domain: matrix.technologies, label: null, tickRotate: -40},
    y: {domain: matrix.applicants, label: null, tickFormat: (d: string) => truncateLabel(d, MAX_LABEL)}
  };
  const nonZero = matrix.cells.filter((c) => c.count > 0);
  if (style === "heatmap") {
    return selectable(Plot.plot({
      ...common,
      padding: 0.05,
      color: {type: "sqrt", scheme: "blues", domain: [0, max], legend: true, label: "出願件数"},
      marks: [
        Plot.cell(matrix.cells, {x: "technology", y: "applicant", fill: "count", title, tip: true, ariaDescription: "matrix-cell"}),
        Plot.text(nonZero, {
          x: "technology",
          y: "applicant",
          text: (d: {count: number}) => formatNumber(d.count),
          fill: (d: {count: number}) => (d.count > max * 0.55 ? "white" : "black"),
          fontSize: 10,
          pointerEvents: "none"
        })
      ]
    }), matrix.cells);
  }
  return selectable(Plot.plot({
    ...common,
    grid: true,
    r: {domain: [0, max], range: [0, Math.max(3, Math.min(16, rowHeight / 2 - 1, columnWidth / 2 - 1))]},
    marks: [
      Plot.dot(nonZero, {
        x: "technology",
        y: "applicant",
        r: "count",
        fill: SINGLE_COLOR,
        fillOpacity: 0.6,
        title,
        tip: true,
        ariaDescription: "matrix-cell"
      }),
      Plot.text(nonZero, {
        x: "technology",
        y: "applicant",
        text: (d: {count: number}) => formatNumber(d.count),
        fontSize: 9,
        fill: "currentColor",
        pointerEvents: "none"
      })
    ]
  }), nonZero);
}
