// The months of a 年度 for a set of prefectures: monthly 実績 and target, cumulative lines, last year
// (fiscal-year-series.ts), checked by hand.
import {describe, expect, it} from "vitest";
import {indexFacts} from "../../src/components/kpi/fact-index.js";
import {fiscalYearSeries} from "../../src/components/kpi/fiscal-year-series.js";
import {annual, CONSULTATIONS, months, SATISFACTION} from "../support/kpi-shaping.js";

const index = indexFacts([
  ...months(2024, "13", "consultations", [100, 110, 120]), annual(2024, "13", "consultations", null, 1200),
  ...months(2024, "14", "consultations", [50, null, 70]), annual(2024, "14", "consultations", null, 600),
  ...months(2023, "13", "consultations", [90, 90, 90, 90]),
  ...months(2024, "13", "seminar_satisfaction", [80, 90]), annual(2024, "13", "seminar_satisfaction", null, 85),
  ...months(2024, "14", "seminar_satisfaction", [70])
]);

describe("fiscal-year series", () => {
  const series = fiscalYearSeries(index, ["13", "14"], 2024, CONSULTATIONS);

  it("starts in April and sums the prefectures month by month", () => {
    expect(series.points.map((p) => p.label).slice(0, 4)).toEqual(["4月", "5月", "6月", "7月"]);
    expect(series.points.slice(0, 4).map((p) => p.actual)).toEqual([150, 110, 190, null]);
    expect(series.points.slice(0, 3).map((p) => p.reporting)).toEqual([2, 1, 2]);
    expect(series.lastReported).toBe(2);
  });

  it("accumulates up to the last month reported, and the target over the whole year", () => {
    expect(series.points.map((p) => p.cumulative)).toEqual([150, 260, 450, ...new Array(9).fill(null)]);
    // Monthly target 1,200 / 12 + 600 / 12 = 150; its running sum reaches 1,800 in March.
    expect(series.points[0]!.target).toBe(150);
    expect(series.points[2]!.cumulativeTarget).toBe(450);
    expect(series.points[11]!.cumulativeTarget).toBe(1800);
    expect(series.annualTarget).toBe(1800);
  });

  it("carries last year's months for comparison", () => {
    expect(series.points.slice(0, 5).map((p) => p.previous)).toEqual([90, 90, 90, 90, null]);
    expect(series.points.slice(0, 5).map((p) => p.previousCumulative)).toEqual([90, 180, 270, 360, null]);
  });

  it("averages a percentage and draws no cumulative line for it", () => {
    const satisfaction = fiscalYearSeries(index, ["13", "14"], 2024, SATISFACTION);
    expect(satisfaction.points.slice(0, 2).map((p) => p.actual)).toEqual([75, 90]);
    expect(satisfaction.points.every((p) => p.cumulative === null)).toBe(true);
    // Only 東京 has a target level.
    expect(satisfaction.points[0]!.target).toBe(85);
    expect(satisfaction.annualTarget).toBe(85);
  });

  it("is empty for prefectures without figures", () => {
    const empty = fiscalYearSeries(index, ["01"], 2024, CONSULTATIONS);
    expect(empty.points.every((p) => p.actual === null && p.cumulative === null)).toBe(true);
    expect(empty.annualTarget).toBeNull();
    expect(empty.lastReported).toBeNull();
  });
});
