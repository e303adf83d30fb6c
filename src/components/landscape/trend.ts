// 出願件数推移: applications per year, optionally stacked by the top lead applicants (筆頭出願人, so the stack adds up
// to the number of applications) or by ステージ, with the 参考値 flag on the years the publication lag leaves
// incomplete (reference-period.ts).

import {countPerKey, topKeys} from "./applicant-counts.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";
import {isReferenceYear} from "./reference-period.js";
import {stageDisplayOrder, stageLabel} from "./rights-status.js";
import {yearRange, latestDayOf, MISSING_YEAR, yearsOf, type DateBasis, type YearKind} from "./year-basis.js";

export type StackBy = "none" | "applicant" | "stage";

export const STACK_LABELS: Record<StackBy, string> = {
  none: "なし",
  applicant: "上位出願人（筆頭）",
  stage: "ステージ"
};

export const TOTAL_SERIES = "出願件数";
export const OTHER_SERIES = "その他";

export interface TrendOptions {
  basis: DateBasis;
  yearKind: YearKind;
  stackBy?: StackBy;
  nameMode?: NameMode;
  /** Applicants shown by name when stacking by applicant; the rest are "その他". */
  top?: number;
  /** Run the years at least to this one (zeros after the selection's last year), e.g. the data's last year. */
  throughYear?: number;
}

export interface TrendRow {
  year: number;
  series: string;
  count: number;
  reference: boolean;
}

export interface TrendTotal {
  year: number;
  count: number;
  reference: boolean;
}

export interface Trend {
  basis: DateBasis;
  yearKind: YearKind;
  stackBy: StackBy;
  /** Series in stacking order (only those with applications). */
  series: string[];
  /** One row per year and series with applications. */
  rows: TrendRow[];
  /** Every year from the first to the last selected one, zeros included. */
  totals: TrendTotal[];
}

/** The series of each application, as an index into `labels`. */
function seriesAssignment(
  data: LandscapeData,
  mask: Uint8Array,
  stackBy: StackBy,
  nameMode: NameMode,
  top: number
): {labels: string[]; seriesOf: (a: number) => number} {
  if (stackBy === "stage") {
    const order = stageDisplayOrder(data.meta.stages);
    const indexOfStage = new Int32Array(data.meta.stages.length);
    order.forEach((stage, i) => (indexOfStage[stage] = i));
    return {
      labels: order.map((stage) => stageLabel(data.meta.stages, stage)),
      seriesOf: (a) => indexOfStage[data.stage[a]!]!
    };
  }
  if (stackBy === "applicant") {
    const {keyOfName, labels} = applicantKeys(data, nameMode);
    const leaders = topKeys(countPerKey(data, mask, nameMode, {leadOnly: true}), top);
    const indexOfKey = new Map(leaders.map((key, i) => [key, i]));
    const other = leaders.length;
    return {
      labels: [...leaders.map((key) => labels[key]!), OTHER_SERIES],
      seriesOf: (a) => {
        const start = data.applicantStart[a]!;
        if (start === data.applicantStart[a + 1]) return other;
        return indexOfKey.get(keyOfName[data.applicantName[start]!]!) ?? other;
      }
    };
  }
  return {labels: [TOTAL_SERIES], seriesOf: () => 0};
}

export function trendByYear(data: LandscapeData, mask: Uint8Array, options: TrendOptions): Trend {
  const {basis, yearKind, stackBy = "none", nameMode = "entity", top = 6, throughYear} = options;
  const years = yearsOf(data, basis, yearKind);
  const trend: Trend = {basis, yearKind, stackBy, series: [], rows: [], totals: []};
  const range = yearRange(years, mask);
  if (!range) return trend;
  const first = range.first;
  const last = throughYear !== undefined && throughYear > range.last ? throughYear : range.last;

  const {labels, seriesOf} = seriesAssignment(data, mask, stackBy, nameMode, top);
  const span = last - first + 1;
  const counts = new Int32Array(labels.length * span);
  for (let a = 0; a < data.applications; ++a) {
    const year = years[a]!;
    if (!mask[a] || year === MISSING_YEAR) continue;
    ++counts[seriesOf(a) * span + (year - first)]!;
  }

  const latestDay = latestDayOf(data, basis);
  const used = labels.map((_, s) => counts.subarray(s * span, (s + 1) * span).some((n) => n > 0));
  trend.series = labels.filter((_, s) => used[s]);
  for (let y = 0; y < span; ++y) {
    const year = first + y;
    const reference = isReferenceYear(year, yearKind, basis, latestDay);
    let total = 0;
    labels.forEach((series, s) => {
      const count = counts[s * span + y]!;
      total += count;
      if (count > 0) trend.rows.push({year, series, count, reference});
    });
    trend.totals.push({year, count: total, reference});
  }
  return trend;
}
