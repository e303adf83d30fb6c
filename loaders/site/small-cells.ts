// Small-cell suppression for the publication build of the 支援成果 page. The list of supported companies is not
// public; a published count of one or two companies, next to public patent data, can name them. So:
//
// - primary: a count of 1 or 2 (fewer than `threshold`, zero excepted: "none" names nobody) is hidden and shown
//   as `<3`;
// - secondary: where a total is published beside its parts (a row or column total, or a bureau's total that the
//   whole-country table also lists), a single hidden part would be the total minus the parts shown. When exactly one
//   part of such a line is hidden, the smallest other part is hidden too (a non-zero one when there is one: hiding
//   a zero protects little); when no other part is left, the total itself is hidden. A hidden total whose parts are
//   all shown would be their sum: one part is hidden with it;
// - a group (the companies supported and the counts that are parts of them: linked, filing after, …) follows its
//   first cell: when that is hidden, the whole group is;
// - hiding a cell can leave a single hidden cell in another line, so the rules repeat until nothing changes.
//
// Pure: the loaders apply it to every figure of a publication build before anything is written (outcomes.ts).

export type CellState = "shown" | "small" | "complementary";

export const SMALL_CELL_THRESHOLD = 3;

/** A published total and the published cells it is the sum of (indexes into `values`). */
export interface TotalLine {
  total: number;
  parts: readonly number[];
}

export interface SuppressionProblem {
  values: readonly number[];
  lines?: readonly TotalLine[];
  /** Groups of cells whose first cell, when hidden, hides the rest. */
  groups?: readonly (readonly number[])[];
  /** Counts from 1 to threshold − 1 are hidden. Default 3. */
  threshold?: number;
}

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

/** The state of every cell of `values` once the rules above reach their fixed point. */
export function suppressCells(problem: SuppressionProblem): CellState[] {
  const threshold = problem.threshold ?? SMALL_CELL_THRESHOLD;
  const {values} = problem;
  const states: CellState[] = values.map((v) => (isSmall(v, threshold) ? "small" : "shown"));
  const hide = (cell: number, state: CellState): boolean => {
    if (states[cell] !== "shown") return false;
    states[cell] = state;
    return true;
  };
  /** The smallest shown cell among `cells`, a non-zero one first; undefined when every one is hidden. */
  const smallestShown = (cells: readonly number[]): number | undefined =>
    cells
      .filter((cell) => states[cell] === "shown")
      .sort((a, b) => Number(values[a] === 0) - Number(values[b] === 0) || values[a]! - values[b]! || a - b)[0];

  for (let changed = true; changed; ) {
    changed = false;
    for (const [lead, ...members] of problem.groups ?? []) {
      if (lead === undefined || states[lead] === "shown") continue;
      // The members count part of the lead's companies: fewer than the threshold when the lead is small.
      const state: CellState = states[lead] === "small" ? "small" : "complementary";
      for (const member of members) changed = hide(member, state) || changed;
    }
    for (const line of problem.lines ?? []) {
      const hiddenParts = line.parts.filter((cell) => states[cell] !== "shown").length;
      if (states[line.total] === "shown") {
        if (hiddenParts !== 1) continue;
        const next = smallestShown(line.parts);
        changed = (next === undefined ? hide(line.total, "complementary") : hide(next, "complementary")) || changed;
      } else if (hiddenParts === 0 && line.parts.length > 0 && values[line.total]! > 0) {
        const next = smallestShown(line.parts);
        if (next !== undefined) changed = hide(next, "complementary") || changed;
      }
    }
  }
  return states;
}

// ---------------------------------------------------------------------------------------------------------------
// One table with its totals: the common case, and the shape the unit tests describe.

export interface TableSuppressionInput {
  /** The body, rows × columns, counts of companies. */
  cells: readonly (readonly number[])[];
  /** Published totals of each column over the rows (a total row); omit when the table has none. */
  columnTotals?: readonly number[];
  /** Published totals of each row over the columns (a total column); omit when the table has none. */
  rowTotals?: readonly number[];
  /** A column whose hidden cell hides its whole row: the count the other columns are subsets of. */
  leadColumn?: number;
  threshold?: number;
}

export interface TableSuppression {
  cells: CellState[][];
  columnTotals: CellState[];
  rowTotals: CellState[];
}

export function suppressSmallCells(input: TableSuppressionInput): TableSuppression {
  const {cells} = input;
  const width = cells[0]?.length ?? 0;
  const values: number[] = cells.flat();
  const at = (r: number, c: number) => r * width + c;
  const columnTotalAt = values.length;
  values.push(...(input.columnTotals ?? []));
  const rowTotalAt = values.length;
  values.push(...(input.rowTotals ?? []));

  const lines: TotalLine[] = [];
  if (input.columnTotals) {
    for (let c = 0; c < width; ++c) lines.push({total: columnTotalAt + c, parts: cells.map((_, r) => at(r, c))});
  }
  if (input.rowTotals) {
    cells.forEach((row, r) => lines.push({total: rowTotalAt + r, parts: row.map((_, c) => at(r, c))}));
  }
  const lead = input.leadColumn;
  const groups =
    lead === undefined
      ? []
      : cells.map((row, r) => [at(r, lead), ...row.flatMap((_, c) => (c === lead ? [] : [at(r, c)]))]);

  const states = suppressCells({values, lines, groups, threshold: input.threshold});
  return {
    cells: cells.map((row, r) => row.map((_, c) => states[at(r, c)]!)),
    columnTotals: (input.columnTotals ?? []).map((_, c) => states[columnTotalAt + c]!),
    rowTotals: (input.rowTotals ?? []).map((_, r) => states[rowTotalAt + r]!)
  };
}
