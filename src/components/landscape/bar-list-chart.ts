// A ranked list as horizontal bars with the figure at the end of each bar: 出願人ランキング, 技術分布, ステージ and
// イベント詳細 all look like this. Optional link per bar (to the 出願人 page) or click handler (FI drill-down).

import * as Plot from "@observablehq/plot";
import {SINGLE_COLOR, tickNumber, truncateLabel} from "./chart-style.js";

export interface BarListOptions<T> {
  width: number;
  label: (d: T) => string;
  value: (d: T) => number;
  /** Written at the end of each bar, e.g. "123件（12.3%）". */
  text: (d: T) => string;
  /** Tooltip text; defaults to the label and the text. */
  title?: (d: T) => string;
  /** Each bar links here (a relative URL built by the page, never data). */
  href?: (d: T) => string;
  /** Only the label above each bar links here (the bar itself selects with onSelect). */
  labelHref?: (d: T) => string;
  /** Called with the bar clicked. */
  onSelect?: (d: T) => void;
  /** A CSS colour per bar; default: the theme's focus colour. */
  fill?: (d: T) => string;
  xLabel: string;
  maxLabelChars?: number;
  /** Shared end of the x axis, so that bars of small multiples can be compared; default: the longest bar. */
  xMax?: number;
  /** Tick format of the x axis; default: a number with Japanese grouping. */
  tickFormat?: (value: number) => string;
}

/** Height of one row: the label on top, the bar below it, so long applicant names keep the full width. */
const ROW_HEIGHT = 38;
const MARGIN_LEFT = 8;
/** Room after the longest bar for its figure, e.g. "1,234件（12.3%）". */
const MARGIN_RIGHT = 110;
/**
 * The narrowest the chart is computed: a card can be briefly narrower than the margins while the page lays out, and
 * Plot then draws every bar with a negative width (a console error). Below this the SVG is scaled down instead
 * (Plot's SVG has max-width: 100%).
 */
const MIN_WIDTH = MARGIN_LEFT + MARGIN_RIGHT + 80;

export function barListChart<T>(rows: readonly T[], options: BarListOptions<T>): SVGSVGElement | HTMLElement {
  const {label, value, text, xLabel} = options;
  const width = Math.max(options.width, MIN_WIDTH);
  // Labels sit above the bars and must fit the chart's width (CJK glyphs are about 12px wide).
  const maxLabelChars = Math.max(8, Math.min(options.maxLabelChars ?? 40, Math.floor((width - 16) / 12)));
  const labels = rows.map(label);
  const title = options.title ?? ((d: T) => `${label(d)}\n${text(d)}`);
  const max = options.xMax ?? Math.max(1, ...rows.map(value));
  const chart = Plot.plot({
    width,
    height: 44 + ROW_HEIGHT * Math.max(rows.length, 1),
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginBottom: 36,
    x: {
      label: xLabel,
      grid: true,
      domain: [0, max],
      tickFormat: options.tickFormat ?? tickNumber,
      // Counts get no more ticks than whole numbers up to `max`; shares (with their own format) are fractions.
      ticks: Math.max(1, Math.min(options.tickFormat ? 5 : max, 5, Math.floor(width / 120)))
    },
    y: {axis: null, domain: labels, padding: 0},
    marks: [
      Plot.barX(rows, {
        x: value,
        y: label,
        insetTop: ROW_HEIGHT * 0.5,
        insetBottom: 4,
        fill: options.fill ?? SINGLE_COLOR,
        ...(options.href ? {href: options.href} : {}),
        title
      }),
      Plot.text(rows, {
        x: 0,
        y: label,
        text: (d: T) => truncateLabel(label(d), maxLabelChars),
        dy: -ROW_HEIGHT * 0.22,
        textAnchor: "start",
        fill: "currentColor",
        fontSize: 12,
        ...(options.href || options.labelHref ? {href: options.labelHref ?? options.href} : {})
      }),
      Plot.text(rows, {
        x: value,
        y: label,
        text,
        dy: ROW_HEIGHT * 0.2,
        dx: 4,
        textAnchor: "start",
        fill: "currentColor"
      }),
      Plot.ruleX([0]),
      ...(options.onSelect ? [Plot.tip(rows, Plot.pointerY({x: value, y: label, title}))] : [])
    ]
  });
  if (options.onSelect) {
    const onSelect = options.onSelect;
    chart.style.cursor = "pointer";
    // With a pointer mark Plot keeps the bar under the pointer as the chart's value.
    chart.addEventListener("click", (event) => {
      // A click on a linked label follows the link instead.
      if ((event.target as Element).closest("a")) return;
      const selected = (chart as unknown as {value: T | null}).value;
      if (selected) onSelect(selected);
    });
  }
  return chart;
}
