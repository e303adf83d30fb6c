import {describe, expect, test} from "vitest";
import {applicantTechnologyMatrix} from "../../src/components/landscape/matrix.js";
import {coApplicantPairs} from "../../src/components/landscape/co-applicants.js";
import {entrantsByYear} from "../../src/components/landscape/entrants.js";
import {fiCounts} from "../../src/components/landscape/fi-hierarchy.js";
import {applicantRanking} from "../../src/components/landscape/ranking.js";
import {eventCounts, stageCounts, UNKNOWN_STAGE} from "../../src/components/landscape/rights-status.js";
import {trendByYear} from "../../src/components/landscape/trend.js";
import {latestCollection, recentCollections, selectView} from "../../src/components/landscape/view-selection.js";
import {chipValue, DEFAULT_VIEW, parseView, type LandscapeView} from "../../src/components/landscape/view-state.js";
import {buildSearchIndex} from "../../src/components/search/search-index.js";
import {landscapeFixture} from "../support/landscape-fixture.js";

// Ids follow the filing date: 0 = 2019-05-01, 1 = 2020-02-01, 2 = 2020-06-01, 3 = 2021-03-15, 4 = 2021-07-01.
const records = [
  {filing: "2020-06-01", publication: "2021-12-01", stage: "審査中", event: "審査請求", applicants: ["ＡＢＣ株式会社", "架空大学"], fi: ["H01M10/052", "C01B25/45"], collections: ["電池"], title: "全固体電池の電解質"},
  {filing: "2019-05-01", publication: null, applicants: ["架空電機株式会社", "架空大学"], fi: ["C01B25/45", "H01M4/13"], collections: ["材料"], title: "正極材料"},
  {filing: "2021-03-15", publication: "2022-09-30", stage: "特許 有効", event: "登録", applicants: ["架空電機(株)"], fi: ["H01M4/62@Z"], collections: ["電池", "材料"], title: "リチウムイオン電池"},
  {filing: "2020-02-01", publication: "2021-08-01", applicants: ["架空大学"], fi: ["B01D53/14,200"], collections: ["材料"], title: "二酸化炭素の分離"},
  {filing: "2021-07-01", publication: "2023-01-10", stage: "審査中", applicants: ["ＡＢＣ株式会社"], fi: ["H01M10/0562"], collections: ["電池"], title: "固体電解質のセンサー"}
];
const names = {"架空電機(株)": {entity: "架空電機株式会社", group: "架空グループ"}, "架空電機株式会社": {group: "架空グループ"}};
// 材料 was ingested after 電池.
const {data} = landscapeFixture(records, names, {ingestOrder: ["電池", "材料"]});
const 電池 = data.meta.collections.findIndex((c) => c.name === "電池");
const 材料 = data.meta.collections.findIndex((c) => c.name === "材料");

const ids = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i]);
const view = (search: string): LandscapeView => parseView(search);
const everything = (extra = "") => view(`collection=*${extra ? `&${extra}` : ""}`);
function selected(v: LandscapeView) {
  const selection = selectView(data, v);
  expect(selection.count).toBe(ids(selection.mask).length);
  return ids(selection.mask);
}

describe("selectView: collections", () => {
  test("the default is the collection ingested most recently", () => {
    expect(latestCollection(data.meta)).toBe(材料);
    const selection = selectView(data, DEFAULT_VIEW);
    expect(selection.collections).toEqual([材料]);
    expect(ids(selection.mask)).toEqual([0, 1, 3]);
  });

  test("an archive without ingest times falls back to the last collection by name", () => {
    const old = landscapeFixture(records, names).data;
    expect(old.meta.collections.map((c) => c.lastBatch)).toEqual([null, null]);
    expect(selectView(old, DEFAULT_VIEW).collections).toEqual([old.meta.collections.length - 1]);
    expect(recentCollections(old.meta, 5)).toEqual([1, 0]);
  });

  test("the collections ingested most recently, the latest first; those never recorded come last", () => {
    expect(recentCollections(data.meta, 2)).toEqual([材料, 電池]);
    expect(recentCollections(data.meta, 1)).toEqual([材料]);
    const partly = landscapeFixture(
      [{filing: "2020-01-01", applicants: ["X"], collections: ["甲", "乙", "丙"]}],
      {},
      {ingestOrder: ["乙"]}
    ).data;
    const idOf = (name: string) => partly.meta.collections.findIndex((c) => c.name === name);
    expect(recentCollections(partly.meta, 3)).toEqual([idOf("乙"), Math.max(idOf("甲"), idOf("丙")), Math.min(idOf("甲"), idOf("丙"))]);
    expect(latestCollection(landscapeFixture([]).data.meta)).toBe(-1);
  });

  test("named collections, every collection, unknown names", () => {
    expect(selected(view("collection=電池"))).toEqual([2, 3, 4]);
    expect(selected(view("collection=電池&collection=材料"))).toEqual([0, 1, 2, 3, 4]);
    expect(selectView(data, everything()).collections).toEqual([電池, 材料].sort());
    const stale = selectView(data, view("collection=無い研究&collection=電池"));
    expect(stale.collections).toEqual([電池]);
    expect(stale.unknownCollections).toEqual(["無い研究"]);
    // Nothing known: the default again, and the page can say which name was not found.
    const gone = selectView(data, view("collection=無い研究"));
    expect(gone.collections).toEqual([材料]);
    expect(gone.unknownCollections).toEqual(["無い研究"]);
  });
});

describe("selectView: filters", () => {
  test("year range of the view's basis and kind", () => {
    expect(selected(everything("from=2020&to=2020"))).toEqual([1, 2]);
    expect(selected(everything("year=fiscal&from=2020&to=2020"))).toEqual([2, 3]);
    expect(selected(everything("basis=publication&from=2022"))).toEqual([3, 4]);
  });

  test("applicant, FI prefix and lead FI", () => {
    expect(selected(everything("applicant=架空電機株式会社"))).toEqual([0, 3]);
    expect(selected(everything("applicant=架空電機株式会社&names=name"))).toEqual([0]);
    expect(selected(everything("fi=H01M"))).toEqual([0, 2, 3, 4]);
    expect(selected(everything("fi=H01M&fiscope=lead"))).toEqual([2, 3, 4]);
  });

  test("q through the search index; without one it is reported as not applied", () => {
    const searchText = {
      index: buildSearchIndex(data.applications, (id) => ({
        title: records.map((r) => r).sort((x, y) => (x.filing < y.filing ? -1 : 1))[id]!.title,
        abstract: "",
        applicants: ""
      })),
      abstract: () => ""
    };
    const withQuery = everything("q=電解質 -センサ");
    expect(ids(selectView(data, withQuery, {searchText}).mask)).toEqual([2]);
    expect(selectView(data, withQuery, {searchText}).searched).toBe(true);
    expect(ids(selectView(data, everything("q=ｾﾝｻ"), {searchText}).mask)).toEqual([4]);
    const unsearched = selectView(data, withQuery);
    expect(unsearched.searched).toBe(false);
    expect(unsearched.count).toBe(5);
  });
});

// Each chip keeps exactly the applications the clicked mark counted: the expected numbers come from the chart shaping
// functions, not from the chip code.
describe("selectView: chips follow the marks", () => {
  const all = everything();
  const allMask = selectView(data, all).mask;
  const chip = (kind: string, value: string) => selected(everything(`chip=${encodeURIComponent(`${kind}:${value}`)}`));

  test("a trend year and a year × stack segment", () => {
    const trend = trendByYear(data, allMask, {basis: "filing", yearKind: "calendar"});
    for (const total of trend.totals) expect(chip("year", String(total.year)).length).toBe(total.count);
    expect(chip("year", "2021")).toEqual([3, 4]);
    const byStage = trendByYear(data, allMask, {basis: "filing", yearKind: "calendar", stackBy: "stage"});
    for (const row of byStage.rows) expect(chip("stack", chipValue(String(row.year), row.series)).length).toBe(row.count);
    expect(chip("stack", chipValue("2020", UNKNOWN_STAGE))).toEqual([1]);
    const byLead = trendByYear(data, allMask, {basis: "filing", yearKind: "calendar", stackBy: "applicant", top: 6});
    for (const row of byLead.rows) expect(chip("stack", chipValue(String(row.year), row.series)).length).toBe(row.count);
  });

  test("a ranking bar and a network node: every application naming the applicant", () => {
    const ranking = applicantRanking(data, allMask, "entity", 10);
    for (const row of ranking.rows) expect(chip("applicant", row.label).length).toBe(row.count);
    expect(chip("applicant", "架空大学")).toEqual([0, 1, 2]);
  });

  test("an FI bar at every level, and with lead FI only", () => {
    for (const level of ["section", "class", "subclass", "mainGroup", "subgroup"] as const) {
      for (const row of fiCounts(data, allMask, {level}).rows) expect(chip("fi", row.node).length).toBe(row.count);
    }
    expect(chip("fi", "H01M10")).toEqual([2, 4]);
    expect(selected(everything(`fiscope=lead&chip=${encodeURIComponent("fi:C01B")}`))).toEqual([0]);
  });

  test("a matrix cell, a co-applicant edge", () => {
    const matrix = applicantTechnologyMatrix(data, allMask, {nameMode: "entity", level: "mainGroup"});
    for (const cell of matrix.cells) {
      expect(chip("cell", chipValue(cell.applicant, cell.technology)).length).toBe(cell.count);
    }
    const {pairs} = coApplicantPairs(data, allMask, {nameMode: "entity", top: 30});
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(chip("pair", chipValue(pair.labelA, pair.labelB)).length).toBe(pair.count);
  });

  test("a stage bar and an event bar", () => {
    for (const row of stageCounts(data, allMask).rows) expect(chip("stage", row.label).length).toBe(row.count);
    for (const row of eventCounts(data, allMask).rows) expect(chip("event", row.label).length).toBe(row.count);
    expect(chip("stage", "審査中")).toEqual([2, 4]);
  });

  test("a new-entrant bar: the applications of the applicants that entered that year", () => {
    const entrants = entrantsByYear(data, allMask, {basis: "filing", yearKind: "calendar", nameMode: "entity"});
    expect(entrants.find((e) => e.year === 2020)!.entrants).toBe(1);
    // ＡＢＣ株式会社 entered in 2020 (id 2) and filed again in 2021 (id 4).
    expect(chip("entrant", "2020")).toEqual([2, 4]);
    expect(chip("entrant", "2021")).toEqual([]);
  });

  test("chips combine with each other and with the filters", () => {
    const search = `collection=電池&chip=${encodeURIComponent("year:2021")}&chip=${encodeURIComponent("applicant:ＡＢＣ株式会社")}`;
    expect(selected(view(search))).toEqual([4]);
    expect(selected(view(`collection=材料&chip=${encodeURIComponent("fi:H01M4")}`))).toEqual([0, 3]);
  });
});
