// Which date counts (出願日 or 公知日) and how it is cut into years (暦年 or 年度): every chart by year and the
// year-range filter go through here, so they always agree.

import {civilOfDay} from "./calendar.js";
import type {LandscapeData} from "./landscape-data.js";
import {MISSING_DAY} from "./landscape-meta.js";

export type DateBasis = "filing" | "publication";
export type YearKind = "calendar" | "fiscal";

export const DATE_BASIS_LABELS: Record<DateBasis, string> = {filing: "出願日", publication: "公知日"};
export const YEAR_KIND_LABELS: Record<YearKind, string> = {calendar: "暦年", fiscal: "年度"};

/** The year of an application without the date (no 公知日 in its export). Years are always > 0. */
export const MISSING_YEAR = 0;

const cache = new WeakMap<LandscapeData, Map<string, Int16Array>>();

/** The year of every application for a basis and kind, MISSING_YEAR where the date is missing. Memoised. */
export function yearsOf(data: LandscapeData, basis: DateBasis, kind: YearKind): Int16Array {
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  const key = `${basis}:${kind}`;
  let years = byKey.get(key);
  if (!years) {
    const days = basis === "filing" ? data.filingDay : data.publicationDay;
    years = new Int16Array(days.length);
    for (let i = 0; i < days.length; ++i) {
      const day = days[i]!;
      if (day === MISSING_DAY) continue;
      const {year, month} = civilOfDay(day);
      years[i] = kind === "fiscal" && month < 4 ? year - 1 : year;
    }
    byKey.set(key, years);
  }
  return years;
}

/** 2024 → "2024年" or "2024年度". */
export function yearLabel(year: number, kind: YearKind): string {
  return kind === "fiscal" ? `${year}年度` : `${year}年`;
}

/** The first and last year of the applications in `mask` (of all of them without one); null when none has a year. */
export function yearRange(years: Int16Array, mask?: Uint8Array): {first: number; last: number} | null {
  let first = Infinity;
  let last = -Infinity;
  for (let a = 0; a < years.length; ++a) {
    const year = years[a]!;
    if ((mask && !mask[a]) || year === MISSING_YEAR) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first > last ? null : {first, last};
}

/** The distinct years present for a basis and kind, ascending (for the year-range selects). */
export function yearSpan(data: LandscapeData, basis: DateBasis, kind: YearKind): number[] {
  const range = yearRange(yearsOf(data, basis, kind));
  const span: number[] = [];
  if (range) for (let year = range.first; year <= range.last; ++year) span.push(year);
  return span;
}

/** The latest date of the basis in the whole data set (not the filtered part): the 参考値 rule's reference. */
export function latestDayOf(data: LandscapeData, basis: DateBasis): number | null {
  return basis === "filing" ? data.meta.latestFilingDay : data.meta.latestPublicationDay;
}

/** Axis and column title: 出願年, 出願年度, 公知年, 公知年度. */
export function yearAxisLabel(basis: DateBasis, kind: YearKind): string {
  return `${basis === "filing" ? "出願" : "公知"}${kind === "fiscal" ? "年度" : "年"}`;
}
