import {describe, expect, it} from "vitest";
import {
  calendarYearOf, fiscalOrder, FISCAL_MONTHS, isFullYear, monthAt, monthLabel, normalisePeriod, periodLabel,
  periodOrders, yearMonthLabel
} from "../../src/components/kpi/fiscal-months.js";

describe("fiscal months (April → March)", () => {
  it("orders calendar months from April", () => {
    expect(FISCAL_MONTHS).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect([4, 12, 1, 3].map(fiscalOrder)).toEqual([0, 8, 9, 11]);
    expect([0, 8, 9, 11].map(monthAt)).toEqual([4, 12, 1, 3]);
    for (const month of FISCAL_MONTHS) expect(monthAt(fiscalOrder(month))).toBe(month);
  });

  it("labels months and periods in Japanese", () => {
    expect(monthLabel(0)).toBe("4月");
    expect(monthLabel(11)).toBe("3月");
    expect(periodLabel({from: 0, to: 5})).toBe("4月〜9月");
    expect(periodLabel({from: 0, to: 11})).toBe("4月〜3月（通期）");
    expect(periodLabel({from: 2, to: 2})).toBe("6月");
  });

  it("normalises a period chosen backwards or out of range", () => {
    expect(normalisePeriod(9, 2)).toEqual({from: 2, to: 9});
    expect(normalisePeriod(-3, 20)).toEqual({from: 0, to: 11});
    expect(isFullYear(normalisePeriod(11, 0))).toBe(true);
    expect(periodOrders({from: 9, to: 11})).toEqual([9, 10, 11]);
  });

  it("puts January–March in the next calendar year", () => {
    expect(calendarYearOf(2024, 12)).toBe(2024);
    expect(calendarYearOf(2024, 1)).toBe(2025);
    expect(yearMonthLabel(2024, 11)).toBe("2025年3月");
    expect(yearMonthLabel(2024, 0)).toBe("2024年4月");
  });
});
