import {describe, expect, test} from "vitest";
import {suppressCells, suppressSmallCells, type CellState} from "../../loaders/site/small-cells.js";

const columnSums = (cells: number[][]) => cells[0]!.map((_, c) => cells.reduce((sum, row) => sum + row[c]!, 0));
const rowSums = (cells: number[][]) => cells.map((row) => row.reduce((sum, v) => sum + v, 0));

/** The positions of hidden cells as "r,c" strings, for readable assertions. */
function hidden(states: CellState[][], state: CellState): string[] {
  return states.flatMap((row, r) => row.flatMap((s, c) => (s === state ? [`${r},${c}`] : [])));
}

/** Whether some published line (total shown) has exactly one hidden cell: the one a subtraction would reveal. */
function revealsByDifference(states: CellState[][], columnTotals: CellState[], rowTotals: CellState[]): boolean {
  const columns = columnTotals.some((t, c) => t === "shown" && states.filter((row) => row[c] !== "shown").length === 1);
  const rows = rowTotals.some((t, r) => t === "shown" && states[r]!.filter((s) => s !== "shown").length === 1);
  return columns || rows;
}

describe("suppressSmallCells", () => {
  test("nothing is hidden when every count is 0 or at least 3", () => {
    const cells = [[3, 0, 12], [40, 5, 3]];
    const result = suppressSmallCells({cells, columnTotals: columnSums(cells), rowTotals: rowSums(cells)});
    expect(result.cells.flat().every((s) => s === "shown")).toBe(true);
    expect(result.columnTotals).toEqual(["shown", "shown", "shown"]);
    expect(result.rowTotals).toEqual(["shown", "shown"]);
  });

  test("primary: counts of 1 and 2 are hidden as small, 0 and 3 are not", () => {
    const cells = [[1, 2, 0, 3]];
    const result = suppressSmallCells({cells});
    expect(result.cells).toEqual([["small", "small", "shown", "shown"]]);
  });

  test("secondary by column totals: the smallest non-zero other cell of the column is hidden too", () => {
    // Column 0: 7 + 2 + 0 + 5 = 14 is published; 2 alone hidden would be 14 − 7 − 0 − 5.
    const cells = [[7], [2], [0], [5]];
    const result = suppressSmallCells({cells, columnTotals: columnSums(cells)});
    expect(hidden(result.cells, "small")).toEqual(["1,0"]);
    expect(hidden(result.cells, "complementary")).toEqual(["3,0"]);
    expect(result.columnTotals).toEqual(["shown"]);
  });

  test("secondary by row totals", () => {
    const cells = [[10, 1, 4, 6]];
    const result = suppressSmallCells({cells, rowTotals: rowSums(cells)});
    expect(hidden(result.cells, "small")).toEqual(["0,1"]);
    expect(hidden(result.cells, "complementary")).toEqual(["0,2"]);
  });

  test("no secondary suppression where no total is published, or where two cells are already hidden", () => {
    expect(hidden(suppressSmallCells({cells: [[7], [2], [5]]}).cells, "complementary")).toEqual([]);
    const cells = [[7], [2], [1], [5]];
    const result = suppressSmallCells({cells, columnTotals: columnSums(cells)});
    expect(hidden(result.cells, "small")).toEqual(["1,0", "2,0"]);
    expect(hidden(result.cells, "complementary")).toEqual([]);
  });

  test("a line with no other cell to hide has its total hidden", () => {
    // The total 2 is itself small: hidden, so the column needs no second cell.
    const result = suppressSmallCells({cells: [[2], [0]], columnTotals: [2]});
    expect(result.columnTotals).toEqual(["small"]);
    expect(hidden(result.cells, "complementary")).toEqual([]);
    const single = suppressSmallCells({cells: [[1, 8]], rowTotals: [9], columnTotals: [1, 8]});
    // Row: 1 hidden, 8 hidden with it; columns then each have one hidden cell and nothing else: totals hidden.
    expect(hidden(single.cells, "small")).toEqual(["0,0"]);
    expect(hidden(single.cells, "complementary")).toEqual(["0,1"]);
    expect(single.columnTotals).toEqual(["small", "complementary"]);
    expect(single.rowTotals).toEqual(["shown"]);
  });

  test("iterates to a fixed point: a cell hidden for a row leaves a single hidden cell in its column", () => {
    // 1 at (0,0) is small. Column 0 then hides its smallest other cell, 6 at (2,0); row 0 hides 4 at (0,2); row 2,
    // which now has one hidden cell (6), hides 5 at (2,2), which gives column 2 its second hidden cell.
    const cells = [
      [1, 9, 4],
      [8, 7, 9],
      [6, 10, 5]
    ];
    const result = suppressSmallCells({cells, columnTotals: columnSums(cells), rowTotals: rowSums(cells)});
    expect(hidden(result.cells, "small")).toEqual(["0,0"]);
    expect(hidden(result.cells, "complementary").sort()).toEqual(["0,2", "2,0", "2,2"]);
    expect(revealsByDifference(result.cells, result.columnTotals, result.rowTotals)).toBe(false);
  });

  test("the lead column hides its whole row, and the other columns are then protected in turn", () => {
    // Columns: companies (lead), linked, filed after. Row 1 has 2 companies: the row goes; the column totals then
    // need a second hidden cell in each column.
    const cells = [
      [12, 8, 5],
      [2, 2, 0],
      [9, 4, 3]
    ];
    const result = suppressSmallCells({cells, columnTotals: columnSums(cells), leadColumn: 0});
    expect(result.cells[1]).toEqual(["small", "small", "small"]);
    expect(hidden(result.cells, "complementary").sort()).toEqual(["2,0", "2,1", "2,2"]);
    expect(revealsByDifference(result.cells, result.columnTotals, result.rowTotals)).toBe(false);
  });

  test("never leaves a single hidden cell under a published total, over many random tables", () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; ++n) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = 1 + Math.floor(random() * 4);
      const cells = Array.from({length: rows}, () => Array.from({length: columns}, () => Math.floor(random() * 8)));
      const result = suppressSmallCells({cells, columnTotals: columnSums(cells), rowTotals: rowSums(cells)});
      expect(revealsByDifference(result.cells, result.columnTotals, result.rowTotals)).toBe(false);
      cells.forEach((row, r) => row.forEach((v, c) => v > 0 && v < 3 && expect(result.cells[r]![c]).toBe("small")));
    }
  });

  test("a total that one table lists as a row and another shows as its total is protected in both", () => {
    // The whole country 19 = 関東 12 + 近畿 2 + 九州 5 (the bureau table); 九州 5 = 福岡 5 + 佐賀 0 (九州's own
    // prefecture table). 近畿 is small; 九州, the smallest other bureau, is hidden with it; 九州's total being
    // hidden, its prefecture table would still add up to it: 福岡 is hidden too.
    const values = [19, 12, 2, 5, 5, 0];
    const lines = [
      {total: 0, parts: [1, 2, 3]},
      {total: 3, parts: [4, 5]}
    ];
    const states = suppressCells({values, lines});
    expect(states).toEqual(["shown", "shown", "small", "complementary", "complementary", "shown"]);
  });
});
