// An RFC 4180 record reader that keeps, for every record, the character span it came from, so that a rejected
// record can be reported with its physical lines and raw text.
//
// Why not papaparse: its error `row` is not a line number (and differs between error kinds), and after a stray
// quote it merges the next valid line into the broken record (measured on our fixtures). Here a quote error
// rejects only the lines it consumed and reading resumes at the next line, as DuckDB's own reader does.

const QUOTE = 34;
const BOM = 0xfeff;
const LF = 10;
const CR = 13;

export interface CsvRecord {
  kind: "record";
  fields: string[];
  /** Offset of the record's first character. */
  start: number;
  /** Offset just past the record's last character, before its line break. */
  end: number;
}

export type CsvErrorType = "stray-quote" | "unclosed-quote";

export interface CsvSyntaxError {
  kind: "error";
  type: CsvErrorType;
  message: string;
  start: number;
  end: number;
}

export type CsvItem = CsvRecord | CsvSyntaxError;

/**
 * Reads every record of `text` in order. Empty lines are skipped; everything else becomes either a record or a
 * syntax error covering the characters it consumed, so that records and errors together cover the whole text.
 * Reading stops early when `visit` returns false.
 */
export function readCsvRecords(text: string, visit: (item: CsvItem) => boolean | void, delimiter = ","): void {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let pos = 0;

  records: while (pos < n) {
    const start = pos;
    const first = text.charCodeAt(pos);
    if (first === LF || first === CR) {
      pos += first === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      continue;
    }
    // A byte-order mark mid-file is what `cat a.csv b.csv` leaves before the second header: not data.
    if (first === BOM) pos++;
    const fields: string[] = [];
    for (;;) {
      let c = text.charCodeAt(pos);
      if (c === QUOTE) {
        let value = "";
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            // No closing quote anywhere: reject this line only and go on with the next one, so that one stray
            // opening quote does not swallow the rest of the file.
            const end = endOfLine(text, start);
            if (visit({kind: "error", type: "unclosed-quote", message: "a quoted field is never closed", start, end}) === false) return;
            pos = afterLineBreak(text, end);
            continue records;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        fields.push(value);
        c = text.charCodeAt(pos);
        if (c === delim) {
          pos++;
          continue;
        }
        if (c === LF || c === CR || pos >= n) {
          if (visit({kind: "record", fields, start, end: pos}) === false) return;
          pos = afterLineBreak(text, pos);
          continue records;
        }
        // Text right after a closing quote: the quote was not a closing quote after all.
        const errorLineStart = startOfLine(text, pos);
        if (errorLineStart > start) {
          // The field opened on an earlier line and "closed" on the quote that opens this line: most likely an
          // unclosed quote. Reject the lines before this one and read this line afresh.
          const stop = visit({
            kind: "error",
            type: "unclosed-quote",
            message: "a quoted field is not closed before the next record",
            start,
            end: trimLineBreak(text, errorLineStart)
          });
          if (stop === false) return;
          pos = errorLineStart;
        } else {
          const end = endOfLine(text, pos);
          const stop = visit({
            kind: "error",
            type: "stray-quote",
            message: `unexpected text after a closing quote (column ${fields.length})`,
            start,
            end
          });
          if (stop === false) return;
          pos = afterLineBreak(text, end);
        }
        continue records;
      }
      let p = pos;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === delim || c === LF || c === CR) break;
        p++;
      }
      fields.push(text.slice(pos, p));
      if (p < n && c === delim) {
        pos = p + 1;
        if (pos === n) {
          fields.push("");
          visit({kind: "record", fields, start, end: pos});
          return;
        }
        continue;
      }
      if (visit({kind: "record", fields, start, end: p}) === false) return;
      pos = afterLineBreak(text, p);
      continue records;
    }
  }
}

function endOfLine(text: string, from: number): number {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === LF || c === CR) break;
    p++;
  }
  return p;
}

function afterLineBreak(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  if (c === LF) return at + 1;
  return at;
}

function startOfLine(text: string, at: number): number {
  let p = at;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (c === LF || c === CR) break;
    p--;
  }
  return p;
}

function trimLineBreak(text: string, lineStart: number): number {
  let p = lineStart;
  if (p > 0 && text.charCodeAt(p - 1) === LF) p--;
  if (p > 0 && text.charCodeAt(p - 1) === CR) p--;
  return p;
}
