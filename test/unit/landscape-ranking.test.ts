import {describe, expect, test} from "vitest";
import {countPerKey, topKeys} from "../../src/components/landscape/applicant-counts.js";
import {applicantRanking} from "../../src/components/landscape/ranking.js";
import * as readings from "../../src/components/landscape/readings.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

// Ids in the order given (filing dates ascend). Name keys: A社 0, A社（旧） 1, B社 2, C社 3.
const {data} = landscapeFixture(
  [
    {filing: "2020-01-01", applicants: ["A社", "A社（旧）"]},
    {filing: "2020-01-02", applicants: ["B社"]},
    {filing: "2020-01-03", applicants: ["A社（旧）", "C社"]},
    {filing: "2020-01-04", applicants: ["C社"]},
    {filing: "2020-01-05", applicants: ["B社"]}
  ],
  {"A社（旧）": {entity: "A社"}, "B社": {group: "BCグループ"}, "C社": {group: "BCグループ"}}
);

describe("applicant counts", () => {
  test("an application counts once per key, even with two spellings of one entity", () => {
    expect([...countPerKey(data, all(data), "name")]).toEqual([1, 2, 2, 2]);
    expect([...countPerKey(data, all(data), "entity")]).toEqual([2, 2, 2]);
    expect([...countPerKey(data, all(data), "entity", {leadOnly: true})]).toEqual([2, 2, 1]);
  });

  test("top keys: most first, ties in label order", () => {
    expect(topKeys(Int32Array.from([1, 2, 2, 2]), 3)).toEqual([1, 2, 3]);
    expect(topKeys(Int32Array.from([0, 5, 0]), 3)).toEqual([1]);
  });
});

describe("applicantRanking", () => {
  test("名寄せ後: counts, shares of the selection, shared ranks for ties", () => {
    const ranking = applicantRanking(data, all(data), "entity", 10);
    expect(ranking.total).toBe(5);
    expect(ranking.applicants).toBe(3);
    expect(ranking.rows).toEqual([
      {rank: 1, key: 0, label: "A社", count: 2, share: 0.4},
      {rank: 1, key: 1, label: "B社", count: 2, share: 0.4},
      {rank: 1, key: 2, label: "C社", count: 2, share: 0.4}
    ]);
  });

  test("出願人名（原文） keeps the spellings apart; rank 4 follows three tied at 1", () => {
    const ranking = applicantRanking(data, all(data), "name", 10);
    expect(ranking.rows.map((r) => [r.rank, r.label, r.count])).toEqual([
      [1, "A社（旧）", 2],
      [1, "B社", 2],
      [1, "C社", 2],
      [4, "A社", 1]
    ]);
  });

  test("グループ, top N and a partial selection", () => {
    const ranking = applicantRanking(data, all(data), "group", 1);
    expect(ranking.rows).toEqual([{rank: 1, key: 1, label: "BCグループ", count: 4, share: 0.8}]);
    expect(ranking.applicants).toBe(2);
    const partial = applicantRanking(data, only(data, [2, 3]), "entity", 10);
    expect(partial.rows.map((r) => [r.label, r.count, r.share])).toEqual([["C社", 2, 1], ["A社", 1, 0.5]]);
  });

  test("the CSV has rank, name, count and percent; the reading names the leader", () => {
    const ranking = applicantRanking(data, all(data), "group", 2);
    expect(tables.rankingTable(ranking).rows).toEqual([
      {rank: 1, key: 1, label: "BCグループ", count: 4, share: 0.8, percent: 80},
      {rank: 2, key: 0, label: "A社", count: 2, share: 0.4, percent: 40}
    ]);
    expect(tables.rankingTable(ranking).columns.map((c) => (typeof c === "string" ? c : c.label))).toEqual([
      "順位", "出願人", "出願件数", "割合（%）"
    ]);
    expect(readings.rankingReading(ranking)).toContain("首位は「BCグループ」で4件（80.0%）");
    expect(readings.rankingReading(applicantRanking(data, only(data, []), "entity", 5))).toBe(readings.NOTHING_SELECTED);
  });
});
