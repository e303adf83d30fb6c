// The prefectures as a bar list (事業KPI): in 都道府県順 or 数値順 (prefecture-ranking.ts), the bureau in view in full
// colour and the others faded, 達成率 and 前年同期比 coloured by the side of their rule.

import * as Plot from "@observablehq/plot";
import {sideLabels} from "./area-chart.js";
import type {KpiMetric} from "./kpi-types.js";
import {ACTUAL_COLOR, AHEAD_COLOR, BEHIND_COLOR, OUTSIDE_OPACITY} from "./kpi-style.js";
import type {PrefectureFigure} from "./prefecture-figures.js";
import type {Ranked} from "./prefecture-ranking.js";
import {formatKpiValue, kpiValueAxisLabel, kpiValuePivot, kpiValueTick, type KpiValue} from "./value-choice.js";

export function rankingChart(
  rows: ReadonlyArray<Ranked<PrefectureFigure>>,
  choice: KpiValue,
  metric: KpiMetric,
  {width, inView = null}: {width: number; inView?: ReadonlySet<string> | null}
): SVGSVGElement | HTMLElement {
  const pivot = kpiValuePivot(choice);
  const [ahead, behind] = pivot === null ? ["実績", "実績"] : sideLabels(choice);
  const name = (d: Ranked<PrefectureFigure>) => `${d.rank ?? "－"}. ${d.shortName}`;
  const known = rows.filter((d) => d.value != null);
  const inside = (d: Ranked<PrefectureFigure>) => !inView || inView.has(d.code);
  const text = (d: Ranked<PrefectureFigure>) => formatKpiValue(d.value, choice, metric);
  const values = known.map((d) => d.value!);
  const low = Math.min(pivot ?? 0, ...values);
  const high = Math.max(pivot ?? 0, ...values);
  const bar = (subset: Array<Ranked<PrefectureFigure>>, opacity: number) =>
    Plot.barX(subset, {
      x1: 0,
      x2: "value",
      y: name,
      fill: (d: Ranked<PrefectureFigure>) => (pivot === null || d.value! >= pivot ? ahead : behind),
      fillOpacity: opacity,
      title: (d: Ranked<PrefectureFigure>) => `${d.name}（${d.bureau}）\n${kpiValueAxisLabel(choice, metric)} ${text(d)}`
    });
  return Plot.plot({
    width,
    height: rows.length * 17 + 60,
    marginLeft: 84,
    marginRight: 70,
    x: {
      label: kpiValueAxisLabel(choice, metric),
      grid: true,
      domain: [Math.min(0, low), Math.max(high, low + 1e-9) * (high > 0 ? 1.05 : 1)],
      tickFormat: kpiValueTick(choice, metric)
    },
    y: {domain: rows.map(name), label: null, tickSize: 0},
    color: pivot === null
      ? {domain: [ahead], range: [ACTUAL_COLOR]}
      : {legend: true, domain: [ahead, behind], range: [AHEAD_COLOR, BEHIND_COLOR]},
    marks: [
      bar(known.filter(inside), 1),
      bar(known.filter((d) => !inside(d)), OUTSIDE_OPACITY),
      Plot.text(known, {x: "value", y: name, text, textAnchor: "start", dx: 4, fontSize: 10, fill: "currentColor"}),
      pivot === null ? Plot.ruleX([0]) : Plot.ruleX([pivot], {stroke: "currentColor", strokeWidth: 1.5})
    ]
  });
}
