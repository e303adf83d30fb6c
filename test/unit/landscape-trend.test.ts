import {describe, expect, test} from "vitest";
import * as tables from "../../src/components/landscape/tables.js";
import {OTHER_SERIES, TOTAL_SERIES, trendByYear} from "../../src/components/landscape/trend.js";
import {UNKNOWN_STAGE} from "../../src/components/landscape/rights-status.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

// Ids by filing date: 0 = 2020-01-10 (X), 1 = 2022-03-01 (X, Y), 2 = 2022-07-01 (Y), 3 = 2023-05-01 (X),
// 4 = 2024-12-30 (Z, X). The latest 出願日 2024-12-30 makes 2023 and 2024 参考値.
const {data} = landscapeFixture([
  {filing: "2022-03-01", stage: "審査中", applicants: ["X", "Y"]},
  {filing: "2022-07-01", applicants: ["Y"]},
  {filing: "2023-05-01", stage: "特許 有効", applicants: ["X"]},
  {filing: "2024-12-30", stage: "審査中", applicants: ["Z", "X"]},
  {filing: "2020-01-10", applicants: ["X"]}
]);

describe("trendByYear", () => {
  test("counts per year with the gaps filled and the 参考値 years flagged", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "calendar"});
    expect(trend.series).toEqual([TOTAL_SERIES]);
    expect(trend.totals).toEqual([
      {year: 2020, count: 1, reference: false},
      {year: 2021, count: 0, reference: false},
      {year: 2022, count: 2, reference: false},
      {year: 2023, count: 1, reference: true},
      {year: 2024, count: 1, reference: true}
    ]);
    expect(trend.rows.map((r) => [r.year, r.count])).toEqual([[2020, 1], [2022, 2], [2023, 1], [2024, 1]]);
  });

  test("fiscal years (April–March)", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "fiscal"});
    expect(trend.totals.map((t) => [t.year, t.count, t.reference])).toEqual([
      [2019, 1, false],
      [2020, 0, false],
      [2021, 1, false],
      [2022, 1, false],
      [2023, 1, true],
      [2024, 1, true]
    ]);
  });

  test("stacked by ステージ in life-cycle order, unknown last", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "stage"});
    expect(trend.series).toEqual(["審査中", "特許 有効", UNKNOWN_STAGE]);
    expect(trend.rows.map((r) => [r.year, r.series, r.count])).toEqual([
      [2020, UNKNOWN_STAGE, 1],
      [2022, "審査中", 1],
      [2022, UNKNOWN_STAGE, 1],
      [2023, "特許 有効", 1],
      [2024, "審査中", 1]
    ]);
  });

  test("stacked by the top lead applicants, the rest as その他; the stack adds up to the applications", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "applicant", top: 1});
    expect(trend.series).toEqual(["X", OTHER_SERIES]);
    expect(trend.rows.map((r) => [r.year, r.series, r.count])).toEqual([
      [2020, "X", 1],
      [2022, "X", 1],
      [2022, OTHER_SERIES, 1],
      [2023, "X", 1],
      [2024, OTHER_SERIES, 1]
    ]);
    // Y and Z lead one application each: the tie goes to label order.
    expect(trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "applicant", top: 2}).series)
      .toEqual(["X", "Y", OTHER_SERIES]);
  });

  test("only selected applications; an empty selection has no years", () => {
    const trend = trendByYear(data, only(data, [1, 2]), {basis: "filing", yearKind: "calendar"});
    expect(trend.totals.map((t) => [t.year, t.count])).toEqual([[2022, 2]]);
    expect(trendByYear(data, only(data, []), {basis: "filing", yearKind: "calendar"}).totals).toEqual([]);
  });

  test("throughYear runs the axis on to the data's last year", () => {
    const trend = trendByYear(data, only(data, [0]), {basis: "filing", yearKind: "calendar", throughYear: 2022});
    expect(trend.totals.map((t) => [t.year, t.count])).toEqual([[2020, 1], [2021, 0], [2022, 0]]);
  });

  test("the CSV table has one column per series, the total and the flag", () => {
    const table = tables.trendTable(trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "applicant", top: 1}));
    expect(table.columns).toEqual([
      {key: "year", label: "出願年"},
      {key: "s0", label: "X"},
      {key: "s1", label: OTHER_SERIES},
      {key: "total", label: "出願件数（合計）"},
      {key: "reference", label: "参考値"}
    ]);
    expect(table.rows).toEqual([
      {year: 2020, s0: 1, s1: 0, total: 1, reference: ""},
      {year: 2021, s0: 0, s1: 0, total: 0, reference: ""},
      {year: 2022, s0: 1, s1: 1, total: 2, reference: ""},
      {year: 2023, s0: 1, s1: 0, total: 1, reference: "参考値"},
      {year: 2024, s0: 0, s1: 1, total: 1, reference: "参考値"}
    ]);
  });
});
