import {describe, expect, it} from "vitest";
import {LineIndex} from "../../loaders/csv/line-index.js";
import {readCsvRecords, type CsvItem} from "../../loaders/csv/read-records.js";
import {readTable} from "../../loaders/csv/read-table.js";

function items(text: string): CsvItem[] {
  const out: CsvItem[] = [];
  readCsvRecords(text, (item) => void out.push(item));
  return out;
}

function spans(text: string): Array<[string, number, number]> {
  const lines = new LineIndex(text);
  return items(text).map((i) => [i.kind === "record" ? i.fields.join("|") : i.type, lines.lineAt(i.start), lines.lineAt(Math.max(i.start, i.end - 1))]);
}

describe("readCsvRecords", () => {
  it("reads quoted fields with commas, doubled quotes and embedded line breaks", () => {
    const got = items('"a,b","say ""hi""","line1\nline2"\n');
    expect(got).toEqual([{kind: "record", fields: ["a,b", 'say "hi"', "line1\nline2"], start: 0, end: 32}]);
  });

  it("accepts LF, CRLF and a final record without line break, and skips empty lines", () => {
    expect(items("a,b\r\n\r\nc,d\ne,f").map((i) => (i.kind === "record" ? i.fields : i.type))).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"]
    ]);
  });

  it("keeps empty trailing fields", () => {
    expect(items('1,,"",\n').map((i) => (i.kind === "record" ? i.fields : null))).toEqual([["1", "", "", ""]]);
  });

  it("rejects only the line of a stray quote and reads the next line (DuckDB's nightmare.csv line 22–23)", () => {
    expect(spans('a,b\n1,2,"pedro"bla\n23,2,"pedro"\n')).toEqual([
      ["a|b", 1, 1],
      ["stray-quote", 2, 2],
      ["23|2|pedro", 3, 3]
    ]);
  });

  it("rejects the lines of an unclosed quote and resumes at the record whose quote it swallowed", () => {
    const text = '"h1","h2"\n"ok","multi\nline"\n"broken,"x"\n"next","row"\n';
    expect(spans(text)).toEqual([
      ["h1|h2", 1, 1],
      ["ok|multi\nline", 2, 3],
      ["stray-quote", 4, 4],
      ["next|row", 5, 5]
    ]);
    const swallowing = '"h1","h2"\n"open,x\n"next","row"\n';
    expect(spans(swallowing)).toEqual([
      ["h1|h2", 1, 1],
      ["unclosed-quote", 2, 2],
      ["next|row", 3, 3]
    ]);
  });

  it("rejects one line for a quote never closed before the end of the file, and goes on", () => {
    expect(spans('a,b\n"open,1\n2,3\n')).toEqual([
      ["a|b", 1, 1],
      ["unclosed-quote", 2, 2],
      ["2|3", 3, 3]
    ]);
  });

  it("skips a byte-order mark left before a second header by concatenated files", () => {
    expect(items('"a"\n\uFEFF"a"\n').map((i) => (i.kind === "record" ? i.fields : i.type))).toEqual([["a"], ["a"]]);
  });

  it("covers every character of the text with records and errors (nothing silently dropped)", () => {
    const text = '"h","i"\n"a","b"x\n"c\n"d","e"\n\n"f","g"';
    const covered = items(text).reduce((sum, i) => sum + (i.end - i.start), 0);
    const lineBreaks = (text.match(/\n/g) ?? []).length;
    expect(covered + lineBreaks).toBe(text.length);
  });

  it("stops when the visitor returns false", () => {
    let seen = 0;
    readCsvRecords("a\nb\nc\n", () => ++seen < 2);
    expect(seen).toBe(2);
  });
});

describe("LineIndex", () => {
  it("numbers physical lines from 1 for LF, CRLF and lone CR", () => {
    const lf = new LineIndex("a\nb\nc");
    expect([lf.lineAt(0), lf.lineAt(2), lf.lineAt(4), lf.lineCount]).toEqual([1, 2, 3, 3]);
    const crlf = new LineIndex("a\r\nb\rc\n");
    expect([crlf.lineAt(0), crlf.lineAt(3), crlf.lineAt(5), crlf.lineCount]).toEqual([1, 2, 3, 3]);
  });
});

describe("readTable", () => {
  const header = (cells: string[]) => (cells[0] === "id" ? {columnCount: cells.length} : null);

  it("refuses a text whose first record is not a header", () => {
    expect(readTable("1,2\nid,x\n", header)).toBeNull();
  });

  it("rejects ragged rows with their lines, drops Excel's empty padding cells, counts blank rows", () => {
    const table = readTable("id,x\n1,a\n2\n3,c,,\n4,d,e\n,,\n", header)!;
    expect(table.rows.map((r) => [r.fields, r.lineStart])).toEqual([
      [["1", "a"], 2],
      [["3", "c"], 4]
    ]);
    expect(table.rejects.map((r) => [r.lineStart, r.errorType, r.reason, r.raw])).toEqual([
      [3, "field-count", "expected 2 fields, found 1", "2"],
      [5, "field-count", "expected 2 fields, found 3", "4,d,e"]
    ]);
    expect(table.blankRows).toBe(1);
  });

  it("switches to a second header found mid-file", () => {
    const table = readTable("id,x\n1,a\nid,x,y\n2,b,c\n", header)!;
    expect(table.headers.map((h) => h.columnCount)).toEqual([2, 3]);
    expect(table.rows.map((r) => r.fields.length)).toEqual([2, 3]);
    expect(table.rejects).toEqual([]);
  });
});
