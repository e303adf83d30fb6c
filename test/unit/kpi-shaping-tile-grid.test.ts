// The tile-grid map geometry (tile-grid.ts) on a hand-drawn 3 × 2 grid, and on the shipped 47 prefectures.
import {describe, expect, it} from "vitest";
import {readPrefectures} from "../../loaders/kpi/prefecture.js";
import {bureauBoundaries, gridSize, tilesOf} from "../../src/components/kpi/tile-grid.js";
import {prefecture} from "../support/kpi-shaping.js";

// Row 0:  A A B
// Row 1:  A . B      (the middle of row 1 is sea)
const tiles = tilesOf([
  prefecture("01", "a1", "A", 0, 0),
  prefecture("02", "a2", "A", 1, 0),
  prefecture("03", "b1", "B", 2, 0),
  prefecture("04", "a3", "A", 0, 1),
  prefecture("05", "b2", "B", 2, 1)
]);

const key = (s: {x1: number; y1: number; x2: number; y2: number}) => `${s.x1},${s.y1}-${s.x2},${s.y2}`;

describe("tile grid", () => {
  it("places each prefecture on a unit square", () => {
    expect(tiles[3]).toMatchObject({code: "04", x: 0, y: 1, bureau: "A"});
    expect(gridSize(tiles)).toEqual({columns: 3, rows: 2});
  });

  it("outlines each bureau's block once, inner edges of a block left open", () => {
    const segments = bureauBoundaries(tiles).map(key).sort();
    expect(segments).toEqual([
      // Block A: its west side, its top, the edge to B (drawn once), the sea below a2 and east of a3, its bottom.
      "0,0-0,1", "0,1-0,2", "0,0-1,0", "1,0-2,0", "2,0-2,1", "1,1-2,1", "1,1-1,2", "0,2-1,2",
      // Block B: top, right side, bottom, and its left side towards the sea.
      "2,0-3,0", "3,0-3,1", "3,1-3,2", "2,2-3,2", "2,1-2,2"
    ].sort());
    // No edge is drawn twice.
    expect(new Set(segments).size).toBe(segments.length);
  });

  it("lays out the 47 shipped prefectures on distinct tiles of a 14 × 10 grid", () => {
    const all = tilesOf(readPrefectures().map((p) => ({...p, name: p.name})));
    expect(all).toHaveLength(47);
    expect(new Set(all.map((t) => `${t.x},${t.y}`)).size).toBe(47);
    expect(gridSize(all)).toEqual({columns: 14, rows: 10});
    // Checked against a second formulation: walk every edge of the grid (sea around it included) and keep those
    // with a different bureau, or land and sea, on its two sides.
    const bureauAt = new Map(all.map((t) => [`${t.x},${t.y}`, t.bureau]));
    const side = (x: number, y: number) => bureauAt.get(`${x},${y}`) ?? null;
    const expected: string[] = [];
    for (let x = 0; x <= 14; ++x) {
      for (let y = 0; y <= 10; ++y) {
        if (side(x - 1, y) !== side(x, y)) expected.push(`${x},${y}-${x},${y + 1}`);
        if (side(x, y - 1) !== side(x, y)) expected.push(`${x},${y}-${x + 1},${y}`);
      }
    }
    expect(bureauBoundaries(all).map(key).sort()).toEqual(expected.sort());
    // 関東's 11 tiles form one block: from any of them, the others are reachable without crossing its outline.
    const kanto = all.filter((t) => t.bureau === "関東");
    const seen = new Set([`${kanto[0]!.x},${kanto[0]!.y}`]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of kanto) {
        const k = `${t.x},${t.y}`;
        if (seen.has(k)) continue;
        if ([[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => seen.has(`${t.x + dx!},${t.y + dy!}`))) {
          seen.add(k);
          grew = true;
        }
      }
    }
    expect(kanto).toHaveLength(11);
    expect(seen.size).toBe(11);
  });
});
