// 前年同期比 over the months both years have (year-on-year.ts) and its labels with ▲ (kpi-format.ts).
import {describe, expect, it} from "vitest";
import {indexFacts} from "../../src/components/kpi/fact-index.js";
import {formatChange, formatActual, formatRate} from "../../src/components/kpi/kpi-format.js";
import {yearOnYear} from "../../src/components/kpi/year-on-year.js";
import {annual, CONSULTATIONS, months, SATISFACTION} from "../support/kpi-shaping.js";

const index = indexFacts([
  // 2023: 100 a month for the whole year.
  ...months(2023, "13", "consultations", new Array(12).fill(100)),
  // 2024: 110, 120, 90, then July not reported, then 100.
  ...months(2024, "13", "consultations", [110, 120, 90, null, 100]),
  // Annual only, both years.
  annual(2023, "27", "consultations", 1000, null),
  annual(2024, "27", "consultations", 950, null),
  // Monthly this year (11 months), annual last year: not comparable.
  ...months(2024, "40", "consultations", new Array(11).fill(10)),
  annual(2023, "40", "consultations", 120, null),
  // Percentages: 80 → 82.5 in points.
  ...months(2023, "47", "seminar_satisfaction", [80, 80]),
  ...months(2024, "47", "seminar_satisfaction", [85, 80])
]);

const series = (year: number, code: string, metric = "consultations") => index.get(year, code, metric);

describe("前年同期比", () => {
  it("compares the same months, leaving out a month not reported this year", () => {
    const result = yearOnYear(series(2024, "13"), series(2023, "13"), {from: 0, to: 11}, "count");
    // April–June and August: 110 + 120 + 90 + 100 = 420 against 4 × 100 = 400.
    expect(result).toMatchObject({current: 420, previous: 400, months: [0, 1, 2, 4]});
    expect(result.change).toBeCloseTo(0.05);
  });

  it("compares a shorter period by its own months", () => {
    const result = yearOnYear(series(2024, "13"), series(2023, "13"), {from: 2, to: 2}, "count");
    expect(result).toMatchObject({current: 90, previous: 100});
    expect(result.change).toBeCloseTo(-0.1);
  });

  it("compares annual figures for the whole year only", () => {
    const whole = yearOnYear(series(2024, "27"), series(2023, "27"), {from: 0, to: 11}, "count");
    expect(whole.change).toBeCloseTo(-0.05);
    expect(yearOnYear(series(2024, "27"), series(2023, "27"), {from: 0, to: 5}, "count").change).toBeNull();
  });

  it("does not set eleven months against a whole year", () => {
    expect(yearOnYear(series(2024, "40"), series(2023, "40"), {from: 0, to: 11}, "count").change).toBeNull();
  });

  it("takes the difference in points for a percentage", () => {
    const result = yearOnYear(series(2024, "47", "seminar_satisfaction"), series(2023, "47", "seminar_satisfaction"),
      {from: 0, to: 11}, "percent");
    expect(result).toMatchObject({current: 82.5, previous: 80, change: 2.5});
  });

  it("has nothing to compare without last year", () => {
    expect(yearOnYear(series(2024, "13"), undefined, {from: 0, to: 11}, "count").change).toBeNull();
  });
});

describe("labels", () => {
  it("marks a fall with ▲ and a rise with +", () => {
    expect(formatChange(0.052, "count")).toBe("+5.2%");
    expect(formatChange(-0.031, "count")).toBe("▲3.1%");
    expect(formatChange(-0.0001, "count")).toBe("0.0%");
    expect(formatChange(1.25, "percent")).toBe("+1.3ポイント");
    expect(formatChange(-0.8, "percent")).toBe("▲0.8ポイント");
    expect(formatChange(null, "count")).toBe("－");
  });

  it("prints figures with the metric's unit", () => {
    expect(formatActual(1234, CONSULTATIONS)).toBe("1,234件");
    expect(formatActual(899.6, CONSULTATIONS)).toBe("900件");
    expect(formatActual(85.25, SATISFACTION)).toBe("85.3%");
    expect(formatRate(0.9534)).toBe("95.3%");
  });
});
