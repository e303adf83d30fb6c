// 実績 over a period and the 達成率 against the pro-rated target (achievement.ts), checked by hand.
import {describe, expect, it} from "vitest";
import {achievementRate, periodTarget, progressRate} from "../../src/components/kpi/achievement.js";
import {indexFacts} from "../../src/components/kpi/fact-index.js";
import {periodActual} from "../../src/components/kpi/period-actual.js";
import {prefectureFigure} from "../../src/components/kpi/prefecture-figures.js";
import {annual, CONSULTATIONS, months, prefecture, SATISFACTION} from "../support/kpi-shaping.js";

// Tokyo: 100 a month April–September, nothing reported after; annual target 1,800.
const tokyo = [
  ...months(2024, "13", "consultations", [100, 100, 100, 100, 100, 100]),
  annual(2024, "13", "consultations", null, 1800)
];
// Osaka: the year given as one figure (a sheet with only 合計), target 1,000.
const osaka = [annual(2024, "27", "consultations", 1100, 1000)];
// Okinawa: satisfaction 80, 90 (percent), target level 85.
const okinawa = [
  ...months(2024, "47", "seminar_satisfaction", [80, 90]),
  annual(2024, "47", "seminar_satisfaction", null, 85)
];
const index = indexFacts([...tokyo, ...osaka, ...okinawa]);

describe("period 実績", () => {
  it("sums the months of the period that have a figure", () => {
    const series = index.get(2024, "13", "consultations");
    expect(periodActual(series, {from: 0, to: 2}, "count")).toEqual({value: 300, months: [0, 1, 2]});
    // April–March: only the six reported months count; the missing ones are not zeros.
    expect(periodActual(series, {from: 0, to: 11}, "count")).toEqual({value: 600, months: [0, 1, 2, 3, 4, 5]});
    expect(periodActual(series, {from: 6, to: 11}, "count")).toEqual({value: null, months: []});
  });

  it("uses an annual figure for the whole year only", () => {
    const series = index.get(2024, "27", "consultations");
    expect(periodActual(series, {from: 0, to: 11}, "count").value).toBe(1100);
    expect(periodActual(series, {from: 0, to: 11}, "count").months).toHaveLength(12);
    expect(periodActual(series, {from: 0, to: 5}, "count").value).toBeNull();
  });

  it("averages a percentage instead of adding it up", () => {
    expect(periodActual(index.get(2024, "47", "seminar_satisfaction"), {from: 0, to: 11}, "percent").value).toBe(85);
  });

  it("has nothing for a series that does not exist", () => {
    expect(periodActual(undefined, {from: 0, to: 11}, "count")).toEqual({value: null, months: []});
  });
});

describe("target for the period and 達成率", () => {
  it("pro-rates the annual target to the months with a 実績", () => {
    const series = index.get(2024, "13", "consultations");
    // 1,800 × 6 / 12 = 900: 600 ÷ 900 = 66.7 %.
    expect(periodTarget(series, {from: 0, to: 11}, [0, 1, 2, 3, 4, 5], "count")).toBe(900);
    // April–June: 1,800 × 3 / 12 = 450.
    expect(periodTarget(series, {from: 0, to: 2}, [0, 1, 2], "count")).toBe(450);
    // No month reported: the target of the whole period, so a table still shows what was expected.
    expect(periodTarget(series, {from: 6, to: 11}, [], "count")).toBe(900);
  });

  it("prefers monthly targets when every compared month has one", () => {
    const facts = months(2024, "01", "consultations", [10, 20]).map((f, i) => ({...f, target: [15, 25][i]!}));
    const series = indexFacts([...facts, annual(2024, "01", "consultations", null, 1200)]).get(2024, "01", "consultations");
    expect(periodTarget(series, {from: 0, to: 1}, [0, 1], "count")).toBe(40);
    // March has no monthly target: back to the annual one, pro-rated: 1,200 × 3 / 12.
    expect(periodTarget(series, {from: 0, to: 2}, [0, 1, 2], "count")).toBe(300);
  });

  it("compares a percentage with its target level, never pro-rated", () => {
    expect(periodTarget(index.get(2024, "47", "seminar_satisfaction"), {from: 0, to: 0}, [0], "percent")).toBe(85);
  });

  it("divides, refusing a missing or zero target", () => {
    expect(achievementRate(600, 900)).toBeCloseTo(2 / 3);
    expect(achievementRate(600, 0)).toBeNull();
    expect(achievementRate(null, 900)).toBeNull();
    expect(progressRate(600, 1800, "count")).toBeCloseTo(1 / 3);
    expect(progressRate(85, 85, "percent")).toBeNull();
  });

  it("gives a prefecture's figures in one object", () => {
    const figure = prefectureFigure(index, prefecture("13", "東京", "関東"), {
      fiscalYear: 2024, metric: CONSULTATIONS, period: {from: 0, to: 11}
    });
    expect(figure).toMatchObject({code: "13", bureau: "関東", actual: 600, months: 6, target: 900, annualTarget: 1800});
    expect(figure.rate).toBeCloseTo(2 / 3);
    expect(figure.progress).toBeCloseTo(1 / 3);
    // Full year from an annual figure: 1,100 ÷ 1,000.
    const osakaFigure = prefectureFigure(index, prefecture("27", "大阪", "近畿"), {
      fiscalYear: 2024, metric: CONSULTATIONS, period: {from: 0, to: 11}
    });
    expect(osakaFigure.rate).toBeCloseTo(1.1);
    const okinawaFigure = prefectureFigure(index, prefecture("47", "沖縄", "沖縄"), {
      fiscalYear: 2024, metric: SATISFACTION, period: {from: 0, to: 11}
    });
    expect(okinawaFigure).toMatchObject({actual: 85, target: 85, rate: 1, progress: null});
  });
});
