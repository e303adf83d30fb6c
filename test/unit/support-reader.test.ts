// The support-record reader: header variants, both encodings, every bad row rejected with its lines and reason,
// counts that balance, and the legal form kept apart from the key.
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {detectFileKind} from "../../loaders/ingest/file-kinds.js";
import {loadKpiLookups} from "../../loaders/kpi/kpi-lookups.js";
import {legalFormOf} from "../../loaders/support/legal-form.js";
import {readSupportFile, type SupportFile} from "../../loaders/support/read-support-file.js";
import {parseSupportDate} from "../../loaders/support/support-date.js";
import {detectSupportLayout} from "../../loaders/support/support-layout.js";
import {decodeBytes} from "../../loaders/text/decode.js";

const lookups = loadKpiLookups();

function read(text: string): SupportFile {
  const file = readSupportFile(text, lookups);
  if (!file) throw new Error("not read as a support-record file");
  return file;
}

const GOOD = [
  "年度,支援日,都道府県,事業,企業名,法人番号,支援内容,備考",
  "令和2年度,,東京都,知財総合支援窓口,架空電池（株）,,特許出願の相談,",
  ",2021/3/31,東京,madoguchi,株式会社架空製作所,7000012050002,,",
  "R3,2021年4月1日,13,窓口,株式会社 架空製作所,,,再訪",
  "2019,令和元年5月7日,Osaka,IPAS,有限会社架空木工所,,,"
].join("\r\n");

describe("reading support records", () => {
  it("reads 年度 in every form, 支援日 alone, prefectures and programs by name, short name or code", () => {
    const file = read(GOOD);
    expect(file.rejects).toEqual([]);
    expect(file.rowsRead).toBe(4);
    expect(file.records.map((r) => [r.fiscalYear, r.supportDate, r.prefectureCode, r.bureau, r.programId])).toEqual([
      [2020, null, "13", "関東", "madoguchi"],
      [2020, "2021-03-31", "13", "関東", "madoguchi"],
      [2021, "2021-04-01", "13", "関東", "madoguchi"],
      [2019, "2019-05-07", "27", "近畿", "ipas"]
    ]);
    expect(file.records.map((r) => [r.companyRaw, r.companyKey, r.legalForm, r.corporateNumber])).toEqual([
      ["架空電池（株）", "架空電池", "株式会社", null],
      ["株式会社架空製作所", "架空製作所", "株式会社", "7000012050002"],
      ["株式会社 架空製作所", "架空製作所", "株式会社", null],
      ["有限会社架空木工所", "架空木工所", "有限会社", null]
    ]);
    expect(file.records.map((r) => [r.lineStart, r.content, r.note])).toEqual([
      [2, "特許出願の相談", null],
      [3, null, null],
      [4, null, "再訪"],
      [5, null, null]
    ]);
  });

  it("reads the same rows from CP932 (Excel's plain CSV) and from UTF-8 with a BOM", () => {
    const fromUtf8 = decodeBytes(new TextEncoder().encode("\ufeff" + GOOD));
    const fromCp932 = decodeBytes(iconv.encode(GOOD, "cp932"));
    expect(fromUtf8.encoding).toBe("utf-8");
    expect(fromCp932.encoding).toBe("cp932");
    const a = read(fromUtf8.text);
    const b = read(fromCp932.text);
    expect(b.records).toEqual(a.records);
    expect(b.records).toHaveLength(4);
  });

  it("rejects every bad row with its physical lines and reason, and loads the rest", () => {
    const text = [
      "支援年度,都道府県名,支援事業,事業者名,法人番号",
      "2020,東京府,窓口,架空A株式会社,", // 2: unknown prefecture
      "2020,東京都,知財相談,架空B株式会社,", // 3: unknown program
      "FY20,東京都,窓口,架空C株式会社,", // 4: two-digit year
      "2020,東京都,窓口,,", // 5: no company
      "2020,東京都,窓口,架空D株式会社,7000012050003", // 6: check digit
      "2020,東京都,窓口,\"架空E\n株式会社\",,extra", // 7–8: a cell beyond the header
      "2020,東京都,窓口,架空F株式会社,", // 9: good
      "平成32年度,東京都,窓口,架空G株式会社," // 10: no such year
    ].join("\n");
    const file = read(text);
    expect(file.rowsRead).toBe(8);
    expect(file.records.map((r) => r.companyRaw)).toEqual(["架空F株式会社"]);
    expect(file.rowsRead).toBe(file.records.length + file.rejects.length);
    expect(file.rejects.map((r) => [r.lineStart, r.lineEnd, r.errorType])).toEqual([
      [2, 2, "foreign-key"],
      [3, 3, "foreign-key"],
      [4, 4, "type-error"],
      [5, 5, "required-value"],
      [6, 6, "constraint-error"],
      [7, 8, "field-count"],
      [10, 10, "constraint-error"]
    ]);
    const reasons = file.rejects.map((r) => r.reason);
    expect(reasons[0]).toContain(`都道府県名 "東京府" is not a prefecture`);
    expect(reasons[1]).toContain(`支援事業 "知財相談" is not a known program`);
    expect(reasons[2]).toContain("two-digit year");
    expect(reasons[3]).toBe("事業者名 is empty");
    expect(reasons[4]).toContain("check digit 7 should be 6");
    expect(reasons[6]).toContain("平成 has no year 32");
    expect(file.rejects[5]!.raw).toBe('2020,東京都,窓口,"架空E\n株式会社",,extra');
  });

  it("refuses a 年度 that contradicts the 支援日 instead of choosing one, and needs one of the two", () => {
    const file = read(
      ["年度,支援日,都道府県,事業,支援先", "2021,2021/03/31,東京都,窓口,架空A", ",,東京都,窓口,架空B", "2020,2021-02-30,東京都,窓口,架空C"].join("\n")
    );
    expect(file.records).toEqual([]);
    expect(file.rejects.map((r) => r.reason)).toEqual([
      `年度 "2021" is 2021年度 but 支援日 "2021/03/31" falls in 2020年度 (a 年度 runs April–March): correct one of the two`,
      "年度 and 支援日 are empty",
      `impossible date: "2021-02-30"`
    ]);
  });
});

describe("recognising the header", () => {
  it("takes 企業名, 事業者名 or 支援先, with 年度 or 支援日, and leaves KPI sheets to the KPI reader", () => {
    expect(detectFileKind(["年度", "都道府県", "事業", "企業名"])?.id).toBe("support");
    expect(detectFileKind(["\ufeff支援日", "都道府県", "事業", "支援先", "担当者"])?.id).toBe("support");
    expect(detectFileKind(["fiscal_year", "prefecture", "program", "company"])?.id).toBe("support");
    expect(detectFileKind(["年度", "月", "都道府県", "事業", "指標", "実績", "備考"])?.id).toBe("kpi");
    // Without a date or a year, or with the company column twice, nothing can be read without guessing.
    expect(detectSupportLayout(["都道府県", "事業", "企業名"])).toBeNull();
    expect(detectSupportLayout(["年度", "都道府県", "事業", "企業名", "支援先"])).toBeNull();
    expect(detectSupportLayout(["年度", "都道府県", "事業", "企業名", "担当者"])?.ignoredColumns).toEqual(["担当者"]);
  });

  it("warns about the columns it does not read", () => {
    const file = read("年度,都道府県,事業,企業名,担当者\n2020,東京都,窓口,架空A株式会社,山田");
    expect(file.warnings).toEqual(["columns not read: 担当者"]);
    expect(file.records).toHaveLength(1);
  });
});

describe("the legal form of a company name", () => {
  it("reads 株式会社 before or after the name and its abbreviations as one form, and tells 有限会社 apart", () => {
    expect(["株式会社架空", "架空株式会社", "㈱架空", "架空（株）", "架空 (株)"].map(legalFormOf)).toEqual(
      Array(5).fill("株式会社")
    );
    expect(legalFormOf("有限会社架空")).toBe("有限会社");
    expect(legalFormOf("架空（有）")).toBe("有限会社");
    expect(legalFormOf("架空合同会社")).toBe("合同会社");
    expect(legalFormOf("架空")).toBeNull();
  });
});

describe("支援日 cells", () => {
  it("reads Western, kanji and 和暦 dates, and refuses impossible ones and years without an era", () => {
    const read = (cell: string) => {
      const parsed = parseSupportDate(cell);
      return parsed.ok ? parsed.iso : parsed.errorType;
    };
    expect(["2023/6/12", "2023-06-12", "２０２３年６月１２日", "令和5年6月12日", "R5.6.12", "令和元年5月1日", "平成31年4月30日"].map(read)).toEqual(
      ["2023-06-12", "2023-06-12", "2023-06-12", "2023-06-12", "2023-06-12", "2019-05-01", "2019-04-30"]
    );
    expect(["令和5年2月30日", "平成32年4月1日", "2023/13/01"].map(read)).toEqual(Array(3).fill("constraint-error"));
    expect(["5年6月1日", "6/12", "昨日"].map(read)).toEqual(Array(3).fill("type-error"));
  });
});
