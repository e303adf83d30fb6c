// The three shapes of a query result that chizai sql prints: an aligned table for reading in a terminal, CSV
// (RFC 4180) for Excel and scripts, JSON (an array of objects) for programs. CSV and JSON are written chunk by chunk,
// so exporting every row of a large warehouse takes no more memory than a few thousand rows; a table shows the first
// TABLE_ROWS rows and says how many there were. The shell and the one-shot command print through the same function.

import type {PlainRowStream, PlainValue} from "../warehouse/query.js";
import {terminalText} from "./terminal-text.js";

export type SqlOutputFormat = "table" | "csv" | "json";

/** A table cell wider than this is cut with "…": one long 要約 should not push every other column off the screen. */
const MAX_CELL_WIDTH = 60;

/** Rows a table shows; more than a screenful is for --csv or --json. */
export const TABLE_ROWS = 1000;

const number = new Intl.NumberFormat("en-US");

/**
 * Writes `result` in `format` through `write`, which resolves when the text is taken (so a slow pipe holds the query
 * back instead of filling memory). `forTerminal` escapes control characters from the data; CSV and JSON written to
 * a file stay exact.
 */
export async function writeResult(
  result: PlainRowStream,
  format: SqlOutputFormat,
  forTerminal: boolean,
  write: (text: string) => Promise<void>
): Promise<void> {
  if (format === "csv") {
    await write(csvLine(result.columns, forTerminal));
    for await (const rows of result.chunks) await write(rows.map((row) => csvLine(row, forTerminal)).join(""));
    return;
  }
  if (format === "json") {
    let first = true;
    await write("[");
    for await (const rows of result.chunks) {
      const objects = rows.map((row) => jsonObject(result.columns, row, forTerminal));
      await write((first ? "\n" : ",\n") + objects.join(",\n"));
      first = false;
    }
    await write(first ? "]\n" : "\n]\n");
    return;
  }
  const shown: PlainValue[][] = [];
  let total = 0;
  for await (const rows of result.chunks) {
    shown.push(...rows.slice(0, TABLE_ROWS - shown.length));
    total += rows.length;
  }
  await write(`${formatTable(result.columns, shown, total)}\n`);
}

/** An aligned table of `rows`, with a last line that counts `total` rows. */
export function formatTable(columns: readonly string[], rows: readonly PlainValue[][], total = rows.length): string {
  const cells = rows.map((row) => row.map((value) => clip(terminalText(cellText(value, "NULL")))));
  const header = columns.map((name) => clip(terminalText(name)));
  const widths = header.map((name, i) => Math.max(displayWidth(name), ...cells.map((row) => displayWidth(row[i]!))));
  // Numbers line up on the right, as in a spreadsheet; everything else on the left.
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number" || row[i] === null));
  const line = (values: string[]) =>
    values.map((value, i) => (numeric[i] ? padStart(value, widths[i]!) : padEnd(value, widths[i]!))).join(" │ ").trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const count =
    total > rows.length
      ? `(the first ${number.format(rows.length)} of ${number.format(total)} rows; --csv or --json prints them all)`
      : `(${number.format(total)} row${total === 1 ? "" : "s"})`;
  return [line(header), rule, ...cells.map(line), count].join("\n");
}

/** RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line break; NULL is empty. */
export function csvLine(values: readonly PlainValue[], forTerminal = false): string {
  const field = (value: PlainValue) => {
    const text = cellText(value, "");
    const quoted = /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    return forTerminal ? terminalText(quoted) : quoted;
  };
  return `${values.map(field).join(",")}\r\n`;
}

/** One row as an indented JSON object, as it stands in the array JSON.stringify(rows, null, 2) would write. */
export function jsonObject(columns: readonly string[], row: readonly PlainValue[], forTerminal = false): string {
  const json = JSON.stringify(Object.fromEntries(columns.map((name, i) => [name, row[i] ?? null])), null, 2).replace(/^/gm, "  ");
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

/** A `write` for writeResult that waits while `stream`'s buffer is full. */
export function writerFor(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise((resolve, reject) => {
      if (stream.write(text, (error) => error && reject(error))) resolve();
      else stream.once("drain", resolve);
    });
}
