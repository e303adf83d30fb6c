// The three figures a KPI view shows (value-choice.ts): how each is read, printed and coloured.
import {describe, expect, it} from "vitest";
import {
  formatKpiValue, kpiColorScale, kpiValueAxisLabel, kpiValueOf, kpiValueTick
} from "../../src/components/kpi/value-choice.js";
import {CONSULTATIONS, SATISFACTION} from "../support/kpi-shaping.js";

describe("value choice", () => {
  const figure = {actual: 1234, rate: 0.953, yoy: -0.031};

  it("reads and prints each figure", () => {
    expect(kpiValueOf(figure, "actual")).toBe(1234);
    expect(formatKpiValue(1234, "actual", CONSULTATIONS)).toBe("1,234件");
    expect(formatKpiValue(0.953, "rate", CONSULTATIONS)).toBe("95.3%");
    expect(formatKpiValue(-0.031, "yoy", CONSULTATIONS)).toBe("▲3.1%");
    expect(formatKpiValue(-0.8, "yoy", SATISFACTION)).toBe("▲0.8ポイント");
    expect(formatKpiValue(null, "rate", CONSULTATIONS)).toBe("－");
  });

  it("labels axes and ticks", () => {
    expect(kpiValueAxisLabel("actual", CONSULTATIONS)).toBe("相談件数（件）");
    expect(kpiValueAxisLabel("yoy", SATISFACTION)).toBe("前年同期差（ポイント）");
    expect(kpiValueTick("actual", CONSULTATIONS)(12000)).toBe("12,000");
    expect(kpiValueTick("rate", CONSULTATIONS)(1.2)).toBe("120%");
    expect(kpiValueTick("yoy", CONSULTATIONS)(-0.05)).toBe("▲5%");
  });

  it("colours 実績 sequentially from 0, and rates and changes symmetrically around their pivot", () => {
    expect(kpiColorScale("actual", [10, 40, null])).toMatchObject({type: "linear", domain: [0, 40]});
    expect(kpiColorScale("rate", [0.8, 1.1, null])).toMatchObject({type: "diverging", pivot: 1});
    const rate = kpiColorScale("rate", [0.8, 1.1]).domain as number[];
    expect(rate[0]).toBeCloseTo(0.8);
    expect(rate[1]).toBeCloseTo(1.2);
    // Changes within ±1 % still get a readable spread of ±5 %.
    expect(kpiColorScale("yoy", [0.01, -0.005])).toMatchObject({pivot: 0, domain: [-0.05, 0.05]});
    // Nothing loaded yet: a valid scale all the same.
    expect(kpiColorScale("actual", [])).toMatchObject({domain: [0, 1]});
  });
});
