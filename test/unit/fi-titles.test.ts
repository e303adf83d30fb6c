// data/reference/fi-titles.csv and its reader: every section and every class in the real exports has its title,
// and a malformed title file is refused with the file and row.

import {readFileSync} from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {parseFiCode} from "../../loaders/jplatpat/fi.js";
import {readJplatpatExport} from "../../loaders/jplatpat/read-export.js";
import {parseFiTitles, readFiTitles} from "../../loaders/site/fi-titles.js";
import {decodeBytes} from "../../loaders/text/decode.js";
import {FI_SECTION_TITLES} from "../../src/components/landscape/fi-hierarchy.js";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const FILES = ["stud-welding_13col.csv", "water-tap_15col.csv", "co2-separation-2020-2022_16col.csv"];

describe("the shipped fi-titles.csv", () => {
  const bytes = readFileSync(new URL("../../data/reference/fi-titles.csv", import.meta.url));
  const titles = readFiTitles();

  test("is UTF-8 with BOM and agrees with the built-in section titles", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const [section, title] of Object.entries(FI_SECTION_TITLES)) expect(titles[section], section).toBe(title);
  });

  test("ships sections and classes only", () => {
    expect(Object.keys(titles).every((code) => /^[A-H](\d{2})?$/.test(code))).toBe(true);
  });

  test("titles every class of the real exports", () => {
    const classes = new Set<string>();
    for (const file of FILES) {
      const exported = readJplatpatExport(decodeBytes(readFileSync(path.join(SAMPLES, file))).text)!;
      for (const {record} of exported.patents) {
        for (const [i, fi] of record.fi.entries()) {
          const code = parseFiCode(fi, i + 1);
          if (code.class) classes.add(code.class);
        }
      }
    }
    expect(classes.size).toBeGreaterThan(50);
    expect([...classes].filter((c) => !titles[c]).sort()).toEqual([]);
  });
});

describe("parseFiTitles", () => {
  test("reads codes of every level, folding width and case", () => {
    expect(parseFiTitles("code,title\nH,電気\nｈ０１Ｍ,二次電池\nH01M10/052,リチウム\n")).toEqual({
      H: "電気",
      H01M: "二次電池",
      "H01M10/052": "リチウム"
    });
  });

  test("refuses a bad code, a missing title, a duplicate or a missing column, naming the row", () => {
    expect(() => parseFiTitles("code,title\nH,電気\nX01,謎\n")).toThrow('fi-titles.csv row 2: "X01" is not an FI code');
    expect(() => parseFiTitles("code,title\nH01,\n")).toThrow("fi-titles.csv row 1: H01 has no title");
    expect(() => parseFiTitles("code,title\nH01,a\nＨ01,b\n")).toThrow("fi-titles.csv row 2: H01 is listed twice");
    expect(() => parseFiTitles("fi,name\nH01,a\n")).toThrow("the header lacks code, title");
  });

  test("a CP932 file as Excel saves it reads the same", () => {
    const text = "code,title\r\nH01,基本的電気素子\r\n";
    expect(parseFiTitles(decodeBytes(iconv.encode(text, "cp932")).text)).toEqual({H01: "基本的電気素子"});
  });
});
