// Labels for KPI figures, in the conventions of Japanese statistics: counts with their unit (1,234件), rates as
// percentages, and changes with ▲ for a fall (前年同期比 ▲3.1%), as JPO's 統計報告 prints them.

import {formatNumber, formatPercent, MISSING} from "../format.js";
import type {KpiMetric, ValueKind} from "./kpi-types.js";

/** A 実績 or 目標: "1,234件"; a percentage metric "85.3%". Pro-rated targets are rounded to whole units. */
export function formatActual(value: number | null | undefined, metric: Pick<KpiMetric, "unit" | "valueKind">): string {
  if (value == null || Number.isNaN(value)) return MISSING;
  if (metric.valueKind === "percent") return `${formatNumber(value, {digits: 1})}%`;
  return `${formatNumber(value)}${metric.unit}`;
}

/** Axis ticks in the metric's numbers without the unit (the axis label carries it): "1,200", "85". */
export function actualTick(metric: Pick<KpiMetric, "valueKind">): (value: number) => string {
  return (value) => formatActual(value, {unit: "", valueKind: metric.valueKind}).replace(/%$/, "");
}

/** 達成率 / 進捗率: 0.953 → "95.3%". */
export function formatRate(rate: number | null | undefined): string {
  return formatPercent(rate, {digits: 1});
}

/** A signed figure with ▲ for negatives and + for gains: "▲3.1", "+12". */
export function signed(text: string, value: number): string {
  if (value < 0) return `▲${text.replace(/^[-−]/, "")}`;
  return value > 0 ? `+${text}` : text;
}

/**
 * 前年同期比: counts as a relative change ("+5.2%", "▲3.1%"), percentages as a difference in points
 * ("+1.2ポイント", "▲0.8ポイント").
 */
export function formatChange(change: number | null | undefined, kind: ValueKind): string {
  if (change == null || Number.isNaN(change)) return MISSING;
  // Round first, so that a change that rounds to 0.0 is shown without a sign.
  const rounded = kind === "percent" ? Math.round(change * 10) / 10 : Math.round(change * 1000) / 1000;
  const size = Math.abs(rounded);
  const text = kind === "percent" ? `${formatNumber(size, {digits: 1})}ポイント` : formatPercent(size);
  return signed(text, rounded);
}

/** Axis ticks for a change (no unit word: the axis label says it). */
export function formatChangeTick(change: number, kind: ValueKind): string {
  const size = Math.abs(change);
  const text = kind === "percent" ? formatNumber(size, {digits: 1}) : formatPercent(size, {digits: 0});
  return signed(text, change);
}
