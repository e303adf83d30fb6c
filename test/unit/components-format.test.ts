import {describe, expect, test} from "vitest";
import {
  fiscalYearOf,
  formatCompact,
  formatCount,
  formatDate,
  formatDateLong,
  formatFiscalYear,
  formatFiscalYearBoth,
  formatFiscalYearEra,
  formatNumber,
  formatPercent,
  MISSING
} from "../../src/components/format.js";

describe("numbers", () => {
  test("use Japanese digit grouping", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(1234.5678, {digits: 2})).toBe("1,234.57");
    expect(formatCount(1234)).toBe("1,234件");
    expect(formatCount(12, {unit: "者"})).toBe("12者");
    expect(formatCompact(12345)).toBe("1.2万");
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatPercent(0.5, {digits: 0})).toBe("50%");
  });

  test("ignore Plot's tick index, so they can be passed as tickFormat directly", () => {
    expect([0, 20, 40].map(formatNumber as (d: number, i: number) => string)).toEqual(["0", "20", "40"]);
    expect([0.1, 0.2].map(formatPercent as (d: number, i: number) => string)).toEqual(["10.0%", "20.0%"]);
    expect([5].map(formatCount as (d: number, i: number) => string)).toEqual(["5件"]);
  });

  test("show a dash for missing values", () => {
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatNumber(Number.NaN)).toBe(MISSING);
    expect(formatPercent(undefined)).toBe(MISSING);
    expect(formatDate(null)).toBe(MISSING);
    expect(formatDate(new Date("invalid"))).toBe(MISSING);
  });
});

describe("dates", () => {
  test("format calendar dates in UTC so the day never shifts", () => {
    const date = new Date(Date.UTC(2024, 0, 7));
    expect(formatDate(date)).toBe("2024/01/07");
    expect(formatDateLong(date)).toBe("2024年1月7日");
  });
});

describe("fiscal years (年度, April–March)", () => {
  test("assign January–March to the previous fiscal year", () => {
    expect(fiscalYearOf(new Date(Date.UTC(2025, 2, 31)))).toBe(2024);
    expect(fiscalYearOf(new Date(Date.UTC(2025, 3, 1)))).toBe(2025);
  });

  test("label Western and era years", () => {
    expect(formatFiscalYear(2024)).toBe("2024年度");
    expect(formatFiscalYearEra(2024)).toBe("令和6年度");
    expect(formatFiscalYearEra(2019)).toBe("令和元年度");
    expect(formatFiscalYearEra(2018)).toBe("平成30年度");
    expect(formatFiscalYearEra(1989)).toBe("平成元年度");
    expect(formatFiscalYearEra(1988)).toBe("昭和63年度");
    expect(formatFiscalYearBoth(2024)).toBe("2024年度（令和6年度）");
  });
});
