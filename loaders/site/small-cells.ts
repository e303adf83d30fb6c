// Small-cell suppression for the publication build of the 支援成果 page. The list of supported companies is not
// public; a published count of one or two companies, next to public patent data, can name them. So:
//
// - primary: a count of 1 or 2 (fewer than `threshold`, zero excepted: "none" names nobody) is hidden and shown
//   as `<3`;
// - secondary: where a table publishes a total, a single hidden cell in that row or column would be the total minus
//   the cells shown. When exactly one cell of such a line is hidden, the smallest other cell is hidden too (a
//   non-zero one when there is one: hiding a zero next to the cell protects little). When no other cell is left,
//   the total itself is hidden;
// - a "lead" column (the companies supported, of which the other columns are parts) hides its whole row with it;
// - hiding a cell can leave a single hidden cell in another line, so the rules repeat until nothing changes.
//
// Pure: the loaders apply it to each table before anything is written (loaders/site/outcomes.ts).

export type CellState = "shown" | "small" | "complementary";

export interface SuppressionInput {
  /** The body, rows × columns, counts of companies. */
  cells: readonly (readonly number[])[];
  /** Published totals of each column over the rows (a total row); omit when the table has none. */
  columnTotals?: readonly number[];
  /** Published totals of each row over the columns (a total column); omit when the table has none. */
  rowTotals?: readonly number[];
  /** A column whose hidden cell hides its whole row: the count the other columns are subsets of. */
  leadColumn?: number;
  /** Counts from 1 to threshold − 1 are hidden. Default 3. */
  threshold?: number;
}

export interface Suppression {
  cells: CellState[][];
  columnTotals: CellState[];
  rowTotals: CellState[];
}

export const SMALL_CELL_THRESHOLD = 3;

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

/** One line of the table (a row or a column): where its cells are and where its published total is. */
interface Line {
  cells: Array<[number, number]>;
  total: {states: CellState[]; index: number};
}

export function suppressSmallCells(input: SuppressionInput): Suppression {
  const threshold = input.threshold ?? SMALL_CELL_THRESHOLD;
  const {cells} = input;
  const width = cells[0]?.length ?? 0;
  const states: CellState[][] = cells.map((row) => row.map((v) => (isSmall(v, threshold) ? "small" : "shown")));
  const columnTotals: CellState[] = (input.columnTotals ?? []).map((v) => (isSmall(v, threshold) ? "small" : "shown"));
  const rowTotals: CellState[] = (input.rowTotals ?? []).map((v) => (isSmall(v, threshold) ? "small" : "shown"));

  const lines: Line[] = [];
  if (input.columnTotals) {
    for (let c = 0; c < width; ++c) {
      lines.push({cells: cells.map((_, r) => [r, c] as [number, number]), total: {states: columnTotals, index: c}});
    }
  }
  if (input.rowTotals) {
    cells.forEach((row, r) => {
      lines.push({cells: row.map((_, c) => [r, c] as [number, number]), total: {states: rowTotals, index: r}});
    });
  }

  const hide = (r: number, c: number, state: CellState) => {
    if (states[r]![c] !== "shown") return false;
    states[r]![c] = state;
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    if (input.leadColumn !== undefined) {
      const lead = input.leadColumn;
      states.forEach((row, r) => {
        if (row[lead] === "shown") return;
        // The other columns count part of the lead's companies: fewer than the threshold when the lead is small.
        const state: CellState = row[lead] === "small" ? "small" : "complementary";
        row.forEach((_, c) => (changed = hide(r, c, state) || changed));
      });
    }
    for (const line of lines) {
      if (line.total.states[line.total.index] !== "shown") continue;
      const hidden = line.cells.filter(([r, c]) => states[r]![c] !== "shown");
      if (hidden.length !== 1) continue;
      const candidates = line.cells
        .filter(([r, c]) => states[r]![c] === "shown")
        .sort(([r1, c1], [r2, c2]) => {
          const a = cells[r1]![c1]!;
          const b = cells[r2]![c2]!;
          return Number(a === 0) - Number(b === 0) || a - b;
        });
      const next = candidates[0];
      if (next) hide(next[0], next[1], "complementary");
      else line.total.states[line.total.index] = "complementary";
      changed = true;
    }
  }
  return {cells: states, columnTotals, rowTotals};
}
