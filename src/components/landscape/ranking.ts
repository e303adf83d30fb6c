// 出願人ランキング: the top applicants with their application counts and share of the selected applications.
// Co-applications count for each applicant, so shares can add up to more than 100 %.

import {countPerKey, topKeys} from "./applicant-counts.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";

export interface RankingRow {
  rank: number;
  key: number;
  label: string;
  count: number;
  /** count ÷ selected applications. */
  share: number;
}

export interface Ranking {
  rows: RankingRow[];
  /** Selected applications. */
  total: number;
  /** Applicants (keys) with at least one selected application. */
  applicants: number;
}

export function applicantRanking(data: LandscapeData, mask: Uint8Array, mode: NameMode, top: number): Ranking {
  const counts = countPerKey(data, mask, mode);
  const {labels} = applicantKeys(data, mode);
  let total = 0;
  for (let a = 0; a < data.applications; ++a) total += mask[a]!;
  let applicants = 0;
  for (const count of counts) if (count > 0) ++applicants;
  const rows = topKeys(counts, top).map((key, i) => ({
    rank: i + 1,
    key,
    label: labels[key]!,
    count: counts[key]!,
    share: total ? counts[key]! / total : 0
  }));
  // Standard competition ranking: equal counts share a rank (1, 2, 2, 4).
  rows.forEach((row, i) => {
    if (i > 0 && row.count === rows[i - 1]!.count) row.rank = rows[i - 1]!.rank;
  });
  return {rows, total, applicants};
}
