import {describe, expect, it} from "vitest";
import {describeExpectedKpiHeaders, detectKpiLayout, kpiHeaderProblems} from "../../loaders/kpi/layouts.js";

const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

describe("long layout", () => {
  it("maps every column by name", () => {
    const layout = detectKpiLayout(["年度", "月", "都道府県", "事業", "指標", "実績", "目標"]);
    expect(layout).toMatchObject({
      kind: "long",
      fiscalYear: 0,
      month: 1,
      prefecture: 2,
      program: 3,
      metric: 4,
      actual: 5,
      target: 6,
      requiredCells: 7,
      ignoredColumns: []
    });
  });

  it("maps by name whatever the order, and leaves 月 and 目標 optional", () => {
    const layout = detectKpiLayout(["実績", "指標", "事業", "都道府県", "年度"]);
    expect(layout).toMatchObject({kind: "long", actual: 0, metric: 1, program: 2, prefecture: 3, fiscalYear: 4});
    expect(layout?.kind === "long" && layout.month).toBeNull();
    expect(layout?.target).toBeNull();
  });

  it("accepts English headers, a BOM, spaces, width and case variants, and a unit in brackets", () => {
    const layout = detectKpiLayout(["\uFEFFFiscal_Year", " MONTH ", "pref", "Program", "metric", "value", "Target"]);
    expect(layout).toMatchObject({kind: "long", fiscalYear: 0, month: 1, prefecture: 2, actual: 5, target: 6});
    expect(detectKpiLayout(["FY", "prefecture", "program", "metric", "actual"])).toMatchObject({kind: "long"});
    expect(detectKpiLayout(["ｙｅａｒ", "都道府県名", "事業名", "指標名", "実績(件)", "目標値"])).toMatchObject({
      kind: "long",
      actual: 4,
      target: 5
    });
  });

  it("ignores other named columns and reports them; a requiredCells that covers only read columns", () => {
    const layout = detectKpiLayout(["年度", "都道府県", "事業", "指標", "実績", "備考", "", ""]);
    expect(layout).toMatchObject({kind: "long", ignoredColumns: ["備考"], requiredCells: 5});
  });
});

describe("wide layout", () => {
  it("finds the twelve month columns written 4月 … 3月, with 合計 and 目標", () => {
    const header = ["年度", "都道府県", "事業", "指標", ...FISCAL_MONTHS.map((m) => `${m}月`), "合計", "目標"];
    const layout = detectKpiLayout(header);
    expect(layout?.kind).toBe("wide");
    if (layout?.kind !== "wide") return;
    expect(layout.months.map((m) => m.month)).toEqual(FISCAL_MONTHS);
    expect(layout.months.map((m) => m.column)).toEqual(FISCAL_MONTHS.map((_, i) => 4 + i));
    expect(layout.annual).toBe(16);
    expect(layout.target).toBe(17);
  });

  it("accepts months written 4, ４月, 04 and a partial year", () => {
    for (const spell of [(m: number) => String(m), (m: number) => `${String.fromCharCode(0xff10 + m % 10)}月`]) {
      const months = [4, 5, 6, 7, 8, 9].map(spell);
      const layout = detectKpiLayout(["年度", "都道府県", "事業", "指標", ...months]);
      expect(layout?.kind === "wide" && layout.months.map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9]);
      expect(layout?.kind === "wide" && layout.annual).toBeNull();
    }
    expect(detectKpiLayout(["年度", "都道府県", "事業", "指標", "04", "05"])).toMatchObject({kind: "wide"});
  });

  it("recognises 年間 and total as the annual column", () => {
    for (const annual of ["年間", "total", "年度計"]) {
      const layout = detectKpiLayout(["年度", "都道府県", "事業", "指標", "4月", annual]);
      expect(layout?.kind === "wide" && layout.annual).toBe(5);
    }
  });
});

describe("headers that are not KPI headers", () => {
  it.each([
    [["文献番号", "出願番号", "出願日", "公知日", "発明の名称", "出願人/権利者", "FI"], "no 年度 column"],
    [["年度", "都道府県", "事業", "実績"], "no 指標 column"],
    [["年度", "都道府県", "事業", "指標"], "no 実績 column and no month columns"],
    [["年度", "都道府県", "事業", "指標", "実績", "4月"], "both a 実績 column and month columns"],
    [["年度", "月", "都道府県", "事業", "指標", "4月", "5月"], "both a 月 column and month columns"],
    [["年度", "都道府県", "都道府県", "事業", "指標", "実績"], "都道府県 appears twice"],
    [["年度", "都道府県", "事業", "指標", "4月", "４月"], "4月 appears twice"],
    [["年度", "都道府県", "事業", "指標", "4月", "合計", "年間"], "more than one 合計"],
    [["年度", "都道府県", "事業", "指標", "13月"], "no 実績 column and no month columns"]
  ])("refuses %j: %s", (header, problem) => {
    expect(detectKpiLayout(header)).toBeNull();
    expect(kpiHeaderProblems(header).join("; ")).toContain(problem);
  });

  it("has no problems to report for a good header", () => {
    expect(kpiHeaderProblems(["年度", "都道府県", "事業", "指標", "実績"])).toEqual([]);
  });

  it("describes both layouts for refusal messages", () => {
    const text = describeExpectedKpiHeaders();
    for (const name of ["年度", "月", "都道府県", "事業", "指標", "実績", "目標", "4月", "合計", "fiscal_year"]) {
      expect(text).toContain(name);
    }
    // The description's own header lists are accepted by the detector.
    expect(detectKpiLayout("年度, 月, 都道府県, 事業, 指標, 実績, 目標".split(","))).toMatchObject({kind: "long"});
  });
});
