// The tile-grid map of the 47 prefectures (地域KPI): one square per prefecture, coloured by the chosen figure
// (実績, 達成率 or 前年同期比), bureau blocks outlined, the bureau in view in full colour and the others faded, the
// selected prefecture framed. Each tile carries data-prefecture (its JIS code) and data-in-view, and is a button:
// click, Enter or Space selects it.
//
// Layers, bottom to top: the ground (every tile, grey: "no figure"), the colours, the block outlines, the selection
// frame, the labels, and a transparent layer that takes the pointer, the keyboard focus and the tooltip. Plot
// drops a mark whose colour is missing, hence the separate ground, so that the map always has its 47 tiles.

import * as Plot from "@observablehq/plot";
import type {KpiMetric} from "./kpi-types.js";
import {OUTSIDE_OPACITY} from "./kpi-style.js";
import type {PrefectureFigure} from "./prefecture-figures.js";
import {gridSize, type Segment, type Tile} from "./tile-grid.js";
import {MISSING} from "../format.js";
import {
  formatFigureValue, kpiColorScale, kpiValueAxisLabel, kpiValueOf, kpiValueTick, type KpiValue
} from "./value-choice.js";

export interface TileMapOptions {
  width: number;
  tiles: readonly Tile[];
  boundaries: readonly Segment[];
  figures: ReadonlyMap<string, PrefectureFigure>;
  choice: KpiValue;
  metric: KpiMetric;
  /** Codes of the prefectures in view (a bureau's); null when the whole country is. */
  inView: ReadonlySet<string> | null;
  selected: string | null;
  /** Long text per tile for the tooltip and the screen reader. */
  describe: (tile: Tile) => string;
  onSelect?: (code: string) => void;
}

type Cell = Tile & {value: number | null; label: string};

const x1 = (d: Tile) => d.x;
const x2 = (d: Tile) => d.x + 1;
const y1 = (d: Tile) => d.y;
const y2 = (d: Tile) => d.y + 1;

/** Marks the interactive layer's rects with what tests and keyboard users need. */
function interactive(cells: readonly Cell[], options: TileMapOptions): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context) as SVGGElement;
    const rects = group.querySelectorAll("rect");
    index.forEach((i, k) => {
      const rect = rects[k];
      const cell = cells[i]!;
      if (!rect) return;
      const inView = !options.inView || options.inView.has(cell.code);
      rect.setAttribute("data-prefecture", cell.code);
      rect.setAttribute("data-name", cell.name);
      rect.setAttribute("data-in-view", String(inView));
      rect.setAttribute("data-selected", String(cell.code === options.selected));
      if (cell.value != null) rect.setAttribute("data-value", String(cell.value));
      rect.setAttribute("aria-label", options.describe(cell).replaceAll("\n", "、"));
      if (options.onSelect) {
        const select = options.onSelect;
        rect.setAttribute("tabindex", "0");
        rect.setAttribute("role", "button");
        rect.addEventListener("click", () => select(cell.code));
        rect.addEventListener("keydown", (event) => {
          if (event.key !== "Enter" && event.key !== " ") return;
          event.preventDefault();
          select(cell.code);
        });
      }
    });
    return group;
  };
}

export function tileMapChart(options: TileMapOptions): SVGSVGElement | HTMLElement {
  const {width, tiles, boundaries, figures, choice, metric, inView, selected} = options;
  const {columns, rows} = gridSize(tiles);
  const cells: Cell[] = tiles.map((tile) => {
    const figure = figures.get(tile.code);
    const value = figure ? kpiValueOf(figure, choice) : null;
    return {...tile, value, label: figure ? formatFigureValue(figure, choice, metric) : MISSING};
  });
  const isInView = (d: Cell) => !inView || inView.has(d.code);
  const valued = cells.filter((d) => d.value != null);
  const cellSize = (width - 4) / Math.max(columns, 1);
  const fontSize = Math.max(9, Math.min(13, Math.round(cellSize * 0.22)));
  const showValues = cellSize >= 46;
  const selectedTile = cells.filter((d) => d.code === selected);
  const label = (dy: number, size: number, text: (d: Cell) => string) => (subset: Cell[], opacity: number) =>
    Plot.text(subset, {
      x: (d: Cell) => d.x + 0.5,
      y: (d: Cell) => d.y + 0.5,
      text,
      dy,
      fontSize: size,
      fill: "currentColor",
      fillOpacity: opacity,
      stroke: "var(--theme-background)",
      strokeWidth: 3,
      paintOrder: "stroke",
      pointerEvents: "none"
    });
  const name = label(showValues ? -fontSize * 0.45 : 0, fontSize, (d) => d.shortName);
  const value = label(fontSize * 0.75, Math.max(9, fontSize - 2), (d) => d.label);
  const tile = {x1, x2, y1, y2, inset: Math.max(1, cellSize * 0.04)};
  // No figure at all (nothing loaded yet): no colour scale, hence no legend, just the grey tiles.
  const colorScale = valued.length > 0
    ? {
        ...kpiColorScale(choice, valued.map((d) => d.value)),
        legend: true,
        label: kpiValueAxisLabel(choice, metric),
        tickFormat: kpiValueTick(choice, metric),
        width: Math.min(320, width)
      }
    : undefined;
  const still = {pointerEvents: "none"} as const;
  return Plot.plot({
    width,
    height: Math.round(cellSize * rows) + 4,
    margin: 2,
    x: {domain: [0, columns], axis: null},
    y: {domain: [0, rows], axis: null, reverse: true},
    color: colorScale,
    marks: [
      Plot.rect(cells, {...tile, ...still, fill: "var(--theme-foreground-faintest)"}),
      Plot.rect(valued.filter(isInView), {...tile, ...still, fill: "value"}),
      Plot.rect(valued.filter((d) => !isInView(d)), {...tile, ...still, fill: "value", fillOpacity: OUTSIDE_OPACITY}),
      Plot.link(boundaries as Segment[], {
        ...still, x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "square"
      }),
      Plot.rect(selectedTile, {
        ...tile, ...still, inset: 0, fill: "none", stroke: "var(--theme-foreground-focus)", strokeWidth: 4
      }),
      name(cells.filter(isInView), 1),
      name(cells.filter((d) => !isInView(d)), 0.55),
      ...(showValues ? [value(cells.filter(isInView), 1), value(cells.filter((d) => !isInView(d)), 0.55)] : []),
      Plot.rect(cells, {
        ...tile,
        fill: "transparent",
        title: options.describe,
        className: "kpi-map-tile",
        render: interactive(cells, options)
      } as Plot.RectOptions)
    ]
  });
}
