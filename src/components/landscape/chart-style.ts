// Colours and label helpers shared by the landscape charts. Colours work on the light and the dark theme; the
// single-series colour follows the theme's focus colour.

import {formatNumber} from "../format.js";

/** Tableau 10, Plot's default categorical scheme, spelled out so a series can be given a fixed colour. */
export const CATEGORY_COLORS = [
  "#4e79a7", "#f28e2c", "#e15759", "#76b7b2", "#59a14f", "#edc949", "#af7aa1", "#ff9da7", "#9c755f", "#bab0ab"
];

/** "その他" and "不明" are grey, whatever their position. */
export const MUTED_COLOR = "#9a9a9a";

export const SINGLE_COLOR = "var(--theme-foreground-focus)";

/** Opacity of 参考値 bars and points (landscape-and-kpi.md §2: "hatched or lighter"). */
export const REFERENCE_OPACITY = 0.4;

/** A colour per series: categorical in order, grey for the catch-all series. */
export function seriesColors(series: readonly string[], muted: readonly string[]): string[] {
  let next = 0;
  return series.map((name) => (muted.includes(name) ? MUTED_COLOR : CATEGORY_COLORS[next++ % CATEGORY_COLORS.length]!));
}

/** Shortens a long label for an axis ("ノースウィンド　エナジー，インコ…"); the tooltip keeps the whole text. */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = Array.from(label);
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : label;
}

/** Shortens in the middle, keeping the end that tells similar file names apart ("サンプル_全固…2005-2013.csv"). */
export function truncateMiddle(label: string, maxChars: number): string {
  const chars = Array.from(label);
  if (chars.length <= maxChars) return label;
  const tail = Math.floor((maxChars - 1) / 2);
  return `${chars.slice(0, maxChars - 1 - tail).join("")}…${chars.slice(chars.length - tail).join("")}`;
}

/** Left margin for labels of up to `maxChars` characters (CJK glyphs are about as wide as the 12px font size). */
export function labelMargin(labels: readonly string[], maxChars: number): number {
  const longest = Math.max(4, ...labels.map((label) => Math.min(Array.from(label).length, maxChars)));
  return Math.min(12 * longest + 12, 320);
}

/** Years to label on an axis: all of them when they fit, else every 2nd, 5th or 10th. */
export function yearTicks(years: readonly number[], width: number): number[] {
  const room = Math.max(1, Math.floor((width - 80) / 44));
  const step = [1, 2, 5, 10, 20].find((s) => years.length / s <= room) ?? 50;
  return years.filter((year) => year % step === 0 || (step > 1 && years.length === 1));
}

/** Axis tick format with Japanese grouping (Plot passes the tick index as a second argument: ignore it). */
export const tickNumber = (value: number) => formatNumber(value);
