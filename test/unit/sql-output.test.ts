import {describe, expect, it} from "vitest";
import {displayWidth, formatTable, TABLE_ROWS, writeResult, type SqlOutputFormat} from "../../loaders/cli/sql-output.js";
import type {PlainValue} from "../../loaders/warehouse/query.js";

/** What writeResult prints for `chunks`, and how many writes it made. */
async function print(columns: string[], chunks: PlainValue[][][], format: SqlOutputFormat, forTerminal = false) {
  async function* stream() {
    yield* chunks;
  }
  let text = "";
  let writes = 0;
  await writeResult({columns, chunks: stream()}, format, forTerminal, async (t) => {
    text += t;
    writes++;
  });
  return {text, writes};
}

describe("chizai sql output", () => {
  it("measures East Asian wide characters as two terminal columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("特許ＡＢ")).toBe(8);
    expect(displayWidth("ｶﾀｶﾅ")).toBe(4); // halfwidth katakana stay narrow
  });

  it("escapes control characters from the data in the table, and cuts long cells", () => {
    const table = formatTable(["v"], [["a\u001b[31mred"], ["x".repeat(100)]]);
    expect(table).toContain("a\\x1b[31mred");
    expect(table).not.toContain("\u001b");
    expect(table.split("\n")[3]).toBe(`${"x".repeat(59)}…`);
  });

  it("streams CSV chunk by chunk, quoting only when needed; exact for files, escaped for a terminal", async () => {
    const chunks = [[["line\nbreak", "\u001b"]], [["a,b", null]]];
    const file = await print(["a", "b"], chunks, "csv");
    expect(file.text).toBe('a,b\r\n"line\nbreak",\u001b\r\n"a,b",\r\n');
    expect(file.writes).toBe(3); // the header, then one write per chunk
    expect((await print(["a", "b"], chunks, "csv", true)).text).toBe('a,b\r\n"line\\nbreak",\\x1b\r\n"a,b",\r\n');
  });

  it("streams JSON that is exactly what JSON.stringify writes for the whole array", async () => {
    const rows: PlainValue[][] = [[1, null], [2, "二"], [3, [4, 5]]];
    const expected = JSON.stringify(rows.map(([x, y]) => ({x, y})), null, 2);
    expect((await print(["x", "y"], [rows.slice(0, 2), rows.slice(2)], "json")).text).toBe(`${expected}\n`);
    expect((await print(["x"], [], "json")).text).toBe("[]\n");
    expect(JSON.parse((await print(["x"], [[[1]]], "json")).text)).toEqual([{x: 1}]);
    expect((await print(["t"], [[["\u202e"]]], "json", true)).text).toContain("\\u202e");
  });

  it("shows the first rows of a long result as a table and counts them all", async () => {
    const chunk = (from: number) => Array.from({length: 600}, (_, i) => [from + i] as PlainValue[]);
    const {text} = await print(["n"], [chunk(0), chunk(600)], "table");
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2 + TABLE_ROWS + 1);
    expect(lines.at(-2)!.trim()).toBe(String(TABLE_ROWS - 1));
    expect(lines.at(-1)).toBe("(the first 1,000 of 1,200 rows; --csv or --json prints them all)");
  });
});
