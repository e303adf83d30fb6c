// What a KPI figure stands on (area-summary.ts counts, kpi-coverage.ts words, area-cards.ts cards), checked by hand
// on a new 年度 that four… here two of five prefectures have reported, without targets yet, and on a bureau whose
// 達成率 stands on one of its two prefectures.
import {describe, expect, it} from "vitest";
import {areaCardTexts} from "../../src/components/kpi/area-cards.js";
import {bureauSummary} from "../../src/components/kpi/area-summary.js";
import {indexFacts} from "../../src/components/kpi/fact-index.js";
import {
  areaRemark, formatRateAgainst, formatTarget, prefectureRemark, rateBasisNote, reportingNote, shareOfPrefectures,
  yearOnYearBasisNote
} from "../../src/components/kpi/kpi-coverage.js";
import {prefectureFigures} from "../../src/components/kpi/prefecture-figures.js";
import {formatFigureValue} from "../../src/components/kpi/value-choice.js";
import {annual, bureau, CONSULTATIONS, months, prefecture} from "../support/kpi-shaping.js";

const prefectures = [
  prefecture("01", "北海道", "北海道"),
  prefecture("08", "茨城", "関東"),
  prefecture("13", "東京", "関東"),
  prefecture("16", "富山", "中部"),
  prefecture("23", "愛知", "中部")
];
const bureaus = [bureau("北海道", "北海道経済産業局", 1), bureau("関東", "関東経済産業局", 3), bureau("中部", "中部経済産業局", 4)];

const facts = [
  // 2024: 茨城 50 + 50 against 240 a year, 東京 100 + 100 against 960, 富山 20 + 20 against 120, 愛知 a target of
  // 1,200 and no 実績, 北海道 nothing.
  ...months(2024, "08", "consultations", [50, 50]), annual(2024, "08", "consultations", null, 240),
  ...months(2024, "13", "consultations", [100, 100]), annual(2024, "13", "consultations", null, 960),
  ...months(2024, "16", "consultations", [20, 20]), annual(2024, "16", "consultations", null, 120),
  annual(2024, "23", "consultations", null, 1200),
  // 2025, the new 年度: only 茨城 (30 + 30) and 東京 (130 + 140) have reported, and no target is registered.
  ...months(2025, "08", "consultations", [30, 30]),
  ...months(2025, "13", "consultations", [130, 140])
];
const index = indexFacts(facts);
const period = {from: 0, to: 1};
const areasOf = (fiscalYear: number) =>
  bureauSummary(prefectureFigures(index, prefectures, {fiscalYear, metric: CONSULTATIONS, period}), bureaus, "count");

describe("a new 年度 with two of five prefectures reporting and no targets", () => {
  const [nation] = areasOf(2025);

  it("counts the prefectures each figure stands on", () => {
    // 実績 60 + 270 = 330 against 100 + 200 = 300 in the same months of 2024, both prefectures compared.
    expect(nation).toMatchObject({
      prefectures: 5, reporting: 2, targeted: 0, rated: 0, compared: 2,
      actual: 330, target: null, rate: null, yoyCurrent: 330, yoyPrevious: 300
    });
    expect(nation!.yoy).toBeCloseTo(0.1);
  });

  it("says 目標未登録 and how many reported instead of blank figures, and never a bare national 前年同期比", () => {
    expect(areaCardTexts({scope: nation!, nation: nation!, scopeName: "全国", metric: CONSULTATIONS, when: "2025年度・4月〜5月"})).toEqual([
      {key: "actual", label: "実績（全国）", value: "330件", note: "2025年度・4月〜5月、5都道府県中2が報告"},
      {key: "target", label: "目標（同じ期間）", value: "目標未登録", note: "この年度の目標はまだ取り込まれていません"},
      {key: "rate", label: "達成率", value: "目標未登録", note: ""},
      {
        key: "yoy", label: "前年同期比", value: "+10.0%",
        note: "5都道府県中2（両年度の同じ月に報告した県）を比較、前年同期 300件"
      }
    ]);
    expect(areaRemark(nation!)).toBe("目標未登録");
  });

  it("labels a reporting prefecture's tile 目標未登録 for 達成率, and one that did not report －", () => {
    const figures = prefectureFigures(index, prefectures, {fiscalYear: 2025, metric: CONSULTATIONS, period});
    expect(figures.map((f) => formatFigureValue(f, "rate", CONSULTATIONS))).toEqual(["－", "目標未登録", "目標未登録", "－", "－"]);
    expect(figures.map((f) => formatFigureValue(f, "actual", CONSULTATIONS))).toEqual(["－", "60件", "270件", "－", "－"]);
    expect(figures.map(prefectureRemark)).toEqual(["未報告", "目標未登録", "目標未登録", "未報告", "未報告"]);
  });
});

describe("a bureau whose 達成率 stands on one of its two prefectures", () => {
  const areas = areasOf(2024);
  const nation = areas[0]!;
  const chubu = areas.find((a) => a.key === "中部")!;

  it("counts them", () => {
    // 富山 40 against 120 × 2 ÷ 12 = 20; 愛知 has a target (1,200 × 2 ÷ 12 = 200) but no 実績; nothing in 2023.
    expect(chubu).toMatchObject({prefectures: 2, reporting: 1, targeted: 2, rated: 1, compared: 0, actual: 40, target: 220});
    // The nation: 茨城 100 ÷ 40, 東京 200 ÷ 160, 富山 40 ÷ 20 → 340 ÷ 220.
    expect(nation).toMatchObject({prefectures: 5, reporting: 3, targeted: 4, rated: 3, compared: 0});
  });

  it("says which prefectures the rate stands on, and that nothing can be compared with last year", () => {
    expect(areaCardTexts({scope: chubu, nation, scopeName: "中部経済産業局", metric: CONSULTATIONS, when: "2024年度・4月〜5月"})).toEqual([
      {key: "actual", label: "実績（中部経済産業局）", value: "40件", note: "2024年度・4月〜5月、2都道府県中1が報告"},
      {key: "target", label: "目標（同じ期間）", value: "220件", note: "年間目標 1,320件"},
      {
        key: "rate", label: "達成率", value: "200.0%",
        note: "進捗率 33.3%、2都道府県中1（実績と目標がそろった県）で計算、全国 154.5%"
      },
      {key: "yoy", label: "前年同期比", value: "－", note: "前年度と比べられる報告がありません、全国 －"}
    ]);
    // The table's 報告県数 says 1/2; its 達成率 stands on that one prefecture, so its 備考 adds nothing.
    expect(areaRemark(chubu)).toBe("");
  });
});

describe("the words", () => {
  it("name a share of the prefectures, all of them or part", () => {
    expect(shareOfPrefectures(47, 47)).toBe("全47都道府県");
    expect(shareOfPrefectures(4, 47)).toBe("47都道府県中4");
    expect(reportingNote({prefectures: 47, reporting: 4, targeted: 0, rated: 0, compared: 0})).toBe("47都道府県中4が報告");
  });

  it("add nothing when a figure stands on the whole area", () => {
    const whole = {prefectures: 11, reporting: 11, targeted: 11, rated: 11, compared: 11};
    expect([rateBasisNote(whole), yearOnYearBasisNote(whole), areaRemark(whole)]).toEqual([null, null, ""]);
    const partYoy = {...whole, compared: 9};
    expect(yearOnYearBasisNote(partYoy)).toBe("11都道府県中9（両年度の同じ月に報告した県）を比較");
    expect(areaRemark(partYoy)).toBe("前年同期比は9都道府県を比較");
    // Against the prefectures that reported (the tables show those next to it): one reported without a target.
    expect(areaRemark({prefectures: 5, reporting: 3, targeted: 2, rated: 2, compared: 3})).toBe("達成率は2都道府県で計算");
    // Nothing reported says so first: no target is then not the news.
    expect(areaRemark({prefectures: 47, reporting: 0, targeted: 0, rated: 0, compared: 0})).toBe("未報告");
  });

  it("tell a missing target from a missing rate", () => {
    expect(formatTarget(null, CONSULTATIONS)).toBe("目標未登録");
    expect(formatTarget(1234, CONSULTATIONS)).toBe("1,234件");
    expect(formatRateAgainst(null, null)).toBe("目標未登録");
    expect(formatRateAgainst(null, 200)).toBe("－");
    expect(formatRateAgainst(0.953, 200)).toBe("95.3%");
  });
});
