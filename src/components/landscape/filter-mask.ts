// The ランドスケープ page's filters as one mask over applications: every chart on the page aggregates the same
// selection. Each filter is a pass over integer arrays (no strings per application), so 100,000 applications are
// selected in a few milliseconds.

import {fiCodeMatches, type FiScope} from "./fi-hierarchy.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {searchKey} from "./text-match.js";
import {MISSING_YEAR, yearsOf, type DateBasis, type YearKind} from "./year-basis.js";

export interface LandscapeFilter {
  /** Collection ids to include (an application in any of them); null = every application. */
  collections: readonly number[] | null;
  basis: DateBasis;
  yearKind: YearKind;
  /** Inclusive bounds; null = open. With a bound, applications without the date (no 公知日) are left out. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Part of an applicant's label under `nameMode` (case, width and spaces ignored); "" = any applicant. */
  applicant: string;
  nameMode: NameMode;
  /** FI prefix such as "H01M10/"; "" = any. */
  fiPrefix: string;
  fiScope: FiScope;
}

export const NO_FILTER: LandscapeFilter = {
  collections: null,
  basis: "filing",
  yearKind: "calendar",
  yearFrom: null,
  yearTo: null,
  applicant: "",
  nameMode: "entity",
  fiPrefix: "",
  fiScope: "all"
};

export interface Selection {
  /** 1 for each application id that passes every filter. */
  mask: Uint8Array;
  count: number;
}

/** 1 for each key whose label contains `text`; null when `text` is empty. */
function matchingKeys(data: LandscapeData, mode: NameMode, text: string): Uint8Array | null {
  const wanted = searchKey(text);
  if (wanted === "") return null;
  const {labels} = applicantKeys(data, mode);
  const matches = new Uint8Array(labels.length);
  labels.forEach((label, key) => {
    if (searchKey(label).includes(wanted)) matches[key] = 1;
  });
  return matches;
}

export function selectApplications(data: LandscapeData, filter: LandscapeFilter): Selection {
  const n = data.applications;
  const mask = new Uint8Array(n);

  if (filter.collections === null) mask.fill(1);
  else {
    const wanted = new Set(filter.collections);
    for (let a = 0; a < n; ++a) {
      for (let r = data.collectionStart[a]!, end = data.collectionStart[a + 1]!; r < end; ++r) {
        if (wanted.has(data.collectionOf[r]!)) {
          mask[a] = 1;
          break;
        }
      }
    }
  }

  if (filter.yearFrom !== null || filter.yearTo !== null) {
    const years = yearsOf(data, filter.basis, filter.yearKind);
    const from = Math.min(filter.yearFrom ?? -Infinity, filter.yearTo ?? Infinity);
    const to = Math.max(filter.yearFrom ?? -Infinity, filter.yearTo ?? Infinity);
    for (let a = 0; a < n; ++a) {
      const year = years[a]!;
      if (year === MISSING_YEAR || year < from || year > to) mask[a] = 0;
    }
  }

  const keys = matchingKeys(data, filter.nameMode, filter.applicant);
  if (keys) {
    const {keyOfName} = applicantKeys(data, filter.nameMode);
    for (let a = 0; a < n; ++a) {
      if (!mask[a]) continue;
      let found = 0;
      for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end && !found; ++r) {
        found = keys[keyOfName[data.applicantName[r]!]!]!;
      }
      mask[a] = found;
    }
  }

  const codes = fiCodeMatches(data, filter.fiPrefix);
  if (codes) {
    const leadOnly = filter.fiScope === "lead";
    for (let a = 0; a < n; ++a) {
      if (!mask[a]) continue;
      let found = 0;
      for (let r = data.fiStart[a]!, end = data.fiStart[a + 1]!; r < end && !found; ++r) {
        if (leadOnly && !data.fiLead[r]) continue;
        found = codes[data.fiCode[r]!]!;
      }
      mask[a] = found;
    }
  }

  let count = 0;
  for (let a = 0; a < n; ++a) count += mask[a]!;
  return {mask, count};
}
