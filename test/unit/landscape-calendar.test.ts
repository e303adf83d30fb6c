import {describe, expect, test} from "vitest";
import {addMonths, civilOfDay, dateOfDay, dayOf, dayOfIso, fiscalYearOfDay, yearOfDay} from "../../src/components/landscape/calendar.js";
import {MISSING_DAY} from "../../src/components/landscape/landscape-meta.js";
import {isReferenceYear, referenceNote, yearBounds} from "../../src/components/landscape/reference-period.js";

describe("day numbers", () => {
  test("count days from 1970-01-01", () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(1970, 1, 2)).toBe(1);
    expect(dayOf(1969, 12, 31)).toBe(-1);
    expect(dayOf(2000, 3, 1)).toBe(11017);
  });

  test("convert back to the calendar date, like Date does, across two centuries", () => {
    const wrong: number[] = [];
    for (let day = dayOf(1899, 1, 1); day <= dayOf(2101, 1, 1); ++day) {
      const date = new Date(day * 86_400_000);
      const civil = civilOfDay(day);
      if (civil.year !== date.getUTCFullYear() || civil.month !== date.getUTCMonth() + 1 || civil.day !== date.getUTCDate()) {
        wrong.push(day);
      }
    }
    expect(wrong).toEqual([]);
    expect(civilOfDay(dayOf(2024, 2, 29))).toEqual({year: 2024, month: 2, day: 29});
  });

  test("give the calendar year and the fiscal year (April to March)", () => {
    expect(yearOfDay(dayOf(2025, 3, 31))).toBe(2025);
    expect(fiscalYearOfDay(dayOf(2025, 3, 31))).toBe(2024);
    expect(fiscalYearOfDay(dayOf(2025, 4, 1))).toBe(2025);
    expect(fiscalYearOfDay(dayOf(2025, 1, 1))).toBe(2024);
  });

  test("move by months, clamped to the end of a shorter month", () => {
    expect(addMonths(dayOf(2024, 1, 31), 1)).toBe(dayOf(2024, 2, 29));
    expect(addMonths(dayOf(2023, 1, 31), 1)).toBe(dayOf(2023, 2, 28));
    expect(addMonths(dayOf(2024, 12, 30), -18)).toBe(dayOf(2023, 6, 30));
    expect(addMonths(dayOf(2025, 8, 31), -18)).toBe(dayOf(2024, 2, 29));
    expect(addMonths(dayOf(2024, 11, 15), 2)).toBe(dayOf(2025, 1, 15));
  });

  test("read ISO dates and turn missing ones into MISSING_DAY / null", () => {
    expect(dayOfIso("2024-01-07")).toBe(dayOf(2024, 1, 7));
    expect(dayOfIso(null)).toBe(MISSING_DAY);
    expect(dayOfIso("2024/01/07")).toBe(MISSING_DAY);
    expect(dateOfDay(MISSING_DAY)).toBeNull();
    expect(dateOfDay(dayOf(2024, 1, 7))!.toISOString()).toBe("2024-01-07T00:00:00.000Z");
  });
});

describe("参考値 (reference years)", () => {
  test("year bounds for calendar and fiscal years", () => {
    expect(yearBounds(2024, "calendar")).toEqual([dayOf(2024, 1, 1), dayOf(2024, 12, 31)]);
    expect(yearBounds(2024, "fiscal")).toEqual([dayOf(2024, 4, 1), dayOf(2025, 3, 31)]);
  });

  test("filing years touching the 18 months before the latest 出願日", () => {
    // Latest filing 2024-12-30: the window starts 2023-06-30, so 2023 and 2024 are incomplete.
    const latest = dayOf(2024, 12, 30);
    expect(isReferenceYear(2022, "calendar", "filing", latest)).toBe(false);
    expect(isReferenceYear(2023, "calendar", "filing", latest)).toBe(true);
    expect(isReferenceYear(2024, "calendar", "filing", latest)).toBe(true);
    // FY2022 ends 2023-03-31, before the window; FY2023 (2023-04 … 2024-03) is in it.
    expect(isReferenceYear(2022, "fiscal", "filing", latest)).toBe(false);
    expect(isReferenceYear(2023, "fiscal", "filing", latest)).toBe(true);
  });

  test("a filing year ending exactly when the window starts is complete", () => {
    // Latest 2024-06-30 → window (2022-12-30, 2024-06-30]: 2022 ends 2022-12-31, one day inside.
    expect(isReferenceYear(2022, "calendar", "filing", dayOf(2024, 6, 30))).toBe(true);
    expect(isReferenceYear(2022, "calendar", "filing", dayOf(2024, 7, 1))).toBe(false);
  });

  test("publication years: only the year the latest 公知日 cuts short", () => {
    const latest = dayOf(2026, 7, 15);
    expect(isReferenceYear(2026, "calendar", "publication", latest)).toBe(true);
    expect(isReferenceYear(2025, "calendar", "publication", latest)).toBe(false);
    expect(isReferenceYear(2025, "calendar", "publication", dayOf(2025, 12, 31))).toBe(false);
    expect(isReferenceYear(2026, "fiscal", "publication", latest)).toBe(true);
    expect(isReferenceYear(2025, "fiscal", "publication", latest)).toBe(false);
  });

  test("no latest date, no reference years; the footnote names the rule", () => {
    expect(isReferenceYear(2024, "calendar", "filing", null)).toBe(false);
    expect(referenceNote("filing")).toContain("18か月");
  });
});
