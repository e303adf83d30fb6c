// @vitest-environment jsdom
// The chart registry is the one list of the landscape charts: every chart the ランドスケープ page draws is in it, and
// every entry shapes, reads, tabulates and (for the native forms) gives the same numbers as its own table.

import {readFileSync} from "node:fs";
import path from "node:path";
import {describe, expect, test} from "vitest";
import {selectView} from "../../src/components/landscape/view-selection.js";
import {DEFAULT_VIEW, parseView} from "../../src/components/landscape/view-state.js";
import {CHART_REGISTRY, chartEntry, shapeCharts} from "../../src/components/report/chart-registry.js";
import {landscapeFixture} from "../support/landscape-fixture.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HOSTILE = "<img src=x onerror=alert(1)>";

const {data} = landscapeFixture([
  {filing: "2018-04-01", stage: "審査中", event: "審査請求", applicants: [HOSTILE, "架空電機株式会社"], fi: ["H01M10/052", "C01B25/45"], collections: ["電池"]},
  {filing: "2019-05-01", stage: "登録", applicants: ["架空電機株式会社"], fi: ["H01M4/13"], collections: ["電池"]},
  {filing: "2020-06-01", applicants: ["架空大学", HOSTILE], fi: ["H01M10/0562"], collections: ["電池", "固体"]},
  {filing: "2021-07-01", applicants: ["架空大学"], fi: ["B01D53/14"], collections: ["固体"]},
  {filing: "2022-08-01", applicants: ["架空化学", "架空大学"], fi: ["H01M10/0562"], collections: ["固体"]}
]);

/** The ids in the page's drawTracker([...]) call. */
function trackedIds(page: string): string[] {
  const source = readFileSync(path.join(ROOT, "src", page), "utf8");
  const call = /drawTracker\(\[([^\]]*)\]/.exec(source);
  if (!call) throw new Error(`no drawTracker([...]) in ${page}`);
  return [...call[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

describe("chart registry", () => {
  test("holds every chart the ランドスケープ page tracks, once each", () => {
    const ids = CHART_REGISTRY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tracked = trackedIds("landscape.md");
    expect(tracked.length).toBeGreaterThan(10);
    for (const id of tracked) expect(ids, id).toContain(id);
    expect(() => chartEntry("no-such-chart")).toThrow(/trend/);
  });

  test("sheet names follow Excel's rules and differ", () => {
    const names = CHART_REGISTRY.map((c) => c.sheet);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  test("each entry shapes the data, reads it, tabulates it and draws it", () => {
    const view = {...DEFAULT_VIEW, collections: ["*"]};
    const charts = shapeCharts(data, selectView(data, view), view);
    for (const chart of charts) {
      expect(chart.title, chart.entry.id).not.toBe("");
      expect(chart.reading, chart.entry.id).not.toBe("");
      // Five applications are too few years for 伸びている出願人 and 新規参入者: their reading says so.
      if (chart.entry.id !== "rising" && chart.entry.id !== "newcomers") {
        expect([...chart.table.rows].length, chart.entry.id).toBeGreaterThan(0);
      }
      if (chart.entry.deck.startsWith("native")) expect(chart.entry.native, chart.entry.id).toBeTypeOf("function");
      if (chart.entry.deck === "image") {
        const element = chart.entry.chart!(chart.shaped, {width: 640, view});
        expect(element.querySelectorAll("rect, path, circle, line").length, chart.entry.id).toBeGreaterThan(0);
        // Data text is text, never markup.
        expect(element.querySelector("img")).toBeNull();
      }
    }
  });

  test("a native chart carries the numbers of its own table", () => {
    const view = {...DEFAULT_VIEW, collections: ["*"]};
    for (const chart of shapeCharts(data, selectView(data, view), view)) {
      if (!chart.entry.native) continue;
      const native = chart.entry.native(chart.shaped, view);
      const rows = [...chart.table.rows];
      const first = native.series[0]!;
      // Stacked series split a bar (the trend's 参考値 years): per category, the series add up to the table.
      const stacked = chart.entry.deck === "native-stacked-bar" || chart.entry.deck === "native-area";
      const summed = stacked
        ? first.values.map((_, i) => native.series.reduce((n, series) => n + series.values[i]!, 0))
        : first.values;
      const column = chart.table.columns.map((c) => (typeof c === "string" ? c : c.key));
      const countKey = ["total", "count", "entrants"].find((k) => column.includes(k))!;
      const expected = chart.entry.id === "stage" || chart.entry.id === "event"
        ? rows.filter((r) => (r.percent ?? 0) !== null && Number(r.percent) > 0).map((r) => r[countKey])
        : rows.slice(0, first.values.length).map((r) => r[countKey]);
      expect(summed, chart.entry.id).toEqual(expected);
    }
  });

  test("the trend follows the view's collections, years and applicant", () => {
    const trend = chartEntry("trend");
    const view = parseView("collection=固体&from=2020&to=2021");
    const selection = selectView(data, view);
    expect(selection.collections).toEqual([data.meta.collections.findIndex((c) => c.name === "固体")]);
    const table = trend.table(trend.shape(data, selection, view, {}), view);
    expect([...table.rows].map((r) => [r.year, r.total])).toEqual([[2020, 1], [2021, 1]]);
    const byApplicant = parseView("collection=*&applicant=架空大学");
    const counts = trend.table(trend.shape(data, selectView(data, byApplicant), byApplicant, {}), byApplicant);
    expect([...counts.rows].reduce((n, r) => n + Number(r.total), 0)).toBe(3);
  });
});
