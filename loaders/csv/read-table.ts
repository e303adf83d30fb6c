// A header-driven table over the CSV records of one decoded file, for every kind of input (J-PlatPat exports,
// KPI sheets). It keeps every record accounted for: a data row, a header, a blank row, or a reject with its
// physical line span and raw text.
//
// Two exports pasted together (`cat a.csv b.csv`) carry a second header mid-file, possibly with another column
// variant: a record that reads as a header switches the column mapping for the rows after it.

import {LineIndex} from "./line-index.js";
import {readCsvRecords} from "./read-records.js";

export interface RejectedRow {
  lineStart: number;
  lineEnd: number;
  /** Frictionless-style error type: field-count, stray-quote, unclosed-quote, required-value, type-error, … */
  errorType: string;
  reason: string;
  raw: string;
}

export interface TableHeader {
  columnCount: number;
}

export class TableRow<H extends TableHeader> {
  constructor(
    readonly header: H,
    readonly fields: string[],
    readonly lineStart: number,
    readonly lineEnd: number,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number
  ) {}

  /** The record's raw text, sliced on demand: it is only needed when the row is rejected later. */
  raw(): string {
    return this.text.slice(this.start, this.end);
  }
}

export interface Table<H extends TableHeader> {
  /** The header on line 1 (after any blank lines). */
  header: H;
  /** The header's cells as written. */
  headerCells: string[];
  /** Every header read, in order: more than one when exports were pasted together. */
  headers: H[];
  rows: TableRow<H>[];
  rejects: RejectedRow[];
  /** Empty lines and rows whose every cell is empty (Excel writes `,,,,`): not data, not counted as read. */
  blankRows: number;
}

/**
 * Reads `text` as a table whose first record must satisfy `readHeader`; returns null when it does not (the
 * caller refuses the file). Field counts are checked against the header in force: trailing empty cells beyond
 * it (Excel pads rows) are dropped, any other mismatch rejects the row.
 */
export function readTable<H extends TableHeader>(text: string, readHeader: (cells: string[]) => H | null): Table<H> | null {
  const lines = new LineIndex(text);
  let header: H | null = null;
  let headerCells: string[] = [];
  let current: H | null = null;
  const headers: H[] = [];
  let blankRows = 0;
  let refused = false;
  const rows: TableRow<H>[] = [];
  const rejects: RejectedRow[] = [];

  readCsvRecords(text, (item) => {
    if (refused) return;
    const lineStart = lines.lineAt(item.start);
    const lineEnd = lines.lineAt(Math.max(item.start, item.end - 1));
    if (item.kind === "error") {
      if (current === null) refused = true;
      else rejects.push({lineStart, lineEnd, errorType: item.type, reason: item.message, raw: text.slice(item.start, item.end)});
      return;
    }
    const fields = item.fields;
    if (fields.every((f) => f.trim() === "")) {
      blankRows++;
      return;
    }
    const asHeader = readHeader(fields);
    if (asHeader) {
      if (header === null) {
        header = asHeader;
        headerCells = fields;
      }
      current = asHeader;
      headers.push(asHeader);
      return;
    }
    if (current === null) {
      refused = true;
      return;
    }
    const expected = current.columnCount;
    if (fields.length > expected && fields.slice(expected).every((f) => f === "")) fields.length = expected;
    if (fields.length !== expected) {
      rejects.push({
        lineStart,
        lineEnd,
        errorType: "field-count",
        reason: `expected ${expected} fields, found ${fields.length}`,
        raw: text.slice(item.start, item.end)
      });
      return;
    }
    rows.push(new TableRow(current, fields, lineStart, lineEnd, text, item.start, item.end));
  });

  if (refused || header === null) return null;
  return {header, headerCells, headers, rows, rejects, blankRows};
}

/** The cells of the first non-empty record, for deciding which kind of file this is; null if there is none. */
export function firstRecordCells(text: string): string[] | null {
  let cells: string[] | null = null;
  readCsvRecords(text, (item) => {
    if (item.kind === "error") return false;
    if (item.fields.every((f) => f.trim() === "")) return true;
    cells = item.fields;
    return false;
  });
  return cells;
}
