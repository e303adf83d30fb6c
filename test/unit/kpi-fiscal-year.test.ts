import {describe, expect, it} from "vitest";
import {
  calendarYearOf,
  fiscalMonthOrder,
  fiscalYearOf,
  monthAtFiscalOrder,
  parseFiscalYear
} from "../../loaders/kpi/fiscal-year.js";

describe("parseFiscalYear", () => {
  it.each([
    ["2024", 2024],
    ["２０２４", 2024],
    [" 2024 ", 2024],
    ["2024年度", 2024],
    ["２０２４年度", 2024],
    ["2024年", 2024],
    ["令和6年度", 2024],
    ["令和６年度", 2024],
    ["令和 6 年度", 2024],
    ["令和元年度", 2019],
    ["令6年度", 2024],
    ["R6", 2024],
    ["R6年度", 2024],
    ["r6", 2024],
    ["Ｒ６", 2024],
    ["R1", 2019],
    ["H30", 2018],
    ["h30年度", 2018],
    ["平成30年度", 2018],
    ["平成31年度", 2019],
    ["平成元年度", 1989],
    ["FY2024", 2024],
    ["fy2024", 2024],
    ["FY 2024", 2024]
  ])("reads %s as %i", (raw, expected) => {
    expect(parseFiscalYear(raw)).toEqual({ok: true, fiscalYear: expected});
  });

  it("agrees between the era and Western spellings of every year since 平成", () => {
    for (let year = 1; year <= 31; year++) {
      expect(parseFiscalYear(`平成${year}年度`)).toEqual(parseFiscalYear(String(1988 + year)));
    }
    for (let year = 1; year <= 20; year++) {
      expect(parseFiscalYear(`R${year}`)).toEqual(parseFiscalYear(`${2018 + year}年度`));
    }
  });

  it.each(["", "  ", "令和", "年度", "R", "2024/4", "24", "FY24", "二〇二四", "2024年度上期", "X6", "#N/A", "2.024E+03", "20249"])(
    "refuses %j as a type error with a reason",
    (raw) => {
      const result = parseFiscalYear(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errorType).toBe("type-error");
        expect(result.reason).toMatch(/年度/);
      }
    }
  );

  it.each(["平成32年度", "昭和65年度", "R0", "1024", "2101", "1988"])(
    "refuses %j as out of range",
    (raw) => {
      const result = parseFiscalYear(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errorType).toBe("constraint-error");
    }
  );

  it("says what to write instead", () => {
    const result = parseFiscalYear("FY24");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("2024年度");
  });
});

describe("fiscal months", () => {
  it("orders April first and March last", () => {
    expect(fiscalMonthOrder(4)).toBe(1);
    expect(fiscalMonthOrder(12)).toBe(9);
    expect(fiscalMonthOrder(1)).toBe(10);
    expect(fiscalMonthOrder(3)).toBe(12);
  });

  it("is a bijection between months and positions", () => {
    const positions = new Set<number>();
    for (let month = 1; month <= 12; month++) {
      const order = fiscalMonthOrder(month);
      positions.add(order);
      expect(monthAtFiscalOrder(order)).toBe(month);
    }
    expect([...positions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("puts January–March in the next calendar year", () => {
    expect(calendarYearOf(2024, 4)).toBe(2024);
    expect(calendarYearOf(2024, 12)).toBe(2024);
    expect(calendarYearOf(2024, 1)).toBe(2025);
    expect(calendarYearOf(2024, 3)).toBe(2025);
    for (let month = 1; month <= 12; month++) expect(fiscalYearOf(calendarYearOf(2024, month), month)).toBe(2024);
  });

  it("throws on a month that does not exist", () => {
    expect(() => fiscalMonthOrder(0)).toThrow(RangeError);
    expect(() => fiscalMonthOrder(13)).toThrow(RangeError);
    expect(() => calendarYearOf(2024, 4.5)).toThrow(RangeError);
    expect(() => monthAtFiscalOrder(13)).toThrow(RangeError);
  });
});
