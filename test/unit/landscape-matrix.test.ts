import {describe, expect, test} from "vitest";
import {applicantTechnologyMatrix} from "../../src/components/landscape/matrix.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

const {data} = landscapeFixture([
  {filing: "2020-01-01", applicants: ["X", "Y"], fi: ["H01M10/052", "H01M10/0562", "C01B25/45"]},
  {filing: "2020-01-02", applicants: ["X"], fi: ["H01M4/13", "H01M10/052"]},
  {filing: "2020-01-03", applicants: ["Y"], fi: ["C01B25/45@Z"]},
  {filing: "2020-01-04", applicants: ["Z"], fi: ["B01D53/14,200", "H01M4/62"]}
]);

describe("applicantTechnologyMatrix", () => {
  test("top applicants × top subclasses, each application counted once per cell", () => {
    const matrix = applicantTechnologyMatrix(data, all(data), {nameMode: "entity", level: "subclass", topApplicants: 2, topTechnologies: 2});
    expect(matrix.applicants).toEqual(["X", "Y"]);
    expect(matrix.technologies).toEqual(["H01M", "C01B"]);
    expect(matrix.cells).toEqual([
      {applicant: "X", technology: "H01M", count: 2},
      {applicant: "X", technology: "C01B", count: 1},
      {applicant: "Y", technology: "H01M", count: 1},
      {applicant: "Y", technology: "C01B", count: 2}
    ]);
  });

  test("main groups under an FI prefix, zeros kept", () => {
    const matrix = applicantTechnologyMatrix(data, all(data), {
      nameMode: "entity",
      level: "mainGroup",
      fiPrefix: "H01M",
      topApplicants: 2,
      topTechnologies: 5
    });
    expect(matrix.technologies).toEqual(["H01M10", "H01M4"]);
    expect(matrix.cells.map((c) => c.count)).toEqual([2, 1, 1, 0]);
  });

  test("the CSV puts applicants down and technologies across", () => {
    const matrix = applicantTechnologyMatrix(data, all(data), {nameMode: "entity", level: "subclass", topApplicants: 2, topTechnologies: 2});
    const table = tables.matrixTable(matrix);
    expect(table.columns).toEqual([
      {key: "applicant", label: "出願人"},
      {key: "t0", label: "H01M"},
      {key: "t1", label: "C01B"}
    ]);
    expect(table.rows).toEqual([{applicant: "X", t0: 2, t1: 1}, {applicant: "Y", t0: 1, t1: 2}]);
  });
});
