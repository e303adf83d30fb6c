// 新規参入 and the technology life cycle (エントリーマップ, ライフサイクル): per year, how many applicants filed for
// the first time within the selection, how many applicants filed at all, and how many applications there were.
// "First time" means first within the loaded data and the current filters: an applicant active before the data
// begins looks like an entrant in the first year, so that year is flagged.

import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {isReferenceYear} from "./reference-period.js";
import {latestDayOf, MISSING_YEAR, yearRange, yearsOf, type DateBasis, type YearKind} from "./year-basis.js";

export interface EntrantRow {
  year: number;
  /** Applicants whose first selected application falls in this year. */
  entrants: number;
  /** Applicants with at least one selected application in this year. */
  applicants: number;
  applications: number;
  reference: boolean;
  /** The first year of the selection: every applicant is "new" there. */
  firstYear: boolean;
}

export function entrantsByYear(
  data: LandscapeData,
  mask: Uint8Array,
  {basis, yearKind, nameMode}: {basis: DateBasis; yearKind: YearKind; nameMode: NameMode}
): EntrantRow[] {
  const years = yearsOf(data, basis, yearKind);
  const range = yearRange(years, mask);
  if (!range) return [];
  const {first, last} = range;
  const span = last - first + 1;
  const {keyOfName, labels} = applicantKeys(data, nameMode);
  const NEVER = 2 ** 31 - 1;
  const firstYearOfKey = new Int32Array(labels.length).fill(NEVER);
  const activeInYear = new Uint8Array(labels.length * span);
  const applications = new Int32Array(span);
  const applicants = new Int32Array(span);
  for (let a = 0; a < data.applications; ++a) {
    const year = years[a]!;
    if (!mask[a] || year === MISSING_YEAR) continue;
    const y = year - first;
    ++applications[y]!;
    for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end; ++r) {
      const key = keyOfName[data.applicantName[r]!]!;
      if (year < firstYearOfKey[key]!) firstYearOfKey[key] = year;
      const cell = key * span + y;
      if (!activeInYear[cell]) {
        activeInYear[cell] = 1;
        ++applicants[y]!;
      }
    }
  }
  const entrants = new Int32Array(span);
  for (const year of firstYearOfKey) if (year !== NEVER) ++entrants[year - first]!;
  const latestDay = latestDayOf(data, basis);
  return Array.from({length: span}, (_, y) => ({
    year: first + y,
    entrants: entrants[y]!,
    applicants: applicants[y]!,
    applications: applications[y]!,
    reference: isReferenceYear(first + y, yearKind, basis, latestDay),
    firstYear: y === 0
  }));
}
