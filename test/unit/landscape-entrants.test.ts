import {describe, expect, test} from "vitest";
import {entrantsByYear} from "../../src/components/landscape/entrants.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

// X files in 2018, 2019 and 2021; Y first in 2019 (with X); Z first in 2021 (with Y). Latest 出願日 2021-06-01, so
// the 参考値 window starts 2019-12-01: 2019–2021 are flagged.
const {data} = landscapeFixture([
  {filing: "2018-05-01", applicants: ["X"]},
  {filing: "2019-05-01", applicants: ["X", "Y"]},
  {filing: "2021-05-01", applicants: ["Y", "Z"]},
  {filing: "2021-06-01", applicants: ["X"]}
]);

describe("entrantsByYear", () => {
  test("entrants, active applicants and applications per year", () => {
    expect(entrantsByYear(data, all(data), {basis: "filing", yearKind: "calendar", nameMode: "entity"})).toEqual([
      {year: 2018, entrants: 1, applicants: 1, applications: 1, reference: false, firstYear: true},
      {year: 2019, entrants: 1, applicants: 2, applications: 1, reference: true, firstYear: false},
      {year: 2020, entrants: 0, applicants: 0, applications: 0, reference: true, firstYear: false},
      {year: 2021, entrants: 1, applicants: 3, applications: 2, reference: true, firstYear: false}
    ]);
  });

  test("first filings are first within the selection", () => {
    const rows = entrantsByYear(data, only(data, [1, 2, 3]), {basis: "filing", yearKind: "calendar", nameMode: "entity"});
    expect(rows.map((r) => [r.year, r.entrants, r.applicants])).toEqual([[2019, 2, 2], [2020, 0, 0], [2021, 1, 3]]);
    expect(entrantsByYear(data, only(data, []), {basis: "filing", yearKind: "calendar", nameMode: "entity"})).toEqual([]);
  });

  test("the CSV columns", () => {
    const table = tables.entrantsTable(
      entrantsByYear(data, all(data), {basis: "filing", yearKind: "fiscal", nameMode: "entity"}),
      "filing",
      "fiscal"
    );
    expect(table.columns.map((c) => (typeof c === "string" ? c : c.label))).toEqual([
      "出願年度", "新規参入者数", "出願人数", "出願件数", "参考値"
    ]);
    expect([...table.rows][0]).toMatchObject({year: 2018, entrants: 1, reference: ""});
  });
});
