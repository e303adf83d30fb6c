// The KPI pages' address (kpi-view-state.ts, kpi-context.ts): every filter read and written back, malformed or
// unknown values reported instead of guessed, other parameters kept, and the context that downloads carry.
import {describe, expect, test} from "vitest";
import {kpiConditionsText, kpiContext, kpiFileSuffix, kpiSource} from "../../src/components/kpi/kpi-context.js";
import {
  EMPTY_KPI_VIEW,
  kpiViewSearch,
  monthsParam,
  parseKpiView,
  parseMonths,
  pickMetric,
  pickPrefecture,
  unreadParams,
  type KpiView
} from "../../src/components/kpi/kpi-view-state.js";
import {contextFileName} from "../../src/components/chart-context.js";

const FULL: KpiView = {
  fiscalYear: 2024,
  program: "madoguchi",
  metric: "madoguchi_consultations",
  months: {from: 0, to: 5},
  value: "yoy",
  bureau: "関東",
  prefecture: "13",
  order: "value"
};

describe("months", () => {
  test("calendar months in the address, fiscal orders in the page (April = 0)", () => {
    expect(parseMonths("4-9")).toEqual({from: 0, to: 5});
    expect(parseMonths("10-3")).toEqual({from: 6, to: 11});
    expect(parseMonths("6")).toEqual({from: 2, to: 2});
    // Written backwards or with a wave dash and full-width digits: the same months.
    expect(parseMonths("9-4")).toEqual({from: 0, to: 5});
    expect(parseMonths("４〜９")).toEqual({from: 0, to: 5});
  });

  test("anything that names no month is null", () => {
    for (const bad of ["", "0-3", "4-13", "april", "4-", "1-2-3"]) expect(parseMonths(bad), bad).toBeNull();
  });

  test("monthsParam is the inverse", () => {
    for (let from = 0; from < 12; ++from) {
      for (let to = from; to < 12; ++to) expect(parseMonths(monthsParam({from, to}))).toEqual({from, to});
    }
    expect(monthsParam({from: 6, to: 11})).toBe("10-3");
  });
});

describe("parseKpiView and kpiViewSearch", () => {
  test("a written view reads back the same, with short parameter names", () => {
    const search = kpiViewSearch(FULL);
    expect(search).toBe(
      "?fy=2024&program=madoguchi&metric=madoguchi_consultations&months=4-9&view=yoy&bureau=%E9%96%A2%E6%9D%B1&pref=13&order=value"
    );
    expect(parseKpiView(search)).toEqual({view: FULL, rejected: []});
  });

  test("the old links ?bureau= and ?program= read as before", () => {
    expect(parseKpiView("?bureau=関東").view).toEqual({...EMPTY_KPI_VIEW, bureau: "関東"});
    expect(parseKpiView("?program=madoguchi").view).toEqual({...EMPTY_KPI_VIEW, program: "madoguchi"});
  });

  test("malformed values are reported with what was given, and the field left to the default", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const {view, rejected} = parseKpiView(`?fy=24&months=${encodeURIComponent(hostile)}&view=best&order=random`);
    expect(view).toEqual(EMPTY_KPI_VIEW);
    expect(rejected).toEqual([
      {param: "fy", raw: "24"},
      {param: "months", raw: hostile},
      {param: "view", raw: "best"},
      {param: "order", raw: "random"}
    ]);
  });

  test("writing keeps the parameters the KPI view does not own and drops emptied ones", () => {
    const search = kpiViewSearch({...FULL, bureau: "", prefecture: ""}, "?collection=LiDAR&bureau=関東&pref=13");
    const params = new URLSearchParams(search);
    expect(params.get("collection")).toBe("LiDAR");
    expect(params.has("bureau")).toBe(false);
    expect(params.has("pref")).toBe(false);
    expect(params.get("months")).toBe("4-9");
    expect(kpiViewSearch(EMPTY_KPI_VIEW)).toBe("");
  });
});

describe("resolving against the data", () => {
  const metrics = [
    {metricId: "madoguchi_consultations", name: "相談件数"},
    {metricId: "madoguchi_satisfaction", name: "満足度"}
  ];
  const prefectures = [
    {code: "13", name: "東京都", shortName: "東京"},
    {code: "27", name: "大阪府", shortName: "大阪"}
  ];

  test("an id, a name or a width/space variant picks the option", () => {
    expect(pickMetric("相談件数", metrics).option).toBe(metrics[0]);
    expect(pickMetric(" MADOGUCHI_SATISFACTION ", metrics).option).toBe(metrics[1]);
    expect(pickPrefecture("１３", prefectures).option).toBe(prefectures[0]);
    expect(pickPrefecture("大阪", prefectures).option).toBe(prefectures[1]);
    expect(pickPrefecture("", prefectures)).toEqual({found: false, option: null});
  });

  test("unreadParams lists what the page cannot show, and nothing for a view it can", () => {
    const known = {fiscalYears: [2024, 2023], metrics, prefectures};
    expect(unreadParams(FULL, [], {...known, metrics: [{metricId: "madoguchi_consultations", name: "相談件数"}]})).toEqual([]);
    const {view, rejected} = parseKpiView("?fy=2019&metric=売上&pref=99&view=best");
    expect(unreadParams(view, rejected, known)).toEqual([
      {label: "表示", raw: "best", shown: "既定の値"},
      {label: "年度", raw: "2019", shown: "最新の年度"},
      {label: "指標", raw: "売上", shown: "事業の最初の指標"},
      {label: "都道府県", raw: "99", shown: "最初の都道府県"}
    ]);
  });
});

describe("kpiContext", () => {
  const conditions = {
    fiscalYear: 2024,
    period: {from: 0, to: 5},
    program: {name: "知財総合支援窓口"},
    metric: {name: "相談件数", unit: "件"},
    value: "rate" as const,
    scope: "関東経済産業局"
  };
  const batches = [
    {fileName: "kpi_2024.csv", isSample: false},
    {fileName: "sample.csv", isSample: true}
  ];

  test("the conditions line names the 年度, months, program, metric, values and area", () => {
    expect(kpiConditionsText(conditions)).toBe(
      "年度：2024年度（令和6年度）　期間：4月〜9月　事業：知財総合支援窓口　指標：相談件数（件）　表示：達成率　地域：関東経済産業局"
    );
    expect(kpiConditionsText({...conditions, value: null})).not.toContain("表示：");
  });

  test("the source names the KPI files as the page lists them", () => {
    expect(kpiSource(batches)).toBe("出典：取り込んだ KPI ファイル（kpi_2024.csv、sample.csv（架空のサンプル））");
    const many = ["a", "b", "c", "d", "e"].map((f) => ({fileName: `${f}.csv`, isSample: false}));
    expect(kpiSource(many)).toBe("出典：取り込んだ KPI ファイル（a.csv、b.csv、c.csv ほか2件）");
  });

  test("file names end with the 年度 and the month range", () => {
    expect(kpiFileSuffix(2024, {from: 0, to: 11})).toEqual(["2024年度", "4-3月"]);
    expect(kpiFileSuffix(2024, {from: 3, to: 3})).toEqual(["2024年度", "7月"]);
    const context = kpiContext(conditions, batches);
    expect(contextFileName(context, "地域KPI_地図_相談件数_達成率", "png")).toBe("地域KPI_地図_相談件数_達成率_2024年度_4-9月.png");
    expect(contextFileName(context, "地域KPI_経済産業局別_相談件数", "csv")).toBe("地域KPI_経済産業局別_相談件数_2024年度_4-9月.csv");
  });
});
