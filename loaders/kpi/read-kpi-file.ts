// One decoded KPI sheet → the facts it states (one per key, after the file's own restatements), its rejected rows
// and its counts. Pure: no I/O, no database; the reference data comes in as `lookups`.
//
// How rows count (rowsRead = rowsLoaded + mergedInFile + rejects.length; a row is one CSV data record, whatever
// number of facts it yields):
// - rejected: the record is broken (field count, quotes) or normaliseKpiRecord refuses it (unknown prefecture,
//   program or metric, a bad number, …). The whole row is rejected, even when only one month of a wide row is
//   bad: loading the other eleven would leave a series that silently lacks a month.
// - loaded: the row states at least one key (fiscal year, month, prefecture, program, metric) that no earlier row
//   of the file stated. A wide row that yields 12 monthly facts and an annual target counts once. Whether its keys
//   are new to the warehouse or replace figures of earlier files is not a row count: the facts that replaced
//   earlier values are counted apart, in rowsSuperseded (load-kpi-facts.ts).
// - merged: the row is accepted but adds no key of its own: every fact it states repeats a key an earlier row of
//   the file stated (the later row's figures win, see restate-fact.ts), or it states no figure at all.
//
// A row that names its keys but leaves every figure empty (or writes "-") is accepted, not rejected: bureaus send
// sheets before every month is in, and an empty cell is not an error. It loads nothing and erases nothing, so it
// counts as merged, and a warning lists its lines.

import {readTable, type RejectedRow, type TableHeader} from "../csv/read-table.js";
import type {ReadFile} from "../ingest/file-kind.js";
import type {KpiLookups} from "./kpi-lookups.js";
import {normaliseKpiRecord, type KpiFact} from "./kpi-row.js";
import {detectKpiLayout, type KpiLayout} from "./layouts.js";
import {kpiFactKey, restateFact, type SourcedKpiFact} from "./restate-fact.js";

export interface KpiTableHeader extends TableHeader {
  layout: KpiLayout;
}

export interface KpiFile extends ReadFile {
  /** One per key, as the file finally states it, in the order first seen. */
  facts: SourcedKpiFact[];
  /** Earlier states of a key that a later row of the same file changed (kept in kpi_fact_history). */
  replacedInFile: SourcedKpiFact[];
  /** Rows that state at least one key no earlier row of the file stated. */
  rowsLoaded: number;
  /** Accepted rows that add no key of their own: repeats, and rows that state no figure. */
  mergedInFile: number;
}

// Lines and pairs listed in a warning before "and N more".
const LINES_SHOWN = 10;
const RESTATEMENTS_SHOWN = 5;

/** Reads a KPI sheet; null when its first record is not a KPI header. */
export function readKpiFile(text: string, lookups: KpiLookups): KpiFile | null {
  const table = readTable(text, readKpiHeader);
  if (!table) return null;

  const byKey = new Map<string, SourcedKpiFact>();
  const replacedInFile: SourcedKpiFact[] = [];
  const rejects: RejectedRow[] = [...table.rejects];
  let rowsLoaded = 0;
  let mergedInFile = 0;
  const figurelessLines: number[] = [];
  const noteLines = new Map<string, number[]>();
  const conflicts: string[] = [];

  for (const row of table.rows) {
    const result = normaliseKpiRecord(row.fields, row.header.layout, lookups);
    if (!result.ok) {
      const {errorType, reason} = result;
      rejects.push({lineStart: row.lineStart, lineEnd: row.lineEnd, errorType, reason, raw: row.raw()});
      continue;
    }
    for (const note of result.notes) {
      const lines = noteLines.get(note);
      if (lines) lines.push(row.lineStart);
      else noteLines.set(note, [row.lineStart]);
    }
    if (result.facts.length === 0) figurelessLines.push(row.lineStart);

    let statesNewKey = false;
    for (const fact of result.facts) {
      const key = kpiFactKey(fact);
      const earlier = byKey.get(key);
      if (!earlier) {
        byKey.set(key, {fact, lineStart: row.lineStart, lineEnd: row.lineEnd});
        statesNewKey = true;
        continue;
      }
      const restated = restateFact(earlier.fact, fact);
      if (restated === null) continue;
      if (contradicts(earlier.fact, fact)) conflicts.push(`line ${row.lineStart} over line ${earlier.lineStart}`);
      replacedInFile.push(earlier);
      byKey.set(key, {fact: restated, lineStart: row.lineStart, lineEnd: row.lineEnd});
    }
    if (statesNewKey) rowsLoaded++;
    else mergedInFile++;
  }
  rejects.sort((a, b) => a.lineStart - b.lineStart);

  const warnings: string[] = [];
  const ignored = new Set(table.headers.flatMap((h) => h.layout.ignoredColumns));
  if (ignored.size > 0) warnings.push(`columns not read: ${[...ignored].join(", ")}`);
  if (table.headers.length > 1) {
    warnings.push(`${table.headers.length} headers: sheets pasted together were read as their rows`);
  }
  if (figurelessLines.length > 0) {
    warnings.push(
      `${rowCount(figurelessLines.length)} no figure (empty or a dash): nothing loaded, no earlier ` +
        `figure erased (${describeLines(figurelessLines)})`
    );
  }
  for (const [note, lines] of noteLines) warnings.push(`${note} (${describeLines(lines)})`);
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, RESTATEMENTS_SHOWN).join(", ");
    const more = conflicts.length > RESTATEMENTS_SHOWN ? ` and ${conflicts.length - RESTATEMENTS_SHOWN} more` : "";
    warnings.push(
      `${conflicts.length === 1 ? "1 figure is" : `${conflicts.length} figures are`} stated twice in this file ` +
        `with different values; the later row wins and the earlier value is kept in kpi_fact_history: ${shown}${more}`
    );
  }

  return {
    headerCells: table.headerCells,
    headerCount: table.headers.length,
    rowsRead: table.rows.length + table.rejects.length,
    rejects,
    blankRows: table.blankRows,
    warnings,
    facts: [...byKey.values()],
    replacedInFile,
    rowsLoaded,
    mergedInFile
  };
}

/**
 * The header as readTable needs it. Its width ends at the last named column: Excel pads a header with empty cells
 * as readily as it pads rows, and a row is not wrong for lacking cells under no heading.
 */
function readKpiHeader(cells: string[]): KpiTableHeader | null {
  const layout = detectKpiLayout(cells);
  if (!layout) return null;
  let columnCount = cells.length;
  while (columnCount > 0 && cells[columnCount - 1]!.trim() === "") columnCount--;
  return {layout, columnCount};
}

/** A later statement that gives a different value where the earlier one had a value: worth telling the user. */
function contradicts(earlier: KpiFact, later: KpiFact): boolean {
  const differs = (a: number | null, b: number | null) => a !== null && b !== null && a !== b;
  return differs(earlier.actual, later.actual) || differs(earlier.target, later.target);
}

function rowCount(count: number): string {
  return count === 1 ? "1 row states" : `${count} rows state`;
}

function describeLines(lines: readonly number[]): string {
  const shown = lines.slice(0, LINES_SHOWN).join(", ");
  const more = lines.length > LINES_SHOWN ? ` and ${lines.length - LINES_SHOWN} more` : "";
  return `${lines.length === 1 ? "line" : "lines"} ${shown}${more}`;
}
