// 共同出願: which applicants file together. A pair counts the applications in which both appear (under the name
// mode, so two spellings of one entity never pair with each other).

import {keysOfApplication} from "./applicant-counts.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";

export interface PairRow {
  a: number;
  b: number;
  labelA: string;
  labelB: string;
  count: number;
}

export interface CoApplicants {
  /** Most frequent pairs first; ties in label order. */
  pairs: PairRow[];
  /** Selected applications with two or more applicants (keys). */
  jointApplications: number;
  /** Selected applications. */
  total: number;
}

export function coApplicantPairs(
  data: LandscapeData,
  mask: Uint8Array,
  {nameMode, top = 30}: {nameMode: NameMode; top?: number}
): CoApplicants {
  const {keyOfName, labels} = applicantKeys(data, nameMode);
  const n = labels.length;
  const counts = new Map<number, number>();
  let jointApplications = 0;
  let total = 0;
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a]) continue;
    ++total;
    if (data.applicantStart[a + 1]! - data.applicantStart[a]! < 2) continue;
    const keys = keysOfApplication(data, a, keyOfName);
    if (keys.length < 2) continue;
    ++jointApplications;
    keys.sort((x, y) => x - y);
    for (let i = 0; i < keys.length; ++i) {
      for (let j = i + 1; j < keys.length; ++j) {
        const pair = keys[i]! * n + keys[j]!;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  }
  const pairs = [...counts].map(([pair, count]) => {
    const a = Math.floor(pair / n);
    const b = pair - a * n;
    return {a, b, labelA: labels[a]!, labelB: labels[b]!, count};
  });
  pairs.sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
  return {pairs: pairs.slice(0, top), jointApplications, total};
}

export interface PartnerRow {
  key: number;
  label: string;
  /** Selected applications filed together with the applicant in question. */
  count: number;
}

/** The co-applicants of one applicant (key under `nameMode`), most frequent first. */
export function partnersOf(data: LandscapeData, mask: Uint8Array, nameMode: NameMode, key: number): PartnerRow[] {
  const {keyOfName, labels} = applicantKeys(data, nameMode);
  const counts = new Map<number, number>();
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a] || data.applicantStart[a + 1]! - data.applicantStart[a]! < 2) continue;
    const keys = keysOfApplication(data, a, keyOfName);
    if (!keys.includes(key)) continue;
    for (const other of keys) if (other !== key) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([other, count]) => ({key: other, label: labels[other]!, count}))
    .sort((x, y) => y.count - x.count || x.key - y.key);
}
