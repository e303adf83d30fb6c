// 伸びている出願人 and 新規参入者 by name: who is growing fastest in the recent complete years, and who arrived then.
//
// The definition, the same one the reading states:
// - The recent window is the last `window` complete years of the selection: the 参考値 years (the publication lag,
//   reference-period.ts) are left out, because their counts are short for everyone and would make every applicant
//   look like it is shrinking.
// - The earlier window is the `window` years just before it. Growth is recent ÷ earlier applications of the same
//   applicant; only applicants with at least `minRecent` recent applications and one earlier application are ranked,
//   so that 1 → 3 does not top the list.
// - A new entrant is an applicant whose first selected application falls in the recent window (first within the data
//   and filters, as 新規参入 counts them), with its applications there.
// Both windows must lie inside the selection's years, else the counts would compare a full period with a cut one.

import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {isReferenceYear} from "./reference-period.js";
import {latestDayOf, MISSING_YEAR, yearRange, yearsOf, type DateBasis, type YearKind} from "./year-basis.js";

export interface RisingOptions {
  basis: DateBasis;
  yearKind: YearKind;
  nameMode: NameMode;
  /** Years in each window. */
  window?: number;
  /** Recent applications an applicant needs to be ranked by growth. */
  minRecent?: number;
  /** Rows of each list. */
  top?: number;
}

export interface YearWindow {
  first: number;
  last: number;
}

export interface RisingRow {
  key: number;
  label: string;
  /** Applications in the recent window. */
  recent: number;
  /** Applications in the earlier window. */
  earlier: number;
  /** recent ÷ earlier. */
  growth: number;
}

export interface NewcomerRow {
  key: number;
  label: string;
  /** The year of the first selected application. */
  firstYear: number;
  /** Applications in the recent window. */
  recent: number;
}

export interface Rising {
  /** No selected application has a year. */
  empty: boolean;
  window: number;
  minRecent: number;
  /** null when the selection's complete years do not hold two windows (rising) or one window after its first year. */
  recentWindow: YearWindow | null;
  earlierWindow: YearWindow | null;
  /** Fastest growth first (then more recent applications, then label order); at most `top`. */
  rising: RisingRow[];
  /** Applicants that meet the definition (growing, with enough recent applications), before `top` cuts the list. */
  growing: number;
  /** Most recent applications first (then label order); at most `top`. */
  newcomers: NewcomerRow[];
  /** Every new entrant of the recent window. */
  newcomerCount: number;
}

export const RISING_WINDOW = 3;
export const RISING_MIN_RECENT = 5;

export function risingApplicants(data: LandscapeData, mask: Uint8Array, options: RisingOptions): Rising {
  const {basis, yearKind, nameMode, window = RISING_WINDOW, minRecent = RISING_MIN_RECENT, top = 10} = options;
  const rising: Rising = {
    empty: true,
    window,
    minRecent,
    recentWindow: null,
    earlierWindow: null,
    rising: [],
    growing: 0,
    newcomers: [],
    newcomerCount: 0
  };
  const years = yearsOf(data, basis, yearKind);
  const range = yearRange(years, mask);
  if (!range) return rising;
  rising.empty = false;
  const latestDay = latestDayOf(data, basis);
  let lastComplete = range.last;
  while (lastComplete >= range.first && isReferenceYear(lastComplete, yearKind, basis, latestDay)) --lastComplete;
  const recent = {first: lastComplete - window + 1, last: lastComplete};
  // The first year of the selection is everyone's first: the recent window must start after it.
  if (recent.first <= range.first) return rising;
  rising.recentWindow = recent;
  const earlier = {first: recent.first - window, last: recent.first - 1};
  const hasEarlier = earlier.first >= range.first;
  if (hasEarlier) rising.earlierWindow = earlier;

  const {keyOfName, labels} = applicantKeys(data, nameMode);
  const NEVER = 2 ** 15;
  const firstYear = new Int32Array(labels.length).fill(NEVER);
  const recentCount = new Int32Array(labels.length);
  const earlierCount = new Int32Array(labels.length);
  // An application counts once per key even when two of its names resolve to one entity.
  const lastApp = new Int32Array(labels.length).fill(-1);
  for (let a = 0; a < data.applications; ++a) {
    const year = years[a]!;
    if (!mask[a] || year === MISSING_YEAR) continue;
    const inRecent = year >= recent.first && year <= recent.last;
    const inEarlier = year >= earlier.first && year <= earlier.last;
    for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end; ++r) {
      const key = keyOfName[data.applicantName[r]!]!;
      if (year < firstYear[key]!) firstYear[key] = year;
      if (lastApp[key] === a) continue;
      lastApp[key] = a;
      if (inRecent) ++recentCount[key]!;
      else if (inEarlier) ++earlierCount[key]!;
    }
  }

  const byLabel = (x: {key: number}, y: {key: number}) => x.key - y.key;
  if (hasEarlier) {
    const ranked: RisingRow[] = [];
    labels.forEach((label, key) => {
      const r = recentCount[key]!;
      const e = earlierCount[key]!;
      if (r >= minRecent && e > 0 && r > e) ranked.push({key, label, recent: r, earlier: e, growth: r / e});
    });
    ranked.sort((x, y) => y.growth - x.growth || y.recent - x.recent || byLabel(x, y));
    rising.growing = ranked.length;
    rising.rising = ranked.slice(0, top);
  }

  const newcomers: NewcomerRow[] = [];
  labels.forEach((label, key) => {
    const first = firstYear[key]!;
    if (first >= recent.first && first <= recent.last) newcomers.push({key, label, firstYear: first, recent: recentCount[key]!});
  });
  newcomers.sort((x, y) => y.recent - x.recent || byLabel(x, y));
  rising.newcomerCount = newcomers.length;
  rising.newcomers = newcomers.slice(0, top);
  return rising;
}
