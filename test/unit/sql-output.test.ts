import {describe, expect, it} from "vitest";
import {displayWidth, formatCsv, formatJson, formatTable} from "../../loaders/cli/sql-output.js";

describe("chizai sql output", () => {
  it("measures East Asian wide characters as two terminal columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("特許ＡＢ")).toBe(8);
    expect(displayWidth("ｶﾀｶﾅ")).toBe(4); // halfwidth katakana stay narrow
  });

  it("escapes control characters from the data in the table, and cuts long cells", () => {
    const table = formatTable({columns: ["v"], rows: [["a\u001b[31mred"], ["x".repeat(100)]]});
    expect(table).toContain("a\\x1b[31mred");
    expect(table).not.toContain("\u001b");
    expect(table.split("\n")[3]).toBe(`${"x".repeat(59)}…`);
  });

  it("quotes CSV fields only when needed, keeps data exact for files and escapes it for a terminal", () => {
    const table = {columns: ["a", "b"], rows: [["line\nbreak", "\u001b"]]};
    expect(formatCsv(table)).toBe('a,b\r\n"line\nbreak",\u001b\r\n');
    expect(formatCsv(table, true)).toBe('a,b\r\n"line\\nbreak",\\x1b\r\n');
  });

  it("writes JSON objects in column order, with null for NULL", () => {
    expect(JSON.parse(formatJson({columns: ["x", "y"], rows: [[1, null]]}))).toEqual([{x: 1, y: null}]);
    expect(formatJson({columns: ["t"], rows: [["\u202e"]]}, true)).toContain("\\u202e");
  });
});
