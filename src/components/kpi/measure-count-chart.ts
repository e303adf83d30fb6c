// How many measures each pillar of the action plan has, by the seed's colour legend (産業技術環境局 yellow,
// 中小企業庁 green, 特許庁・INPIT uncoloured: a light grey with an outline here, so it still shows as a bar).

import * as Plot from "@observablehq/plot";
import {AGENCY_LEGEND, type MeasureCount} from "./action-plan.js";

export const AGENCY_CHART_COLORS: Record<string, string> = {sangi: "#edc949", chusho: "#59a14f", jpo: "#d7d3cf"};

export function measureCountChart(
  counts: readonly MeasureCount[],
  {width}: {width: number}
): SVGSVGElement | HTMLElement {
  const pillars = [...new Set(counts.map((c) => c.pillar))];
  return Plot.plot({
    width,
    height: pillars.length * 56 + 70,
    marginLeft: 190,
    x: {label: "施策の数", grid: true},
    y: {domain: pillars, label: null},
    color: {
      legend: true,
      domain: AGENCY_LEGEND.map((entry) => entry.label),
      range: AGENCY_LEGEND.map((entry) => AGENCY_CHART_COLORS[entry.style]!)
    },
    marks: [
      Plot.barX(counts, {
        x: "count",
        y: "pillar",
        fill: "label",
        stroke: "currentColor",
        strokeOpacity: 0.35,
        order: AGENCY_LEGEND.map((entry) => entry.label),
        title: (d: MeasureCount) => `${d.pillar}\n${d.label}：${d.count}件`
      }),
      Plot.text(counts, Plot.stackX({
        x: "count", y: "pillar", z: "label", order: AGENCY_LEGEND.map((entry) => entry.label),
        text: (d: {count: number}) => (d.count > 0 ? String(d.count) : ""), fill: "black"
      })),
      Plot.ruleX([0])
    ]
  });
}
