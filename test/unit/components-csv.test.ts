import {describe, expect, test} from "vitest";
import {csvCell, neutraliseFormula, toCsv} from "../../src/components/export-csv.js";

describe("toCsv", () => {
  const columns = [
    {key: "name", label: "出願人"},
    {key: "count", label: "出願件数"}
  ];

  test("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv([{name: "株式会社サンプル", count: 3}], columns);
    expect(csv.startsWith("\uFEFF出願人,出願件数\r\n")).toBe(true);
    expect(csv).toBe("\uFEFF出願人,出願件数\r\n株式会社サンプル,3\r\n");
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    const csv = toCsv([{name: 'A社, "B"\n研究所', count: 1}], columns);
    expect(csv).toContain('"A社, ""B""\n研究所",1\r\n');
  });

  test("accepts plain keys as columns and writes missing values as empty cells", () => {
    expect(toCsv([{a: null, b: undefined}], ["a", "b"])).toBe("\uFEFFa,b\r\n,\r\n");
  });
});

describe("formula neutralisation", () => {
  test.each(["=1+1", "+81-3-1234", "-x", "@SUM(A1)", "\tTAB", "\rCR"])("prefixes text %j with an apostrophe", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  test("leaves ordinary and full-width text alone", () => {
    expect(neutraliseFormula("株式会社")).toBe("株式会社");
    expect(neutraliseFormula("－")).toBe("－");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });

  test("keeps numbers as numbers, negative ones included", () => {
    expect(csvCell(-12)).toBe("-12");
    expect(csvCell(3.5)).toBe("3.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(12n)).toBe("12");
  });

  test("neutralises numbers carried as text (documented: keep numeric columns numeric)", () => {
    expect(csvCell("-12")).toBe("'-12");
  });

  test("quotes a neutralised cell when it also needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  test("writes calendar dates as YYYY-MM-DD and other instants as ISO", () => {
    expect(csvCell(new Date(Date.UTC(2024, 0, 7)))).toBe("2024-01-07");
    expect(csvCell(new Date(Date.UTC(2024, 0, 7, 9, 30)))).toBe("2024-01-07T09:30:00.000Z");
  });
});
