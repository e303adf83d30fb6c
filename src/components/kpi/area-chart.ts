// 達成率 or 前年同期比 by bureau (事業KPI): one bar per 経済産業局 in government order, the target (100%) or "no
// change" as a rule, bars coloured by the side of it they fall on, the value written at the end of each bar.

import * as Plot from "@observablehq/plot";
import type {AreaFigure} from "./area-summary.js";
import type {KpiMetric} from "./kpi-types.js";
import {AHEAD_COLOR, BEHIND_COLOR} from "./kpi-style.js";
import {formatKpiValue, kpiValueAxisLabel, kpiValueOf, kpiValuePivot, kpiValueTick, type KpiValue} from "./value-choice.js";

/** Legend words for the two sides of the rule. */
export function sideLabels(choice: KpiValue): [ahead: string, behind: string] {
  return choice === "rate" ? ["目標以上", "目標未満"] : ["前年より増", "前年より減"];
}

export function areaChart(
  rows: readonly AreaFigure[],
  choice: Exclude<KpiValue, "actual">,
  metric: KpiMetric,
  {width, selected = null}: {width: number; selected?: string | null}
): SVGSVGElement | HTMLElement {
  const pivot = kpiValuePivot(choice)!;
  const [ahead, behind] = sideLabels(choice);
  const data = rows.map((row) => ({
    ...row,
    name: row.key === selected ? `▶ ${row.label}` : row.label,
    value: kpiValueOf(row, choice)
  }));
  const known = data.filter((d) => d.value != null);
  const values = known.map((d) => d.value!);
  const spread = Math.max(choice === "rate" ? 0.2 : 0.05, ...values.map((v) => Math.abs(v - pivot)));
  const domain = choice === "rate" ? [0, Math.max(1.2, ...values) * 1.12] : [pivot - spread * 1.25, pivot + spread * 1.25];
  return Plot.plot({
    width,
    height: data.length * 30 + 50,
    marginLeft: 190,
    marginRight: 24,
    x: {label: kpiValueAxisLabel(choice, metric), domain, grid: true, tickFormat: kpiValueTick(choice, metric)},
    y: {domain: data.map((d) => d.name), label: null},
    color: {legend: true, domain: [ahead, behind], range: [AHEAD_COLOR, BEHIND_COLOR]},
    marks: [
      Plot.barX(known, {
        x1: 0,
        x2: "value",
        y: "name",
        fill: (d: {value: number}) => (d.value >= pivot ? ahead : behind),
        title: (d: (typeof data)[number]) => `${d.label}\n${formatKpiValue(d.value, choice, metric)}`
      }),
      Plot.text(known, {
        x: "value",
        y: "name",
        text: (d: (typeof data)[number]) => formatKpiValue(d.value, choice, metric),
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
        filter: (d: {value: number}) => choice === "rate" || d.value >= 0
      }),
      Plot.text(known, {
        x: "value",
        y: "name",
        text: (d: (typeof data)[number]) => formatKpiValue(d.value, choice, metric),
        textAnchor: "end",
        dx: -4,
        fill: "currentColor",
        filter: (d: {value: number}) => choice !== "rate" && d.value < 0
      }),
      Plot.ruleX([pivot], {stroke: "currentColor", strokeWidth: 1.5})
    ]
  });
}
