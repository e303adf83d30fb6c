// CSV that Excel (Japanese Windows included) opens correctly and safely.
//
// - UTF-8 with a BOM: without it Excel assumes CP932 and garbles Japanese.
// - CRLF line endings and RFC 4180 quoting (fields with `"`, `,`, CR or LF are quoted, quotes doubled).
// - Formula injection: a TEXT cell starting with = + - @ TAB or CR would be evaluated by Excel, so it gets a leading
//   apostrophe. Numbers are written as numbers and never prefixed, so -12 stays a negative number. The flip side: a
//   number carried as text ("-12") is exported as "'-12". Keep numeric columns numeric (tableToRows in parquet.ts
//   does that at the data boundary). Full-width ＝＋－＠ are not touched: Excel does not evaluate them and "－" is a
//   common placeholder in J-PlatPat data.

import {downloadBlob, safeFileName} from "./download.js";

export type CsvColumn = string | {key: string; label?: string};

export interface CsvTable {
  rows: Iterable<Record<string, unknown>>;
  /** Keys to export, in order; `label` (Japanese allowed) becomes the header, defaulting to the key. */
  columns: readonly CsvColumn[];
}

const BOM = "\uFEFF";
const CRLF = "\r\n";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function columnKey(column: CsvColumn): string {
  return typeof column === "string" ? column : column.key;
}

function columnLabel(column: CsvColumn): string {
  return typeof column === "string" ? column : (column.label ?? column.key);
}

/** A calendar date (UTC midnight, see format.ts) as 2024-01-07, which Excel reads as a date; other instants as ISO. */
function dateCell(value: Date): string {
  if (Number.isNaN(value.getTime())) return "";
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** Neutralises text that a spreadsheet would run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One cell: numbers and dates as values, everything else as neutralised text. */
export function csvCell(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return dateCell(value);
  return quote(neutraliseFormula(String(value)));
}

/** The whole file as a string: BOM, header row of labels, one CRLF-terminated line per row. */
export function toCsv(rows: Iterable<Record<string, unknown>>, columns: readonly CsvColumn[]): string {
  const lines = [columns.map((c) => csvCell(columnLabel(c))).join(",")];
  const keys = columns.map(columnKey);
  for (const row of rows) lines.push(keys.map((key) => csvCell(row[key])).join(","));
  return BOM + lines.join(CRLF) + CRLF;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], {type: "text/csv;charset=utf-8"});
}

/** Saves `table` as `<fileStem>.csv`. */
export function downloadCsv({rows, columns}: CsvTable, fileStem: string): void {
  downloadBlob(csvBlob(toCsv(rows, columns)), safeFileName(fileStem, "csv"));
}
