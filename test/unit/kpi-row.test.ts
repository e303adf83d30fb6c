import {describe, expect, it} from "vitest";
import {loadKpiLookups} from "../../loaders/kpi/kpi-lookups.js";
import {detectKpiLayout, type KpiLayout} from "../../loaders/kpi/layouts.js";
import {normaliseKpiRecord, type KpiRowResult} from "../../loaders/kpi/kpi-row.js";

const lookups = loadKpiLookups();
const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

function layoutOf(header: string[]): KpiLayout {
  const layout = detectKpiLayout(header);
  if (!layout) throw new Error(`not a KPI header: ${header.join(",")}`);
  return layout;
}

const long = layoutOf(["年度", "月", "都道府県", "事業", "指標", "実績", "目標"]);
const wide = layoutOf(["年度", "都道府県", "事業", "指標", ...FISCAL_MONTHS.map((m) => `${m}月`), "合計", "目標"]);

function expectRejected(result: KpiRowResult, errorType: string, reason?: RegExp, columnIndex?: number | null) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errorType).toBe(errorType);
  if (reason) expect(result.reason).toMatch(reason);
  if (columnIndex !== undefined) expect(result.columnIndex).toBe(columnIndex);
}

describe("long rows", () => {
  it("give one fact with ids and the bureau", () => {
    const result = normaliseKpiRecord(["2024", "4", "東京都", "知財総合支援窓口", "相談件数", "321", ""], long, lookups);
    expect(result).toEqual({
      ok: true,
      notes: [],
      facts: [
        {
          fiscalYear: 2024,
          month: 4,
          prefectureCode: "13",
          bureau: "関東",
          program: "madoguchi",
          metric: "consultations",
          actual: 321,
          target: null
        }
      ]
    });
  });

  it("read the spellings Excel users type", () => {
    const a = normaliseKpiRecord(["令和6年度", "４月", "東京", "窓口", "窓口相談件数", "1,234", "1,500"], long, lookups);
    const b = normaliseKpiRecord(["R6", "04", "13", "madoguchi", "consultations", "１２３４件", "1500"], long, lookups);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.facts).toEqual(b.facts);
      expect(a.facts[0]).toMatchObject({fiscalYear: 2024, month: 4, actual: 1234, target: 1500});
    }
  });

  it("give an annual fact when 月 is empty, and use the prefecture's bureau", () => {
    const result = normaliseKpiRecord(["2023", "", "新潟県", "加速的支援", "支援企業数", "", "12"], long, lookups);
    expect(result.ok && result.facts).toEqual([
      expect.objectContaining({month: null, actual: null, target: 12, bureau: "関東"})
    ]);
    const fukui = normaliseKpiRecord(["2023", "", "福井", "加速的支援", "支援企業数", "3", ""], long, lookups);
    expect(fukui.ok && fukui.facts[0]?.bureau).toBe("近畿");
  });

  it("give no fact, and no rejection, for a row with keys but no figures yet", () => {
    expect(normaliseKpiRecord(["2024", "3", "沖縄", "IPAS", "メンタリング回数", "", ""], long, lookups)).toEqual({
      ok: true,
      facts: [],
      notes: []
    });
  });

  it("read a dash as no figure and say so", () => {
    const result = normaliseKpiRecord(["2024", "5", "鳥取", "IPAS", "メンタリング回数", "-", "4"], long, lookups);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.facts[0]).toMatchObject({actual: null, target: 4});
      expect(result.notes.join()).toMatch(/実績/);
    }
  });

  it("accept decimals for a percentage metric only", () => {
    const pct = normaliseKpiRecord(["2024", "6", "大阪", "研修・セミナー", "満足度", "87.5%", "85"], long, lookups);
    expect(pct.ok && pct.facts[0]).toMatchObject({metric: "seminar_satisfaction", actual: 87.5, target: 85});
    const count = normaliseKpiRecord(["2024", "6", "大阪", "研修・セミナー", "参加者数", "87.5", ""], long, lookups);
    expectRejected(count, "constraint-error", /whole number/, 5);
  });

  it("work without the optional 月 and 目標 columns", () => {
    const minimal = layoutOf(["年度", "都道府県", "事業", "指標", "実績"]);
    const result = normaliseKpiRecord(["2022", "愛知", "外国出願補助金", "採択件数", "7"], minimal, lookups);
    expect(result.ok && result.facts).toEqual([
      {
        fiscalYear: 2022,
        month: null,
        prefectureCode: "23",
        bureau: "中部",
        program: "kaigai",
        metric: "foreign_filing_grants",
        actual: 7,
        target: null
      }
    ]);
  });
});

describe("long rows that are rejected", () => {
  const row = (overrides: Record<number, string>) => {
    const fields = ["2024", "4", "東京都", "知財総合支援窓口", "相談件数", "10", "20"];
    for (const [index, value] of Object.entries(overrides)) fields[Number(index)] = value;
    return normaliseKpiRecord(fields, long, lookups);
  };

  it("a blank row", () =>
    expectRejected(normaliseKpiRecord(["", " ", "", "", "", "", ""], long, lookups), "blank-row"));
  it("a short row", () =>
    expectRejected(
      normaliseKpiRecord(["2024", "4", "東京都", "知財総合支援窓口", "相談件数"], long, lookups),
      "missing-cell",
      /5 cells/
    ));
  it("a value beyond the header", () =>
    expectRejected(
      normaliseKpiRecord(["2024", "4", "東京都", "知財総合支援窓口", "相談件数", "10", "20", "x"], long, lookups),
      "extra-cell",
      /"x"/,
      7
    ));
  it("but not empty cells beyond the header (Excel's trailing commas)", () =>
    expect(
      normaliseKpiRecord(["2024", "4", "東京都", "知財総合支援窓口", "相談件数", "10", "20", "", ""], long, lookups).ok
    ).toBe(true));

  it.each([0, 2, 3, 4])("an empty key cell in column %i", (column) =>
    expectRejected(row({[column]: " "}), "required-value", /empty/, column)
  );

  it("an unparseable 年度", () => expectRejected(row({0: "来年度"}), "type-error", /来年度/, 0));
  it("an impossible 年度", () => expectRejected(row({0: "平成40年度"}), "constraint-error", undefined, 0));
  it("a month outside 1–12", () => expectRejected(row({1: "13"}), "constraint-error", /1–12/, 1));
  it("a month that is not a number", () => expectRejected(row({1: "4.5"}), "type-error", undefined, 1));
  it("an unknown prefecture", () => expectRejected(row({2: "東京府"}), "foreign-key", /東京府/, 2));
  it("a misspelt prefecture", () => expectRejected(row({2: "大坂"}), "foreign-key", /大坂/, 2));
  it("an unknown program, listing the known ones", () =>
    expectRejected(row({3: "知財窓口相談"}), "foreign-key", /知財総合支援窓口/, 3));
  it("a metric of another program, listing the program's own", () =>
    expectRejected(row({4: "参加者数"}), "foreign-key", /相談件数/, 4));
  it("a negative count", () => expectRejected(row({5: "△5"}), "constraint-error", /negative/, 5));
  it("a negative target", () => expectRejected(row({6: "-1"}), "constraint-error", /目標/, 6));
  it("an Excel error", () => expectRejected(row({5: "#N/A"}), "type-error", /実績/, 5));
  it("scientific notation", () => expectRejected(row({6: "2.02012E+09"}), "type-error", /scientific/, 6));
});

describe("wide rows", () => {
  const values = [10, 12, 15, 11, 9, 14, 16, 13, 8, 10, 18, 24];
  const sum = values.reduce((a, b) => a + b, 0);
  const keys = ["令和6年度", "福岡", "知財総合支援窓口", "相談件数"];

  it("give one fact per month and an annual fact for the target", () => {
    const result = normaliseKpiRecord([...keys, ...values.map(String), String(sum), "200"], wide, lookups);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const monthly = result.facts.filter((f) => f.month !== null);
    expect(monthly.map((f) => f.month)).toEqual(FISCAL_MONTHS);
    expect(monthly.map((f) => f.actual)).toEqual(values);
    expect(monthly.every((f) => f.target === null && f.fiscalYear === 2024 && f.prefectureCode === "40")).toBe(true);
    expect(result.facts.filter((f) => f.month === null)).toEqual([
      expect.objectContaining({month: null, actual: null, target: 200, bureau: "九州"})
    ]);
  });

  it("skip empty months (not reported yet) and check 合計 against the months present", () => {
    const cells = values.map((v, i) => (i < 6 ? v.toLocaleString("en") : ""));
    const half = values.slice(0, 6).reduce((a, b) => a + b, 0);
    const result = normaliseKpiRecord([...keys, ...cells, String(half), ""], wide, lookups);
    expect(result.ok && result.facts.map((f) => f.month)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("reject a row whose 合計 disagrees with its months", () => {
    const result = normaliseKpiRecord([...keys, ...values.map(String), String(sum + 1), "200"], wide, lookups);
    expectRejected(result, "constraint-error", new RegExp(`${sum + 1}.*${sum}`), 16);
  });

  it("read a row with only 合計 as an annual figure", () => {
    const result = normaliseKpiRecord([...keys, ...values.map(() => ""), "1,234", "1,300"], wide, lookups);
    expect(result.ok && result.facts).toEqual([expect.objectContaining({month: null, actual: 1234, target: 1300})]);
  });

  it("do not add up a percentage's 合計", () => {
    const pct = ["R6", "福岡", "研修・セミナー", "満足度", ...values.map((v) => String(80 + v / 2)), "88.2", "85"];
    const result = normaliseKpiRecord(pct, wide, lookups);
    expect(result.ok && result.facts.length).toBe(13);
  });

  it("reject the row on one bad month, naming the month", () => {
    const cells = values.map(String);
    cells[4] = "1O";
    expectRejected(normaliseKpiRecord([...keys, ...cells, "", ""], wide, lookups), "type-error", /8月/, 8);
  });

  it("give no fact for a row with no figures at all", () => {
    const empty = [...keys, ...values.map(() => ""), "", ""];
    expect(normaliseKpiRecord(empty, wide, lookups)).toEqual({ok: true, facts: [], notes: []});
  });
});
