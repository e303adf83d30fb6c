// Calendar arithmetic on whole days (days since 1970-01-01), the only time unit the sample needs. Integers keep
// sorting and comparing cheap for hundreds of thousands of rows and avoid time zones entirely. The conversions are
// Howard Hinnant's days_from_civil / civil_from_days: plain arithmetic, several times faster than Date objects.

import {civilOfDay, type CivilDate} from "../../src/components/landscape/calendar.js";

/** Day number of a proleptic Gregorian date; months and days out of range roll over (month 13 = next January). */
export function dayOf(year: number, month: number, day: number): number {
  const monthIndex = month - 1;
  const y = year + Math.floor(monthIndex / 12);
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  const shiftedYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function dayFromIso(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return dayOf(year!, month!, day!);
}

export type DateParts = CivilDate;

/** The calendar date of a day number: the same conversion the landscape page uses for its day-number datasets. */
export function dateParts(dayNumber: number): DateParts {
  return civilOfDay(dayNumber);
}

export function yearOf(day: number): number {
  return dateParts(day).year;
}

const slashDates = new Map<number, string>();

/** `2021/06/16`, the J-PlatPat cell form; cached, as a large sample writes the same few thousand days many times. */
export function slashDate(day: number): string {
  let text = slashDates.get(day);
  if (text === undefined) {
    const {year, month, day: d} = dateParts(day);
    slashDates.set(day, (text = `${year}/${pad2(month)}/${pad2(d)}`));
  }
  return text;
}

/** `20210616`, the form people put in file names. */
export function compactDate(day: number): string {
  const {year, month, day: d} = dateParts(day);
  return `${year}${pad2(month)}${pad2(d)}`;
}

export function isoDate(day: number): string {
  const {year, month, day: d} = dateParts(day);
  return `${year}-${pad2(month)}-${pad2(d)}`;
}

/** The same day of the month `months` later, clamped to the month's last day (Aug 31 + 1 month = Sep 30). */
export function addMonths(day: number, months: number): number {
  const {year, month, day: d} = dateParts(day);
  const firstOfTarget = dayOf(year, month + months, 1);
  const lastDay = dayOf(year, month + months + 1, 1) - firstOfTarget;
  return firstOfTarget + Math.min(d, lastDay) - 1;
}

/** Gazettes are issued on working days: a date falling on a weekend moves to the following Monday. */
export function nextWeekday(day: number): number {
  // Day 0 (1970-01-01) was a Thursday, so (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  const weekday = (day + 4) % 7;
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
