import {describe, expect, test} from "vitest";
import * as readings from "../../src/components/landscape/readings.js";
import {eventCounts, stageCounts, stageDisplayOrder, UNKNOWN_STAGE} from "../../src/components/landscape/rights-status.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

const {data} = landscapeFixture([
  {filing: "2020-01-01", stage: "特許 有効", event: "年金の支払い", applicants: ["X"]},
  {filing: "2020-01-02", stage: "審査中", event: "審査請求", applicants: ["X"]},
  {filing: "2020-01-03", applicants: ["X"]},
  {filing: "2020-01-04", stage: "審査中", event: "審査請求", applicants: ["X"]},
  {filing: "2020-01-05", stage: "独自ステージ", applicants: ["X"]},
  {filing: "2020-01-06", applicants: ["X"]}
]);

describe("rights status", () => {
  test("stages in life-cycle order, others after them, unknown last", () => {
    // Dictionary (code-point order): 1 審査中, 2 特許 有効, 3 独自ステージ.
    expect(data.meta.stages).toEqual(["", "審査中", "特許 有効", "独自ステージ"]);
    expect(stageDisplayOrder(data.meta.stages)).toEqual([1, 2, 3, 0]);
  });

  test("stage counts: shares of the applications whose stage is known", () => {
    const counts = stageCounts(data, all(data));
    expect(counts.total).toBe(6);
    expect(counts.known).toBe(4);
    expect(counts.rows).toEqual([
      {label: "審査中", count: 2, share: 0.5},
      {label: "特許 有効", count: 1, share: 0.25},
      {label: "独自ステージ", count: 1, share: 0.25},
      {label: UNKNOWN_STAGE, count: 2, share: 0}
    ]);
    expect(readings.stageReading(counts)).toContain("最多は「審査中」（50.0%）");
  });

  test("event counts, most frequent first, unknown left out", () => {
    const counts = eventCounts(data, all(data));
    expect(counts.known).toBe(3);
    expect(counts.rows.map((r) => [r.label, r.count])).toEqual([["審査請求", 2], ["年金の支払い", 1]]);
  });

  test("a selection without any stage says so instead of calling it 'no rights'", () => {
    const counts = stageCounts(data, only(data, [2, 5]));
    expect(counts.known).toBe(0);
    expect(counts.rows).toEqual([{label: UNKNOWN_STAGE, count: 2, share: 0}]);
    expect(readings.stageReading(counts)).toContain("ステージの情報がありません");
  });
});
