// 支援前後の出願：the mean applications per supported company at each relative 年度 t (出願の年度 − 初回支援の年度),
// as bars; t whose 年度 reach into the 18 months before the latest 出願日 are lighter and labelled 参考値, as the
// landscape's trend marks its 参考値 years. A t with no published mean (fewer than 3 companies) has no bar.

import * as Plot from "@observablehq/plot";
import {formatNumber} from "../format.js";
import {REFERENCE_OPACITY, SINGLE_COLOR} from "../landscape/chart-style.js";
import {relativeYearLabel} from "./outcome-tables.js";
import type {EventStudyPoint} from "./outcome-types.js";

export function eventStudyChart(
  points: readonly EventStudyPoint[],
  {width, height = 300}: {width: number; height?: number}
): SVGSVGElement | HTMLElement {
  const shown = points.filter((p) => p.mean !== null);
  const references = points.filter((p) => p.reference);
  const top = Math.max(0.5, ...shown.map((p) => p.mean!));
  const title = (p: EventStudyPoint) =>
    `t = ${relativeYearLabel(p.t)}\n1社あたり ${formatNumber(p.mean, {digits: 2})}件${p.reference ? "（参考値）" : ""}`;
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    marginBottom: 40,
    x: {type: "band", domain: points.map((p) => p.t), label: "初回支援の年度からの年度（t）", tickFormat: relativeYearLabel},
    y: {label: "1社あたりの出願件数", grid: true, domain: [0, top * 1.15]},
    marks: [
      Plot.barY(references, {x: "t", y1: 0, y2: top * 1.15, fill: "currentColor", fillOpacity: 0.07, insetLeft: -1, insetRight: -1}),
      Plot.barY(shown, {
        x: "t",
        y: "mean",
        fill: SINGLE_COLOR,
        fillOpacity: (p: EventStudyPoint) => (p.reference ? REFERENCE_OPACITY : 1),
        title,
        tip: true
      }),
      Plot.text(points.filter((p) => p.mean === null && p.companies === "<3"), {
        x: "t",
        frameAnchor: "bottom",
        dy: -4,
        text: () => "<3社",
        fontSize: 10,
        fill: "currentColor"
      }),
      Plot.text(references.slice(0, 1), {
        x: "t",
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
}
