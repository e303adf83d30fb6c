// Calendar arithmetic on day numbers (whole days since 1970-01-01, UTC), the form dates take in the landscape
// datasets. Pure integer arithmetic: 100,000 dates convert in a few milliseconds without creating Date objects.

import {MISSING_DAY} from "./landscape-meta.js";

const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "2024-01-07" → day number; anything else → MISSING_DAY. */
export function dayOfIso(iso: string | null | undefined): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : MISSING_DAY;
}

/** Calendar date of a day number (Howard Hinnant's days_from_civil inverse, valid for any Gregorian date). */
export function civilOfDay(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

export function yearOfDay(days: number): number {
  return civilOfDay(days).year;
}

/** The Japanese fiscal year (年度, April–March) of a day: 2025-03-31 → 2024. */
export function fiscalYearOfDay(days: number): number {
  const {year, month} = civilOfDay(days);
  return month >= 4 ? year : year - 1;
}

/** The same day `months` months later (earlier when negative), clamped to the month's last day (1/31 + 1 → 2/28). */
export function addMonths(days: number, months: number): number {
  const {year, month, day} = civilOfDay(days);
  const target = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12 + 1;
  const lastDay = civilOfDay(dayOf(targetYear, targetMonth + 1, 1) - 1).day;
  return dayOf(targetYear, targetMonth, Math.min(day, lastDay));
}

/** A day number as a Date at UTC midnight (the convention of format.ts). */
export function dateOfDay(days: number): Date | null {
  return days === MISSING_DAY ? null : new Date(days * DAY_MS);
}
