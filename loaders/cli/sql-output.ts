// The three shapes of a query result that chizai sql prints: an aligned table for reading in a terminal, CSV
// (RFC 4180) for Excel and scripts, JSON (an array of objects) for programs. Pure functions of a PlainTable, so the
// shell and the one-shot command print the same thing.

import type {PlainTable, PlainValue} from "../warehouse/query.js";
import {terminalText} from "./terminal-text.js";

export type SqlOutputFormat = "table" | "csv" | "json";

/** A table cell wider than this is cut with "…": one long 要約 should not push every other column off the screen. */
const MAX_CELL_WIDTH = 60;

/** Output for `format`. `forTerminal` escapes control characters from the data (CSV and JSON piped to a file stay exact). */
export function formatResult(table: PlainTable, format: SqlOutputFormat, forTerminal: boolean): string {
  if (format === "json") return formatJson(table, forTerminal);
  if (format === "csv") return formatCsv(table, forTerminal);
  return formatTable(table);
}

export function formatTable(table: PlainTable): string {
  const cells = table.rows.map((row) => row.map((value) => clip(terminalText(cellText(value, "NULL")))));
  const header = table.columns.map((name) => clip(terminalText(name)));
  const widths = header.map((name, i) => Math.max(displayWidth(name), ...cells.map((row) => displayWidth(row[i]!))));
  // Numbers line up on the right, as in a spreadsheet; everything else on the left.
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((row) => typeof row[i] === "number" || row[i] === null));
  const line = (values: string[]) =>
    values.map((value, i) => (numeric[i] ? padStart(value, widths[i]!) : padEnd(value, widths[i]!))).join(" │ ").trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const count = `(${table.rows.length} row${table.rows.length === 1 ? "" : "s"})`;
  return [line(header), rule, ...cells.map(line), count].join("\n");
}

/** RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line break; NULL is empty. */
export function formatCsv(table: PlainTable, forTerminal = false): string {
  const field = (text: string) => {
    const quoted = /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    return forTerminal ? terminalText(quoted) : quoted;
  };
  const lines = [table.columns.map(field), ...table.rows.map((row) => row.map((value) => field(cellText(value, ""))))];
  return lines.map((fields) => fields.join(",")).join("\r\n") + "\r\n";
}

export function formatJson(table: PlainTable, forTerminal = false): string {
  const objects = table.rows.map((row) => Object.fromEntries(table.columns.map((name, i) => [name, row[i] ?? null])));
  const json = JSON.stringify(objects, null, 2);
  // JSON.stringify escapes C0 controls already; C1 controls and bidi overrides it leaves as they are.
  return forTerminal ? terminalText(json) : json;
}

function cellText(value: PlainValue, nullText: string): string {
  if (value === null) return nullText;
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** Columns a string takes in a terminal: East Asian wide and fullwidth characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, punctuation
    (code >= 0x3041 && code <= 0x33ff) || // Hiragana, Katakana, CJK symbols
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xa000 && code <= 0xa4cf) || // Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // Fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) || // pictographs and emoji
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions B and beyond
  );
}

function clip(text: string): string {
  if (displayWidth(text) <= MAX_CELL_WIDTH) return text;
  let out = "";
  for (const char of text) {
    if (displayWidth(out + char) > MAX_CELL_WIDTH - 1) break;
    out += char;
  }
  return `${out}…`;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
