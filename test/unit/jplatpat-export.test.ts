import fs from "node:fs";
import {describe, expect, it} from "vitest";
import {JPLATPAT_COLUMNS, missingRequiredColumns, readJplatpatHeader} from "../../loaders/jplatpat/columns.js";
import {mergePatentRecords, normalisePatentRow} from "../../loaders/jplatpat/patent-record.js";
import {readJplatpatExport} from "../../loaders/jplatpat/read-export.js";
import {decodeBytes} from "../../loaders/text/decode.js";

const fixture = (name: string) => decodeBytes(fs.readFileSync(new URL(`../fixtures/jplatpat/${name}`, import.meta.url))).text;

const HEADER_13 = ["文献番号", "出願番号", "出願日", "公知日", "発明の名称", "出願人/権利者", "FI", "公開番号", "公告番号", "登録番号", "審判番号", "その他", "文献URL"];

describe("readJplatpatHeader", () => {
  it("maps columns by name, whatever their order, with a BOM left on the first cell", () => {
    const header = readJplatpatHeader(["\uFEFF文献番号", ...HEADER_13.slice(1)])!;
    expect(header.columns.documentNumber).toBe(0);
    expect(header.columns.url).toBe(12);
    expect(header.columns.abstract).toBe(-1);
    const shuffled = readJplatpatHeader([...HEADER_13].reverse())!;
    expect(shuffled.columns.documentNumber).toBe(12);
  });

  it("warns about unknown columns instead of failing, and refuses a header without a required column", () => {
    expect(readJplatpatHeader([...HEADER_13, "メモ"])!.unknownColumns).toEqual(["メモ"]);
    expect(readJplatpatHeader(HEADER_13.filter((c) => c !== "FI"))).toBeNull();
    expect(missingRequiredColumns(["文献番号", "出願番号"])).toEqual(["出願日", "発明の名称", "出願人/権利者", "FI"]);
  });
});

describe("normalisePatentRow", () => {
  const columns = readJplatpatHeader(HEADER_13)!.columns;
  const row = (overrides: Partial<Record<keyof typeof JPLATPAT_COLUMNS, string>>) => {
    const values: Record<string, string> = {
      documentNumber: "特開2022-191708", applicationNumber: "特願2021-100093", filingDate: "2021/06/16",
      publicationDate: "2022/12/28", title: "二酸化炭素回収装置", applicants: "株式会社アンレット",
      fi: "B01D53/14,200,B01D53/18,150", publicationNumber: "特開2022-191708", examinedNumber: "",
      registrationNumber: "", appealNumbers: "null", otherNumbers: "", url: "https://example.invalid/x", ...overrides
    };
    return Object.entries(columns).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]).map(([f]) => values[f] ?? "");
  };

  it("derives every value and keeps the raw text beside it", () => {
    const result = normalisePatentRow(row({}), columns);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      applicationNumber: "特願2021-100093", applicationKey: "特願2021-100093", law: "特許", applicationYear: 2021,
      documentKind: "特開", filingDate: "2021-06-16", publicationDate: "2022-12-28", appealNumbersRaw: "null",
      appealNumbers: [], fiRaw: "B01D53/14,200,B01D53/18,150", abstract: null, stage: null
    });
    expect(result.record.fi).toEqual(["B01D53/14,200", "B01D53/18,150"]);
  });

  it.each([
    [{applicationNumber: ""}, "required-value", "出願番号 is empty"],
    [{applicationNumber: "2021-100093"}, "type-error", "出願番号 is not a recognised"],
    [{filingDate: "2021/02/30"}, "constraint-error", "出願日: impossible date"],
    [{filingDate: ""}, "required-value", "出願日 is empty"],
    [{publicationDate: "2022/12/32"}, "constraint-error", "公知日: impossible date"]
  ])("rejects %j", (overrides, errorType, reason) => {
    const result = normalisePatentRow(row(overrides), columns);
    expect(result).toMatchObject({ok: false, errorType});
    expect(result.ok ? "" : result.reason).toContain(reason);
  });

  it("accepts an empty 公知日 as unknown", () => {
    const result = normalisePatentRow(row({publicationDate: ""}), columns);
    expect(result.ok && result.record.publicationDate).toBeNull();
  });
});

describe("mergePatentRecords", () => {
  it("lets later values win but never erases a value with an empty one", () => {
    const columns16 = readJplatpatHeader(["文献番号", "出願番号", "出願日", "発明の名称", "出願人/権利者", "FI", "要約", "ステージ"])!.columns;
    const columns13 = readJplatpatHeader(["文献番号", "出願番号", "出願日", "発明の名称", "出願人/権利者", "FI", "ステージ"])!.columns;
    const older = normalisePatentRow(["特開2022-1", "特願2021-000001", "2021/01/01", "旧", "甲株式会社,乙株式会社", "A01B1/00", "要約あり", "審査中"], columns16);
    const newer = normalisePatentRow(["特許7000001", "特願2021-000001", "2021/01/01", "新", "", "", "特許 有効"], columns13);
    if (!older.ok || !newer.ok) throw new Error("fixture rows must be valid");
    const merged = mergePatentRecords(older.record, newer.record);
    expect(merged).toMatchObject({documentNumber: "特許7000001", title: "新", stage: "特許 有効", abstract: "要約あり"});
    expect(merged.applicants.map((a) => a.name)).toEqual(["甲株式会社", "乙株式会社"]);
    expect(merged.fi).toEqual(["A01B1/00"]);
  });
});

describe("readJplatpatExport", () => {
  it("accounts for every row of the defects fixture with its physical line", () => {
    const read = readJplatpatExport(fixture("defects-15col.csv"))!;
    expect(read.rejects.map((r) => [r.lineStart, r.lineEnd, r.errorType])).toEqual([
      [3, 3, "stray-quote"],
      [5, 5, "constraint-error"],
      [6, 6, "required-value"],
      [7, 7, "field-count"],
      [8, 8, "type-error"],
      [9, 9, "constraint-error"]
    ]);
    expect(read.rejects[0]!.raw).toContain('引用符の"混入"した行');
    expect(read.patents.map((p) => p.record.applicationNumber)).toEqual(["特願2021-000110", "特願2021-000112", "特願2021-000118"]);
    expect(read.patents[0]!.lines).toEqual([[2, 2], [12, 12]]);
    expect(read.patents[0]!.record.stage).toBe("特許 有効");
    expect(read.mergedInFile).toBe(1);
    expect(read.blankRows).toBe(0);
    expect(read.rowsRead).toBe(read.patents.length + read.mergedInFile + read.rejects.length);
  });

  it("reads multi-line abstracts and rejects the unclosed and truncated records line by line", () => {
    const read = readJplatpatExport(fixture("unclosed-quote-16col.csv"))!;
    expect(read.patents.map((p) => [p.record.applicationNumber, p.lines[0]])).toEqual([
      ["特願2021-000120", [2, 4]],
      ["特願2021-000122", [7, 7]]
    ]);
    expect(read.patents[0]!.record.abstract).toBe("(57)【要約】\n【課題】一行目。\n続き。\n【選択図】なし");
    expect(read.rejects.map((r) => [r.lineStart, r.lineEnd, r.errorType])).toEqual([
      [5, 5, "unclosed-quote"],
      [6, 6, "unclosed-quote"],
      [8, 8, "unclosed-quote"],
      [9, 9, "field-count"]
    ]);
    expect(read.rowsRead).toBe(6);
  });

  it("reads two pasted exports of different variants as their rows", () => {
    const read = readJplatpatExport(fixture("pasted-15-then-13.csv"))!;
    expect(read.headerCount).toBe(2);
    expect(read.rejects).toEqual([]);
    expect(read.rowsRead).toBe(6);
    expect(read.mergedInFile).toBe(2);
    expect(read.patents).toHaveLength(4);
    expect(read.warnings.join()).toContain("2 headers");
  });

  it("returns null for a file that is not a J-PlatPat export", () => {
    expect(readJplatpatExport(fixture("not-jplatpat.csv"))).toBeNull();
  });
});
