// The tile-grid map's geometry: one unit square per prefecture at (tile_col, tile_row) from data/reference/
// prefectures.csv, and the outline of every bureau's block (the edges where a tile meets the sea or a tile of
// another bureau), so the blocks stay visible whatever colour the tiles take.

import type {KpiPrefecture} from "./kpi-types.js";

export interface Tile {
  code: string;
  shortName: string;
  name: string;
  bureau: string;
  /** Left edge (column) and top edge (row) of the unit square. */
  x: number;
  y: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GridSize {
  columns: number;
  rows: number;
}

export function tilesOf(prefectures: readonly KpiPrefecture[]): Tile[] {
  return prefectures.map((p) => ({
    code: p.code,
    shortName: p.shortName,
    name: p.name,
    bureau: p.bureau,
    x: p.tileCol,
    y: p.tileRow
  }));
}

export function gridSize(tiles: readonly Tile[]): GridSize {
  return {
    columns: Math.max(0, ...tiles.map((t) => t.x + 1)),
    rows: Math.max(0, ...tiles.map((t) => t.y + 1))
  };
}

/**
 * Block outlines as unit segments. A left or top edge is drawn where the neighbour is missing or in another
 * bureau; a right or bottom edge only where the neighbour is missing: an edge between two blocks is then drawn
 * once, from the tile to its right or below.
 */
export function bureauBoundaries(tiles: readonly Tile[]): Segment[] {
  const at = new Map(tiles.map((t) => [`${t.x},${t.y}`, t]));
  const neighbour = (t: Tile, dx: number, dy: number) => at.get(`${t.x + dx},${t.y + dy}`);
  const segments: Segment[] = [];
  for (const t of tiles) {
    const left = neighbour(t, -1, 0);
    const top = neighbour(t, 0, -1);
    if (!left || left.bureau !== t.bureau) segments.push({x1: t.x, y1: t.y, x2: t.x, y2: t.y + 1});
    if (!top || top.bureau !== t.bureau) segments.push({x1: t.x, y1: t.y, x2: t.x + 1, y2: t.y});
    if (!neighbour(t, 1, 0)) segments.push({x1: t.x + 1, y1: t.y, x2: t.x + 1, y2: t.y + 1});
    if (!neighbour(t, 0, 1)) segments.push({x1: t.x, y1: t.y + 1, x2: t.x + 1, y2: t.y + 1});
  }
  return segments;
}
