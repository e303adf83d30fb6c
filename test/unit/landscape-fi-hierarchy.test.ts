import {describe, expect, test} from "vitest";
import {readFiTitles} from "../../loaders/site/fi-titles.js";
import {
  childLevelOf,
  drillPrefix,
  fiBreadcrumb,
  fiCodeMatches,
  fiCounts,
  fiNodeLabel
} from "../../src/components/landscape/fi-hierarchy.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

const {data} = landscapeFixture([
  {filing: "2020-01-01", applicants: ["X"], fi: ["H01M10/052", "H01M10/0562", "C01B25/45"]},
  {filing: "2020-01-02", applicants: ["X"], fi: ["H01M4/13", "H01M10/052"]},
  {filing: "2020-01-03", applicants: ["Y"], fi: ["C01B25/45@Z"]},
  {filing: "2020-01-04", applicants: ["Z"], fi: ["B01D53/14,200", "H01M4/62"]}
]);

const counts = (options: Parameters<typeof fiCounts>[2], mask = all(data)) =>
  fiCounts(data, mask, options).rows.map((r) => [r.node, r.count]);

describe("FI levels and drill-down", () => {
  test("the level shown below a prefix", () => {
    expect(childLevelOf("")).toBe("section");
    expect(childLevelOf("h")).toBe("class");
    expect(childLevelOf("H01")).toBe("subclass");
    expect(childLevelOf("H01M")).toBe("mainGroup");
    expect(childLevelOf("H01M10/")).toBe("subgroup");
    expect(childLevelOf("H01M1")).toBe("subgroup");
  });

  test("a main group drills into itself with a slash, so H01M1 never takes in H01M10", () => {
    expect(drillPrefix("H01M10", "mainGroup")).toBe("H01M10/");
    expect(drillPrefix("H01", "class")).toBe("H01");
  });

  test("the breadcrumb lists the complete levels, then what was typed", () => {
    expect(fiBreadcrumb("")).toEqual([{label: "すべて", prefix: ""}]);
    expect(fiBreadcrumb("H01M10/05")).toEqual([
      {label: "すべて", prefix: ""},
      {label: "H", prefix: "H"},
      {label: "H01", prefix: "H01"},
      {label: "H01M", prefix: "H01M"},
      {label: "H01M10", prefix: "H01M10/"},
      {label: "H01M10/05", prefix: "H01M10/05"}
    ]);
    expect(fiBreadcrumb("h01").map((c) => c.label)).toEqual(["すべて", "H", "H01"]);
    expect(fiBreadcrumb("H01M10").map((c) => c.prefix)).toEqual(["", "H", "H01", "H01M", "H01M10"]);
  });

  test("sections carry their title; other levels theirs where one is known", () => {
    expect(fiNodeLabel("H")).toBe("H 電気");
    expect(fiNodeLabel("H01M")).toBe("H01M");
    const titles = {H01: "基本的電気素子", "H01M10/052": "リチウム二次電池"};
    expect(fiNodeLabel("H01", titles)).toBe("H01 基本的電気素子");
    expect(fiNodeLabel("H01M10/052", titles)).toBe("H01M10/052 リチウム二次電池");
    // The section titles stay when a title file leaves them out; nothing inherited from Object is a title.
    expect(fiNodeLabel("H", titles)).toBe("H 電気");
    expect(fiNodeLabel("constructor", titles)).toBe("constructor");
  });
});

describe("fiCounts", () => {
  test("applications per section, each counted once per node, most first", () => {
    const result = fiCounts(data, all(data), {level: "section"});
    expect(result.total).toBe(4);
    expect(result.rows).toEqual([
      {node: "H", label: "H 電気", title: "電気", count: 3, share: 0.75},
      {node: "C", label: "C 化学；冶金", title: "化学；冶金", count: 2, share: 0.5},
      {node: "B", label: "B 処理操作；運輸", title: "処理操作；運輸", count: 1, share: 0.25}
    ]);
  });

  test("titles of the shipped file beside class codes, none where unknown", () => {
    const titles = readFiTitles();
    const rows = fiCounts(data, all(data), {level: "class", titles}).rows;
    expect(rows.map((r) => [r.label, r.title])).toEqual([
      ["H01 基本的電気素子", "基本的電気素子"],
      ["C01 無機化学", "無機化学"],
      ["B01 物理的または化学的方法または装置一般", "物理的または化学的方法または装置一般"]
    ]);
    expect(fiCounts(data, all(data), {level: "subclass", titles}).rows.map((r) => r.label)).toEqual(["H01M", "C01B", "B01D"]);
  });

  test("only the 筆頭FI with the lead scope; ties in code order", () => {
    expect(counts({level: "section", scope: "lead"})).toEqual([["H", 2], ["B", 1], ["C", 1]]);
  });

  test("each level under a prefix", () => {
    expect(counts({level: "class", prefix: "H"})).toEqual([["H01", 3]]);
    expect(counts({level: "mainGroup", prefix: "H01M"})).toEqual([["H01M10", 2], ["H01M4", 2]]);
    expect(counts({level: "subgroup", prefix: "H01M10/"})).toEqual([["H01M10/052", 2], ["H01M10/0562", 1]]);
    // 展開記号 and 分冊識別記号 do not split a subgroup.
    expect(counts({level: "subgroup", prefix: "C01B25/"})).toEqual([["C01B25/45", 2]]);
    expect(counts({level: "section"}, only(data, [2]))).toEqual([["C", 1]]);
  });

  test("matching codes for the prefix filter", () => {
    expect(fiCodeMatches(data, "")).toBeNull();
    const matches = fiCodeMatches(data, "h01m10/")!;
    expect(data.fiCodes.fi.filter((_, code) => matches[code])).toEqual(["H01M10/052", "H01M10/0562"]);
  });

  test("the CSV names the level", () => {
    const table = tables.fiTable(fiCounts(data, all(data), {level: "subclass"}));
    expect(table.columns[0]).toEqual({key: "node", label: "FI（サブクラス）"});
    expect([...table.rows][0]).toMatchObject({node: "H01M", count: 3, percent: 75});
    expect(table.columns[1]).toEqual({key: "title", label: "タイトル"});
  });
});
