// @vitest-environment jsdom
// The chart functions draw marks from the shaped data, and data text lands in the SVG as text, never as markup.

import {describe, expect, test} from "vitest";
import {countPerKey} from "../../src/components/landscape/applicant-counts.js";
import {barListChart} from "../../src/components/landscape/bar-list-chart.js";
import {coApplicantPairs} from "../../src/components/landscape/co-applicants.js";
import {entrantsByYear} from "../../src/components/landscape/entrants.js";
import {entrantsChart, lifecycleChart} from "../../src/components/landscape/entrants-chart.js";
import {applicantTechnologyMatrix} from "../../src/components/landscape/matrix.js";
import {matrixChart} from "../../src/components/landscape/matrix-chart.js";
import {networkChart} from "../../src/components/landscape/network-chart.js";
import {applicantRanking} from "../../src/components/landscape/ranking.js";
import {sparkline} from "../../src/components/landscape/sparkline.js";
import {trendByYear} from "../../src/components/landscape/trend.js";
import {trendChart} from "../../src/components/landscape/trend-chart.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

const HOSTILE = "<img src=x onerror=alert(1)>";
const {data} = landscapeFixture([
  {filing: "2019-04-01", stage: "審査中", applicants: [HOSTILE, "架空電機株式会社"], fi: ["H01M10/052", "C01B25/45"]},
  {filing: "2020-05-01", applicants: ["架空電機株式会社"], fi: ["H01M4/13"]},
  {filing: "2021-06-01", applicants: ["架空大学", HOSTILE], fi: ["H01M10/0562"]},
  {filing: "2022-07-01", applicants: ["架空大学"], fi: ["B01D53/14"]}
]);

const marks = (node: Element) => node.querySelectorAll("rect, path, circle, line").length;

describe("landscape charts", () => {
  // The heat map's colour legend needs a canvas, which jsdom lacks: the browser test draws it.
  test("each draws marks", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "stage"});
    const entrants = entrantsByYear(data, all(data), {basis: "filing", yearKind: "calendar", nameMode: "entity"});
    const matrix = applicantTechnologyMatrix(data, all(data), {nameMode: "entity", level: "subclass"});
    const counts = countPerKey(data, all(data), "entity");
    const charts = {
      trend: trendChart(trend, {width: 480}),
      entrants: entrantsChart(entrants, {width: 480, basis: "filing", yearKind: "calendar"}),
      lifecycle: lifecycleChart(entrants, {width: 480, yearKind: "calendar"}),
      bubble: matrixChart(matrix, {width: 480, style: "bubble"}),
      network: networkChart(coApplicantPairs(data, all(data), {nameMode: "entity"}).pairs, {
        width: 480,
        applicationsOf: (key) => counts[key]!
      }),
      sparkline: sparkline([{year: 2020, applications: 3}, {year: 2021, applications: 5}], {width: 300})
    };
    for (const [name, chart] of Object.entries(charts)) expect(marks(chart), name).toBeGreaterThan(0);
  });

  test("a ranking bar list keeps hostile names as text and links with encoded names", () => {
    const ranking = applicantRanking(data, all(data), "name", 10);
    const chart = barListChart(ranking.rows, {
      width: 480,
      label: (d) => d.label,
      value: (d) => d.count,
      text: (d) => `${d.count}件`,
      href: (d) => `./applicant?name=${encodeURIComponent(d.label)}`,
      xLabel: "出願件数"
    });
    expect(chart.querySelectorAll("img")).toHaveLength(0);
    expect([...chart.querySelectorAll("text")].map((t) => t.textContent)).toContain(HOSTILE);
    const hrefs = [...chart.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`./applicant?name=${encodeURIComponent(HOSTILE)}`);
  });

  // Charts are drawn at the width of their card, which can be briefly tiny while the page lays out (a card appearing,
  // the window narrowed): a mark with a negative size is an error in the console ("<rect> attribute width: A
  // negative value is not valid"), and Plot draws one when a chart is narrower than its own margins.
  test("no chart draws a rect with a negative size, however narrow it is drawn", () => {
    const trend = trendByYear(data, all(data), {basis: "filing", yearKind: "calendar", stackBy: "stage"});
    const entrants = entrantsByYear(data, all(data), {basis: "filing", yearKind: "calendar", nameMode: "entity"});
    const matrix = applicantTechnologyMatrix(data, all(data), {nameMode: "entity", level: "subclass"});
    const counts = countPerKey(data, all(data), "entity");
    const ranking = applicantRanking(data, all(data), "name", 10);
    const draw: Record<string, (width: number) => Element> = {
      barList: (width) =>
        barListChart(ranking.rows, {width, label: (d) => d.label, value: (d) => d.count, text: (d) => `${d.count}件`, xLabel: "出願件数"}),
      trend: (width) => trendChart(trend, {width}),
      entrants: (width) => entrantsChart(entrants, {width, basis: "filing", yearKind: "calendar"}),
      lifecycle: (width) => lifecycleChart(entrants, {width, yearKind: "calendar"}),
      bubble: (width) => matrixChart(matrix, {width, style: "bubble"}),
      network: (width) =>
        networkChart(coApplicantPairs(data, all(data), {nameMode: "entity"}).pairs, {width, applicationsOf: (key) => counts[key]!}),
      sparkline: (width) => sparkline([{year: 2020, applications: 3}, {year: 2021, applications: 5}], {width})
    };
    const negative: string[] = [];
    for (const [name, chart] of Object.entries(draw)) {
      for (const width of [1, 20, 60, 100, 117, 150, 240]) {
        for (const rect of chart(width).querySelectorAll("rect")) {
          for (const size of ["width", "height"]) {
            if (Number(rect.getAttribute(size)) < 0) negative.push(`${name} at ${width}px: ${size}=${rect.getAttribute(size)}`);
          }
        }
      }
    }
    expect([...new Set(negative)]).toEqual([]);
  });
});
