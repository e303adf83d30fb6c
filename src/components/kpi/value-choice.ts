// The three figures a KPI view can show per prefecture or bureau (the 表示 filter): 実績, 達成率 and 前年同期比.
// One place for their labels, how to read them from a figure, how to print them and how to colour them, so the map,
// the tables and the ranking always agree.

import {MISSING} from "../format.js";
import {formatRateAgainst} from "./kpi-coverage.js";
import {actualTick, formatActual, formatChange, formatChangeTick, formatRate} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";

export type KpiValue = "actual" | "rate" | "yoy";

export const KPI_VALUES: ReadonlyArray<{value: KpiValue; label: string}> = [
  {value: "actual", label: "実績"},
  {value: "rate", label: "達成率"},
  {value: "yoy", label: "前年同期比"}
];

export interface HasFigures {
  actual: number | null;
  rate: number | null;
  yoy: number | null;
}

export function kpiValueLabel(choice: KpiValue): string {
  return KPI_VALUES.find((v) => v.value === choice)?.label ?? choice;
}

/** "相談件数（件）", "達成率（%）", "前年同期比（%）" or "（ポイント）" for a percentage metric. */
export function kpiValueAxisLabel(choice: KpiValue, metric: KpiMetric): string {
  if (choice === "actual") return `${metric.name}（${metric.unit}）`;
  if (choice === "rate") return "達成率（%）";
  return metric.valueKind === "percent" ? "前年同期差（ポイント）" : "前年同期比（%）";
}

export function kpiValueOf(figure: HasFigures, choice: KpiValue): number | null {
  return figure[choice];
}

export function formatKpiValue(value: number | null | undefined, choice: KpiValue, metric: KpiMetric): string {
  if (choice === "actual") return formatActual(value, metric);
  if (choice === "rate") return formatRate(value);
  return formatChange(value, metric.valueKind);
}

/**
 * A prefecture's value as its tile shows it: a prefecture that reported without a target says 目標未登録 for its
 * 達成率 instead of looking like one that reported nothing.
 */
export function formatFigureValue(
  figure: HasFigures & {target: number | null},
  choice: KpiValue,
  metric: KpiMetric
): string {
  if (choice !== "rate") return formatKpiValue(kpiValueOf(figure, choice), choice, metric);
  return figure.actual == null ? MISSING : formatRateAgainst(figure.rate, figure.target);
}

/** Tick labels: no unit for 実績 (the axis label carries it), "95%" for rates, "▲5%" for changes. */
export function kpiValueTick(choice: KpiValue, metric: KpiMetric): (value: number) => string {
  if (choice === "actual") return actualTick(metric);
  if (choice === "rate") return (value) => formatRate(value).replace(/\.0%$/, "%");
  return (value) => formatChangeTick(value, metric.valueKind);
}

/** What the neutral point of a diverging colour scale is: 100% for 達成率, no change for 前年同期比. */
export function kpiValuePivot(choice: KpiValue): number | null {
  if (choice === "rate") return 1;
  if (choice === "yoy") return 0;
  return null;
}

/**
 * Plot colour-scale options. 実績 is sequential; 達成率 and 前年同期比 diverge around their pivot, red-orange below
 * (behind target, fewer than last year) and blue above, symmetric so that equal distances look equally strong.
 */
export function kpiColorScale(choice: KpiValue, values: ReadonlyArray<number | null>): Record<string, unknown> {
  const known = values.filter((v): v is number => v != null && Number.isFinite(v));
  const pivot = kpiValuePivot(choice);
  if (pivot === null) {
    const max = Math.max(0, ...known);
    return {type: "linear", scheme: "blues", domain: [0, max || 1]};
  }
  const spread = Math.max(choice === "rate" ? 0.1 : 0.05, ...known.map((v) => Math.abs(v - pivot)));
  return {type: "diverging", scheme: "rdbu", pivot, domain: [pivot - spread, pivot + spread]};
}
