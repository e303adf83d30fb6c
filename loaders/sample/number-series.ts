// Number series of the JPO and WIPO, approximated so that synthetic numbers have plausible sizes for their dates:
// serials restart every year and grow through it (特願, 特開, 特表, WO), registration numbers grow for ever
// (特許, 実登). Assigning them in date order also makes every number unique, which the sample relies on.

import {dayFromIso, dayOf as dayOfDate, yearOf} from "./calendar.js";
import type {Random} from "./random.js";

/** A yearly series: serials from `first`, about `perYear(year)` of them handed out over the year. */
export interface YearlySeries {
  first: number;
  perYear: (year: number) => number;
}

/** A value that moves linearly between known (key, value) points and stays flat outside them. */
function interpolator(points: readonly (readonly [number, number])[]): (key: number) => number {
  return (key) => {
    if (key <= points[0]![0]) return points[0]![1];
    for (let i = 1; i < points.length; i++) {
      const [k1, v1] = points[i]!;
      if (key <= k1) {
        const [k0, v0] = points[i - 1]!;
        return v0 + ((v1 - v0) * (key - k0)) / (k1 - k0);
      }
    }
    return points[points.length - 1]![1];
  };
}

/** 特願 filed in Japan: about 390,000 a year in 2005, 230,000 by 2024 (000001…). */
export const DOMESTIC_APPLICATIONS: YearlySeries = {
  first: 1,
  perYear: interpolator([[2005, 390_000], [2010, 330_000], [2015, 300_000], [2020, 240_000], [2024, 230_000]])
};

/** 特願 of PCT applications entering the national phase: a separate block from 500001. */
export const NATIONAL_PHASE_APPLICATIONS: YearlySeries = {first: 500_001, perYear: () => 60_000};

/** 実願 (utility models): a few thousand a year. */
export const UTILITY_APPLICATIONS: YearlySeries = {
  first: 1,
  perYear: interpolator([[2005, 9_000], [2015, 6_500], [2024, 4_500]])
};

/** 特開 numbers: about 370,000 a year in 2005, 190,000 by 2022. */
export const UNEXAMINED_PUBLICATIONS: YearlySeries = {
  first: 1,
  perYear: interpolator([[2005, 370_000], [2010, 300_000], [2015, 235_000], [2020, 200_000], [2022, 190_000]])
};

/** 特表 numbers start at 500001 every year. */
export const TRANSLATED_PUBLICATIONS: YearlySeries = {first: 500_001, perYear: () => 55_000};

/** WO publication numbers (WO2019/239461), also the 再表 number. */
export const INTERNATIONAL_PUBLICATIONS: YearlySeries = {
  first: 1,
  perYear: interpolator([[2005, 130_000], [2010, 165_000], [2015, 215_000], [2019, 250_000], [2022, 270_000]])
};

/** 拒絶査定不服審判 numbers. */
export const APPEALS: YearlySeries = {first: 1, perYear: () => 18_000};

/** Cumulative numbers, as (ISO date, number) points. */
export type CumulativeSeries = (day: number) => number;

function cumulative(points: readonly (readonly [string, number])[]): CumulativeSeries {
  return interpolator(points.map(([iso, value]) => [dayFromIso(iso), value] as const));
}

/** 特許 numbers: 4,000,000 in mid-2007, 5,000,000 in 2012, 6,000,000 in 2016, 7,000,000 at the start of 2022. */
export const PATENT_REGISTRATIONS: CumulativeSeries = cumulative([
  ["2005-01-01", 3_630_000], ["2007-08-01", 4_000_000], ["2012-05-01", 5_000_000], ["2016-10-01", 6_000_000],
  ["2022-01-01", 7_000_000], ["2027-01-01", 7_900_000]
]);

/** 実登 numbers. */
export const UTILITY_REGISTRATIONS: CumulativeSeries = cumulative([
  ["2005-01-01", 3_108_000], ["2022-07-01", 3_238_000], ["2027-01-01", 3_266_000]
]);

/**
 * Gives every item a serial of a yearly series: inside each year serials follow the date, roughly where the date
 * falls in the year, and strictly increase, so no two items share one.
 */
export function assignYearlySerials<T>(
  items: readonly T[],
  dayOf: (item: T) => number,
  series: YearlySeries,
  random: Random,
  assign: (item: T, year: number, serial: number) => void
): void {
  const keys = sortedDayKeys(items, dayOf);
  let year = Number.NaN;
  let yearStart = 0;
  let nextYearStart = Number.NEGATIVE_INFINITY;
  let perYear = 0;
  let previous = 0;
  for (let i = 0; i < keys.length; i++) {
    const {order, day} = unpackDayKey(keys[i]!);
    if (day >= nextYearStart || day < yearStart) {
      year = yearOf(day);
      yearStart = dayOf0101(year);
      nextYearStart = dayOf0101(year + 1);
      perYear = series.perYear(year);
      previous = series.first - 1;
    }
    const fraction = (day - yearStart) / (nextYearStart - yearStart);
    const target = series.first + Math.floor(fraction * perYear) + random.int(0, Math.ceil(perYear / 2000));
    previous = Math.max(previous + 1, target);
    assign(items[order]!, year, previous);
  }
}

/** Gives every item a number of a cumulative series, following the date and strictly increasing. */
export function assignCumulativeNumbers<T>(
  items: readonly T[],
  dayOf: (item: T) => number,
  series: CumulativeSeries,
  random: Random,
  assign: (item: T, number: number) => void
): void {
  const keys = sortedDayKeys(items, dayOf);
  let previous = 0;
  for (let i = 0; i < keys.length; i++) {
    const {order, day} = unpackDayKey(keys[i]!);
    previous = Math.max(previous + 1, Math.floor(series(day)) + random.int(0, 40));
    assign(items[order]!, previous);
  }
}

const ORDER_RANGE = 2 ** 22;

/**
 * (day, position) pairs packed in numbers and sorted: by day, ties in input order, so the result never depends on
 * the sort implementation. A Float64Array sorts several times faster than a comparator over objects.
 */
function sortedDayKeys<T>(items: readonly T[], dayOf: (item: T) => number): Float64Array {
  if (items.length >= ORDER_RANGE) throw new RangeError(`too many items to number: ${items.length}`);
  const keys = new Float64Array(items.length);
  for (let order = 0; order < items.length; order++) keys[order] = dayOf(items[order]!) * ORDER_RANGE + order;
  return keys.sort();
}

function unpackDayKey(key: number): {order: number; day: number} {
  const order = key % ORDER_RANGE;
  return {order, day: (key - order) / ORDER_RANGE};
}

function dayOf0101(year: number): number {
  return dayOfDate(year, 1, 1);
}
