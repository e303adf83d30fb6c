// @vitest-environment jsdom
// ライフサイクル: the publication lag of the last years is 参考値, in the reading and the chart, never a decline.

import {describe, expect, test} from "vitest";
import {entrantsByYear} from "../../src/components/landscape/entrants.js";
import {lifecycleChart} from "../../src/components/landscape/entrants-chart.js";
import * as readings from "../../src/components/landscape/readings.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

// Growth to 2018, then the lag: the latest 出願日 is 2021-03-01, so the 18 months before it reach back into 2019 and
// 2019–2021 are 参考値 (fewer applications there only because they are not published yet).
const growing = landscapeFixture([
  {filing: "2016-05-01", applicants: ["A"]},
  {filing: "2017-05-01", applicants: ["A"]},
  {filing: "2017-06-01", applicants: ["B"]},
  {filing: "2018-02-01", applicants: ["A"]},
  {filing: "2018-03-01", applicants: ["B"]},
  {filing: "2018-04-01", applicants: ["C"]},
  {filing: "2018-05-01", applicants: ["A"]},
  {filing: "2019-05-01", applicants: ["A"]},
  {filing: "2019-06-01", applicants: ["B"]},
  {filing: "2019-07-01", applicants: ["C"]},
  {filing: "2020-05-01", applicants: ["A"]},
  {filing: "2021-03-01", applicants: ["B"]}
]).data;

// On the 公知日 basis a year is 参考値 only when the data end inside it: here the last 公知日 is the last day of
// 2021, so every year is complete and a real fall is called one.
const falling = landscapeFixture([
  {filing: "2017-01-01", publication: "2019-03-01", applicants: ["A"]},
  {filing: "2017-02-01", publication: "2019-04-01", applicants: ["B"]},
  {filing: "2017-03-01", publication: "2019-05-01", applicants: ["C"]},
  {filing: "2018-01-01", publication: "2020-03-01", applicants: ["A"]},
  {filing: "2018-02-01", publication: "2020-04-01", applicants: ["B"]},
  {filing: "2019-01-01", publication: "2021-12-31", applicants: ["A"]}
]).data;

const options = {yearKind: "calendar", nameMode: "entity"} as const;

describe("lifecycle reading", () => {
  test("the 参考値 years are named and the step judged is the last complete one", () => {
    const rows = entrantsByYear(growing, all(growing), {...options, basis: "filing"});
    expect(rows.map((r) => [r.year, r.applications, r.applicants, r.reference])).toEqual([
      [2016, 1, 1, false],
      [2017, 2, 2, false],
      [2018, 4, 3, false],
      [2019, 3, 3, true],
      [2020, 1, 1, true],
      [2021, 1, 1, true]
    ]);
    expect(readings.lifecycleReading(rows, "calendar", "filing")).toBe(
      "年ごとの出願件数（横軸）と出願人数（縦軸）を2016年から2021年まで結んでいます。" +
        "右上へ進む間は参入が続く成長期、左下へ戻ると衰退期とされます。" +
        "参考値を除く最後の年の2018年は、2017年と比べて出願件数・出願人数とも増え、右上へ進んでいます（成長期の動き）。" +
        "2019年以降は参考値です（出願から公開まで約1年6か月かかるため、件数は今後増えます）。" +
        "参考値の年で左下へ向かっていても、衰退を意味しません。"
    );
  });

  test("a fall between complete years is called one", () => {
    const rows = entrantsByYear(falling, all(falling), {...options, basis: "publication"});
    expect(rows.map((r) => [r.year, r.applications, r.applicants, r.reference])).toEqual([
      [2019, 3, 3, false],
      [2020, 2, 2, false],
      [2021, 1, 1, false]
    ]);
    expect(readings.lifecycleReading(rows, "calendar", "publication")).toBe(
      "年ごとの出願件数（横軸）と出願人数（縦軸）を2019年から2021年まで結んでいます。" +
        "右上へ進む間は参入が続く成長期、左下へ戻ると衰退期とされます。" +
        "最後の年の2021年は、2020年と比べて出願件数・出願人数とも減り、左下へ戻っています（衰退期の動き）。"
    );
  });

  test("mixed moves and too few complete years", () => {
    const rows = entrantsByYear(growing, all(growing), {...options, basis: "filing"});
    const [y2016, y2017, y2018] = rows;
    const concentrating = [y2017!, {...y2018!, applicants: 2}];
    expect(readings.lifecycleReading(concentrating, "calendar", "filing")).toContain(
      "2018年は、2017年と比べて出願件数は増え、出願人数は横ばいです。"
    );
    // One complete year: no step to judge, only the 参考値 note.
    const short = rows.slice(2);
    expect(readings.lifecycleReading(short, "fiscal", "filing")).toBe(
      "年ごとの出願件数（横軸）と出願人数（縦軸）を2018年度から2021年度まで結んでいます。" +
        "右上へ進む間は参入が続く成長期、左下へ戻ると衰退期とされます。" +
        "2019年度以降は参考値です（出願から公開まで約1年6か月かかるため、件数は今後増えます）。" +
        "参考値の年で左下へ向かっていても、衰退を意味しません。"
    );
    expect(y2016!.reference).toBe(false);
    expect(readings.lifecycleReading([], "calendar", "filing")).toBe(readings.NOTHING_SELECTED);
  });
});

describe("lifecycle chart", () => {
  const pointsOf = (path: Element) => (path.getAttribute("d")?.match(/[ML]/g) ?? []).length;
  // The drawn lines, not the arrowhead markers they carry.
  const dashedLines = (chart: Element) =>
    [...chart.querySelectorAll("[stroke-dasharray] path, path[stroke-dasharray]")].filter((p) => !p.closest("marker"));

  test("the step into the 参考値 years is dashed and labelled", () => {
    const rows = entrantsByYear(growing, all(growing), {...options, basis: "filing"});
    const chart = lifecycleChart(rows, {width: 480, yearKind: "calendar"});
    const dashed = dashedLines(chart);
    expect(dashed).toHaveLength(1);
    // From the last complete year (2018) through 2019, 2020 and 2021.
    expect(pointsOf(dashed[0]!)).toBe(4);
    const texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("破線・薄い点は参考値（2019年〜）");
    // Years named on the complete part only: the first and the last complete one.
    expect(texts.filter((t) => /^\d{4}$/.test(t!))).toEqual(["2016", "2018"]);
  });

  test("without 参考値 years the whole path is solid", () => {
    const rows = entrantsByYear(falling, all(falling), {...options, basis: "publication"});
    const chart = lifecycleChart(rows, {width: 480, yearKind: "calendar"});
    expect(dashedLines(chart)).toHaveLength(0);
    expect([...chart.querySelectorAll("text")].map((t) => t.textContent).join(" ")).not.toContain("参考値");
  });
});
