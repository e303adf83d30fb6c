import {describe, expect, test} from "vitest";
import {collectionOverlap, overlapMask} from "../../src/components/compare/collection-overlap.js";
import {
  alignedRankings,
  alignedTrends,
  applicantPanels,
  collectionPanels,
  technologyMix,
  unionMask
} from "../../src/components/compare/compare-panels.js";
import * as readings from "../../src/components/compare/compare-readings.js";
import {NO_FILTER} from "../../src/components/landscape/filter-mask.js";
import {applicantKeys, keyOfLabel} from "../../src/components/landscape/name-mode.js";
import {applicantTechnologyMatrix} from "../../src/components/landscape/matrix.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

// Two studies that share two applications, and a third one apart.
const {data, apps} = landscapeFixture(
  [
    {filing: "2010-03-01", applicants: ["甲電機"], fi: ["G01S17/89"], collections: ["LiDAR"]},
    {filing: "2012-05-01", applicants: ["甲電機", "乙化学"], fi: ["G01S17/89", "B01D53/14"], collections: ["LiDAR", "CO2"]},
    {filing: "2012-06-01", applicants: ["乙化学"], fi: ["B01D53/14"], collections: ["CO2"]},
    {filing: "2013-01-01", applicants: ["丙重工"], fi: ["B01D53/62", "C01B32/50"], collections: ["CO2", "LiDAR", "水"]},
    {filing: "2014-01-01", applicants: ["丙重工"], fi: ["E03C1/04"], collections: ["水"]},
    {filing: "2015-01-01", applicants: ["甲電機"], fi: ["G01S7/48"], collections: ["LiDAR"]},
    {filing: "2016-01-01", applicants: ["丁"], fi: ["G01S7/48"], collections: []}
  ],
  {甲電機: {group: "甲グループ"}, 丁: {group: "甲グループ"}}
);
const id = (name: string) => data.meta.collections.findIndex((c) => c.name === name);

/** The oracle: every application's collection names, straight from the records. */
function bruteForce(names: string[]) {
  const sets = apps.map((a) => new Set(a.collections ?? []));
  const inAll = sets.filter((s) => names.every((n) => s.has(n))).length;
  const inSeveral = sets.filter((s) => names.filter((n) => s.has(n)).length >= 2).length;
  const pair = (x: string, y: string) => sets.filter((s) => s.has(x) && s.has(y)).length;
  return {inAll, inSeveral, pair};
}

describe("collectionOverlap", () => {
  test("pairs, all, union and exact memberships agree with a count over the records", () => {
    const names = ["LiDAR", "CO2", "水"];
    const overlap = collectionOverlap(data, all(data), names.map(id));
    const oracle = bruteForce(names);
    expect(overlap.sizes).toEqual([4, 3, 2]);
    expect(overlap.pairs).toEqual([
      {a: 0, b: 1, count: oracle.pair("LiDAR", "CO2")},
      {a: 0, b: 2, count: oracle.pair("LiDAR", "水")},
      {a: 1, b: 2, count: oracle.pair("CO2", "水")}
    ]);
    expect(overlap.pairs.map((p) => p.count)).toEqual([2, 1, 1]);
    expect(overlap.inAll).toBe(oracle.inAll);
    expect(overlap.inAll).toBe(1);
    expect(overlap.inSeveral).toBe(oracle.inSeveral);
    expect(overlap.union).toBe(6);
    expect(overlap.memberships).toEqual([
      {members: [0], count: 2},
      {members: [1], count: 1},
      {members: [2], count: 1},
      {members: [0, 1], count: 1},
      {members: [0, 1, 2], count: 1}
    ]);
    expect(overlap.memberships.reduce((n, m) => n + m.count, 0)).toBe(overlap.union);
  });

  test("follows the other filters and lists the overlap's applications", () => {
    const before2013 = collectionPanels(data, {...NO_FILTER, yearTo: 2012}, [id("LiDAR")])[0]!;
    const filtered = collectionOverlap(data, collectionPanelsMask(2012), [id("LiDAR"), id("CO2")]);
    expect(before2013.count).toBe(2);
    expect(filtered.inAll).toBe(1);
    const mask = overlapMask(data, all(data), [id("LiDAR"), id("CO2")]);
    expect([...mask].flatMap((m, a) => (m ? [apps[a]!.filing] : []))).toEqual(["2012-05-01", "2013-01-01"]);
  });

  test("refuses more collections than its bits hold", () => {
    expect(() => collectionOverlap(data, all(data), [0, 1, 2, 3, 4, 5, 6, 7, 8])).toThrow(/at most 8/);
  });
});

function collectionPanelsMask(yearTo: number): Uint8Array {
  return collectionPanels(data, {...NO_FILTER, yearTo}, [id("LiDAR"), id("CO2")]).reduce((mask, panel) => {
    panel.mask.forEach((m, a) => (mask[a]! |= m));
    return mask;
  }, new Uint8Array(data.applications));
}

describe("panels on one scale", () => {
  const panels = collectionPanels(data, NO_FILTER, [id("LiDAR"), id("CO2")]);

  test("one panel per collection, counted as the landscape counts it", () => {
    expect(panels.map((p) => [p.label, p.count, p.role])).toEqual([
      ["LiDAR", 4, ""],
      ["CO2", 3, ""]
    ]);
  });

  test("trends run over the same years, with zeros, and share the top of the y axis", () => {
    const {trends, yMax} = alignedTrends(data, panels, {basis: "filing", yearKind: "calendar"});
    expect(trends.map((t) => t.totals.map((d) => d.year))).toEqual([
      [2010, 2011, 2012, 2013, 2014, 2015],
      [2010, 2011, 2012, 2013, 2014, 2015]
    ]);
    expect(trends[0]!.totals.map((d) => d.count)).toEqual([1, 0, 1, 1, 0, 1]);
    expect(trends[1]!.totals.map((d) => d.count)).toEqual([0, 0, 2, 1, 0, 0]);
    expect(yMax).toBe(2);
    expect(readings.trendComparisonReading(panels, trends)).toContain("「CO2」が2012年（2件）");
  });

  test("rankings share the end of the x axis", () => {
    const {rankings, xMax} = alignedRankings(data, panels, "entity", 10);
    expect(rankings[0]!.rows.map((r) => [r.label, r.count])).toEqual([
      ["甲電機", 3],
      ["丙重工", 1],
      ["乙化学", 1]
    ]);
    expect(xMax).toBe(3);
    expect(readings.rankingComparisonReading(panels, rankings)).toContain("どの上位にも入るのは「甲電機」ほか2者");
  });

  test("the technology mix shows the same nodes in the same order in every panel, as shares", () => {
    const mix = technologyMix(data, panels, {level: "subclass", top: 1});
    // Ordered by the sum of the shares: B01D 2/4 + 3/3 before G01S 3/4 + 1/3.
    expect(mix.nodes).toEqual(["B01D", "G01S"]);
    expect(mix.rows.map((rows) => rows.map((r) => [r.node, r.count, r.share]))).toEqual([
      [
        ["B01D", 2, 2 / 4],
        ["G01S", 3, 3 / 4]
      ],
      [
        ["B01D", 3, 3 / 3],
        ["G01S", 1, 1 / 3]
      ]
    ]);
    expect(mix.totals).toEqual([4, 3]);
    expect(mix.xMax).toBe(1);
    expect(readings.technologyMixReading(panels, mix)).toContain("差が最も大きいのは B01D");
  });
});

describe("applicant panels", () => {
  test("the client first, then the competitors, each within the scope; an unknown name is reported", () => {
    const scope = collectionPanels(data, NO_FILTER, [id("LiDAR")])[0]!.mask;
    const {panels, missing} = applicantPanels(data, scope, "entity", ["丙重工", "甲電機", "無名"]);
    expect(panels.map((p) => [p.role, p.label, p.count])).toEqual([
      ["自社", "丙重工", 1],
      ["競合", "甲電機", 3]
    ]);
    expect(missing).toEqual(["無名"]);
  });

  test("a group gathers its members' applications", () => {
    const {panels} = applicantPanels(data, all(data), "group", ["甲グループ"]);
    expect(panels[0]!.count).toBe(4);
  });

  test("the matrix of the chosen applicants has exactly their rows, in their order", () => {
    const {panels} = applicantPanels(data, all(data), "entity", ["乙化学", "甲電機"]);
    const keys = applicantKeys(data, "entity");
    const matrix = applicantTechnologyMatrix(data, unionMask(data, panels), {
      nameMode: "entity",
      level: "subclass",
      applicants: panels.map((p) => keyOfLabel(keys, p.label))
    });
    expect(matrix.applicants).toEqual(["乙化学", "甲電機"]);
    expect(matrix.technologies).toEqual(["G01S", "B01D"]);
    expect(matrix.cells.map((c) => c.count)).toEqual([1, 2, 3, 1]);
    // The same numbers as each applicant's technology mix: one implementation behind both.
    const mix = technologyMix(data, panels, {level: "subclass"});
    for (const cell of matrix.cells) {
      const row = mix.rows[panels.findIndex((p) => p.label === cell.applicant)]!.find((r) => r.node === cell.technology);
      expect(row?.count ?? 0).toBe(cell.count);
    }
    expect(readings.applicantMatrixReading(panels, matrix)).toContain("自社「乙化学」の最多は B01D（2件）");
  });
});
