// Bureau and national figures from prefecture figures (area-summary.ts) and the two prefecture orders
// (prefecture-ranking.ts), checked by hand.
import {describe, expect, it} from "vitest";
import {bureauSummary, summariseArea, withBureauFirst} from "../../src/components/kpi/area-summary.js";
import {indexFacts} from "../../src/components/kpi/fact-index.js";
import {prefectureFigures} from "../../src/components/kpi/prefecture-figures.js";
import {rankPrefectures} from "../../src/components/kpi/prefecture-ranking.js";
import {annual, bureau, CONSULTATIONS, months, prefecture, SATISFACTION} from "../support/kpi-shaping.js";

const prefectures = [
  prefecture("08", "茨城", "関東"),
  prefecture("13", "東京", "関東"),
  prefecture("16", "富山", "中部"),
  prefecture("23", "愛知", "中部")
];
const bureaus = [bureau("中部", "中部経済産業局", 4), bureau("関東", "関東経済産業局", 3)];

const facts = [
  // 茨城: 30 + 30 against 240 a year; last year 50 + 50.
  ...months(2024, "08", "consultations", [30, 30]), annual(2024, "08", "consultations", null, 240),
  ...months(2023, "08", "consultations", [50, 50]),
  // 東京: 100 + 140 against 960; last year 100 + 100.
  ...months(2024, "13", "consultations", [100, 140]), annual(2024, "13", "consultations", null, 960),
  ...months(2023, "13", "consultations", [100, 100]),
  // 富山: 20 + 20, no target, no last year.
  ...months(2024, "16", "consultations", [20, 20]),
  // 愛知: nothing reported, target 1,200.
  annual(2024, "23", "consultations", null, 1200),
  // Satisfaction: 茨城 80, 東京 90, targets 85 and 85.
  ...months(2024, "08", "seminar_satisfaction", [80]), annual(2024, "08", "seminar_satisfaction", null, 85),
  ...months(2024, "13", "seminar_satisfaction", [90]), annual(2024, "13", "seminar_satisfaction", null, 85),
  ...months(2023, "08", "seminar_satisfaction", [75]), ...months(2023, "13", "seminar_satisfaction", [85])
];
const index = indexFacts(facts);
const period = {from: 0, to: 1};
const figures = prefectureFigures(index, prefectures, {fiscalYear: 2024, metric: CONSULTATIONS, period});

describe("area figures", () => {
  it("sums counts, rating only the prefectures that have a target", () => {
    const kanto = summariseArea(figures.filter((f) => f.bureau === "関東"), "count", "関東", "関東経済産業局");
    // Actual 60 + 240 = 300; target (2 months) 40 + 160 = 200; 300 ÷ 200 = 150 %.
    expect(kanto).toMatchObject({prefectures: 2, reporting: 2, actual: 300, target: 200, annualTarget: 1200});
    expect(kanto.rate).toBeCloseTo(1.5);
    // Progress: 300 ÷ 1,200.
    expect(kanto.progress).toBeCloseTo(0.25);
    // Year on year: 300 against 300.
    expect(kanto.yoy).toBeCloseTo(0);

    const chubu = summariseArea(figures.filter((f) => f.bureau === "中部"), "count", "中部", "中部経済産業局");
    // 富山 reported 40 without a target; 愛知 has a target (pro-rated over the period: 200) but no 実績.
    expect(chubu).toMatchObject({prefectures: 2, reporting: 1, actual: 40, target: 200, rate: null, yoy: null});
  });

  it("averages percentages over prefectures and compares them in points", () => {
    const satisfaction = prefectureFigures(index, prefectures, {fiscalYear: 2024, metric: SATISFACTION, period});
    const nation = summariseArea(satisfaction, "percent", "全国", "全国");
    expect(nation).toMatchObject({reporting: 2, actual: 85, target: 85, rate: 1, progress: null});
    // (80 + 90) / 2 − (75 + 85) / 2 = 5 points.
    expect(nation.yoy).toBeCloseTo(5);
  });

  it("lists the nation, then the bureaus in government order, or the chosen bureau first", () => {
    const rows = bureauSummary(figures, bureaus, "count");
    expect(rows.map((r) => r.key)).toEqual(["全国", "関東", "中部"]);
    expect(rows[0]).toMatchObject({prefectures: 4, reporting: 3, actual: 340});
    expect(withBureauFirst(rows, "中部").map((r) => r.key)).toEqual(["中部", "全国", "関東"]);
    expect(withBureauFirst(rows, null).map((r) => r.key)).toEqual(["全国", "関東", "中部"]);
  });
});

describe("prefecture order", () => {
  const rows = [
    {code: "13", v: 240},
    {code: "08", v: 60},
    {code: "23", v: null},
    {code: "16", v: 60},
    {code: "01", v: 300}
  ];

  it("ranks by value in 数値順, ties sharing a rank, missing values last", () => {
    const ranked = rankPrefectures(rows, (r) => r.v, "value");
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([["01", 1], ["13", 2], ["08", 3], ["16", 3], ["23", null]]);
  });

  it("keeps the ranks in 都道府県順", () => {
    const ranked = rankPrefectures(rows, (r) => r.v, "code");
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([["01", 1], ["08", 3], ["13", 2], ["16", 3], ["23", null]]);
  });
});
