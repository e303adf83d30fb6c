import {describe, expect, test} from "vitest";
import {coApplicantPairs, partnersOf} from "../../src/components/landscape/co-applicants.js";
import {applicantKeys, keyOfLabel} from "../../src/components/landscape/name-mode.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

const {data} = landscapeFixture(
  [
    {filing: "2020-01-01", applicants: ["A社", "B社", "C社"]},
    {filing: "2020-01-02", applicants: ["A社", "B社"]},
    {filing: "2020-01-03", applicants: ["B社", "C社"]},
    {filing: "2020-01-04", applicants: ["A社", "A社（旧）"]},
    {filing: "2020-01-05", applicants: ["D社"]}
  ],
  {"A社（旧）": {entity: "A社"}}
);

describe("coApplicantPairs", () => {
  test("pairs by the applications they share; two spellings of one entity never pair", () => {
    const co = coApplicantPairs(data, all(data), {nameMode: "entity"});
    expect(co.total).toBe(5);
    expect(co.jointApplications).toBe(3);
    expect(co.pairs.map((p) => [p.labelA, p.labelB, p.count])).toEqual([
      ["A社", "B社", 2],
      ["B社", "C社", 2],
      ["A社", "C社", 1]
    ]);
  });

  test("as written, the two spellings are a pair; top N and selections apply", () => {
    const co = coApplicantPairs(data, all(data), {nameMode: "name", top: 4});
    expect(co.jointApplications).toBe(4);
    expect(co.pairs.map((p) => [p.labelA, p.labelB, p.count])).toEqual([
      ["A社", "B社", 2],
      ["B社", "C社", 2],
      ["A社", "A社（旧）", 1],
      ["A社", "C社", 1]
    ]);
    expect(coApplicantPairs(data, only(data, [2, 4]), {nameMode: "entity"}).pairs.map((p) => p.count)).toEqual([1]);
  });

  test("the partners of one applicant", () => {
    const a = keyOfLabel(applicantKeys(data, "entity"), "A社");
    expect(partnersOf(data, all(data), "entity", a).map((p) => [p.label, p.count])).toEqual([["B社", 2], ["C社", 1]]);
  });

  test("the CSV", () => {
    const table = tables.pairsTable(coApplicantPairs(data, all(data), {nameMode: "entity", top: 1}).pairs);
    expect(table.rows).toEqual([{a: 0, b: 1, labelA: "A社", labelB: "B社", count: 2}]);
    expect(table.columns.map((c) => (typeof c === "string" ? c : c.label))).toEqual(["出願人A", "出願人B", "共同出願件数"]);
  });
});
