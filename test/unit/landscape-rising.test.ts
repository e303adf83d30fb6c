import {describe, expect, test} from "vitest";
import * as readings from "../../src/components/landscape/readings.js";
import {risingApplicants} from "../../src/components/landscape/rising.js";
import * as tables from "../../src/components/landscape/tables.js";
import {all, landscapeFixture, only, type FixtureApplication} from "../support/landscape-fixture.js";

// The latest 出願日 is 2023-06-01, so 2021–2023 are 参考値 and the last complete year is 2020: the recent window is
// 2018–2020 and the earlier one 2015–2017.
//   A  2 → 6 (growth 3), and 20 applications in 2022 that must not count; one recent application also names A2,
//      another spelling of the entity A.
//   B  1 → 3 (growth 3, but under the minimum of 5 recent applications)
//   C  5 → 5 (not growing)
//   D  1 → 5 (growth 5), one of them filed with E
//   E  first files in 2019 (with D), then 2020: a new entrant with 2
//   F  first files in 2022, a 参考値 year: not a new entrant of the window
//   G  2014 only; H 2014 and 2019: a returner, not new
const filed = (year: number, applicants: string[], times = 1, day = "05-01"): FixtureApplication[] =>
  Array.from({length: times}, () => ({filing: `${year}-${day}`, applicants}));
const {data} = landscapeFixture(
  [
    ...filed(2014, ["G"]),
    ...filed(2014, ["H"]),
    ...filed(2015, ["A"]),
    ...filed(2016, ["A"]),
    ...filed(2018, ["A"], 2),
    ...filed(2019, ["A"], 2),
    ...filed(2020, ["A"]),
    ...filed(2020, ["A", "A2"]),
    ...filed(2022, ["A"], 20),
    ...filed(2016, ["B"]),
    ...filed(2018, ["B"]),
    ...filed(2019, ["B"]),
    ...filed(2020, ["B"]),
    ...filed(2015, ["C"], 2),
    ...filed(2016, ["C"], 2),
    ...filed(2017, ["C"]),
    ...filed(2018, ["C"], 2),
    ...filed(2019, ["C"], 2),
    ...filed(2020, ["C"]),
    ...filed(2017, ["D"]),
    ...filed(2018, ["D"]),
    ...filed(2019, ["D"]),
    ...filed(2019, ["D", "E"]),
    ...filed(2020, ["D"], 2),
    ...filed(2020, ["E"]),
    ...filed(2019, ["H"]),
    ...filed(2022, ["F"], 9),
    ...filed(2023, ["F"], 1, "06-01")
  ],
  {A2: {entity: "A"}, D: {group: "DEグループ"}, E: {group: "DEグループ"}}
);

const options = {basis: "filing", yearKind: "calendar"} as const;

describe("risingApplicants", () => {
  test("growth against the earlier window, with the minimum count and without the 参考値 years", () => {
    const rising = risingApplicants(data, all(data), {...options, nameMode: "entity"});
    expect(rising.recentWindow).toEqual({first: 2018, last: 2020});
    expect(rising.earlierWindow).toEqual({first: 2015, last: 2017});
    expect(rising.rising.map(({label, earlier, recent, growth}) => [label, earlier, recent, growth])).toEqual([
      ["D", 1, 5, 5],
      ["A", 2, 6, 3]
    ]);
    expect(rising.growing).toBe(2);
    expect(rising.newcomers.map(({label, firstYear, recent}) => [label, firstYear, recent])).toEqual([["E", 2019, 2]]);
    expect(rising.newcomerCount).toBe(1);
  });

  test("a lower minimum lets 1 → 3 in, after the equal growth with more applications", () => {
    const rising = risingApplicants(data, all(data), {...options, nameMode: "entity", minRecent: 3});
    expect(rising.rising.map((r) => [r.label, r.growth])).toEqual([["D", 5], ["A", 3], ["B", 3]]);
    expect(risingApplicants(data, all(data), {...options, nameMode: "entity", minRecent: 3, top: 1}).growing).toBe(3);
  });

  test("follows the name mode", () => {
    const byName = risingApplicants(data, all(data), {...options, nameMode: "name"});
    // A2 is a spelling of its own in 原文 and files first in 2020.
    expect(byName.newcomers.map((r) => [r.label, r.recent])).toEqual([["E", 2], ["A2", 1]]);
    const byGroup = risingApplicants(data, all(data), {...options, nameMode: "group"});
    // D and E are one group: the application they filed together counts once.
    expect(byGroup.rising.map((r) => [r.label, r.earlier, r.recent])).toEqual([["DEグループ", 1, 6], ["A", 2, 6]]);
    expect(byGroup.newcomerCount).toBe(0);
  });

  test("needs the years to hold the windows", () => {
    const recentOnly = only(
      data,
      [...Array(data.applications).keys()].filter((a) => data.filingDay[a]! >= data.filingDay[4]!)
    );
    // Without 2014 the selection starts in 2015, still before the recent window, but the earlier one is complete.
    expect(risingApplicants(data, recentOnly, {...options, nameMode: "entity"}).earlierWindow).toEqual({
      first: 2015,
      last: 2017
    });
    const fromAnywhere = risingApplicants(data, all(data), {...options, nameMode: "entity", window: 4});
    // 2017–2020 against 2013–2016: 2013 is before the data, so nothing is ranked by growth; entrants still are.
    expect(fromAnywhere.recentWindow).toEqual({first: 2017, last: 2020});
    expect(fromAnywhere.earlierWindow).toBeNull();
    expect(fromAnywhere.rising).toEqual([]);
    expect(fromAnywhere.newcomers.map((r) => r.label)).toEqual(["D", "E"]);
    const tooShort = risingApplicants(data, all(data), {...options, nameMode: "entity", window: 7});
    expect(tooShort.recentWindow).toBeNull();
    expect(readings.risingReading(tooShort, "calendar")).toBe("参考値を除いた年数が足りないため、比べられません。");
    const nothing = risingApplicants(data, only(data, []), {...options, nameMode: "entity"});
    expect(readings.risingReading(nothing, "calendar")).toBe(readings.NOTHING_SELECTED);
    expect(readings.newcomersReading(nothing, "calendar")).toBe(readings.NOTHING_SELECTED);
  });

  test("readings and CSV tables", () => {
    const rising = risingApplicants(data, all(data), {...options, nameMode: "entity"});
    expect(readings.risingReading(rising, "calendar")).toBe(
      "直近の3年（2018年〜2020年、参考値の年を除く）の出願件数を、その前の3年（2015年〜2017年）と比べた伸び率の順です。" +
        "直近5件以上で、前の期間にも出願がある出願人だけを並べます（該当2者）。最も伸びたのは「D」（1件→5件）。"
    );
    expect(readings.newcomersReading(rising, "calendar")).toBe(
      "選択範囲で初めての出願が直近の3年（2018年〜2020年、参考値の年を除く）にある出願人です（1者、件数はその期間の出願）。" +
        "最も多いのは「E」（2件）。"
    );
    const table = tables.risingTable(rising, "calendar");
    expect(table.columns.map((c) => (typeof c === "string" ? c : c.label))).toEqual([
      "出願人", "前の期間の出願件数（2015年〜2017年）", "直近の出願件数（2018年〜2020年）", "伸び（倍）"
    ]);
    expect([...table.rows][1]).toMatchObject({label: "A", earlier: 2, recent: 6, growth: 3});
    expect([...tables.newcomersTable(rising, "fiscal").rows]).toEqual([
      {key: expect.any(Number), label: "E", firstYear: "2019年度", recent: 2}
    ]);
  });
});
