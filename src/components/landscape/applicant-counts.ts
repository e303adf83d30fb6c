// Applications per applicant key, the building block of the ranking, the stacked trend, the matrix and the
// co-applicant charts. An application counts once per key even when two of its spellings resolve to one entity.

import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";

export interface CountOptions {
  /** Count only the lead applicant (筆頭出願人) of each application. */
  leadOnly?: boolean;
}

export function countPerKey(
  data: LandscapeData,
  mask: Uint8Array,
  mode: NameMode,
  {leadOnly = false}: CountOptions = {}
): Int32Array {
  const {keyOfName, labels} = applicantKeys(data, mode);
  const counts = new Int32Array(labels.length);
  const lastApp = new Int32Array(labels.length).fill(-1);
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a]) continue;
    const start = data.applicantStart[a]!;
    const end = leadOnly ? Math.min(start + 1, data.applicantStart[a + 1]!) : data.applicantStart[a + 1]!;
    for (let r = start; r < end; ++r) {
      const key = keyOfName[data.applicantName[r]!]!;
      if (lastApp[key] === a) continue;
      lastApp[key] = a;
      ++counts[key]!;
    }
  }
  return counts;
}

/**
 * The `n` keys with the most applications, most first; ties in label order (key ids follow label order, as the
 * loader numbers names, entities and groups alphabetically).
 */
export function topKeys(counts: Int32Array, n: number): number[] {
  const keys: number[] = [];
  counts.forEach((count, key) => {
    if (count > 0) keys.push(key);
  });
  keys.sort((x, y) => counts[y]! - counts[x]! || x - y);
  return keys.slice(0, n);
}

/** Distinct keys among the applicants of application `a` (lead first). */
export function keysOfApplication(data: LandscapeData, a: number, keyOfName: Int32Array): number[] {
  const keys: number[] = [];
  for (let r = data.applicantStart[a]!, end = data.applicantStart[a + 1]!; r < end; ++r) {
    const key = keyOfName[data.applicantName[r]!]!;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
