// The panels of the 比較 page: one mask per compared collection or applicant, and the landscape's own shaping
// (trend.ts, ranking.ts, fi-hierarchy.ts) run on each, brought to one scale so that the small multiples can be read
// against each other. Nothing here counts applications itself: the numbers are those of the ランドスケープ page.

import {applicationsOf} from "../landscape/applicant-profile.js";
import {fiCounts, type FiCountRow, type FiLevel, type FiScope, type FiTitles} from "../landscape/fi-hierarchy.js";
import {selectApplications, type LandscapeFilter} from "../landscape/filter-mask.js";
import type {LandscapeData} from "../landscape/landscape-data.js";
import {applicantKeys, keyOfLabel, type NameMode} from "../landscape/name-mode.js";
import {applicantRanking, type Ranking} from "../landscape/ranking.js";
import {isReferenceYear} from "../landscape/reference-period.js";
import {trendByYear, type Trend} from "../landscape/trend.js";
import {latestDayOf, yearRange, yearsOf, type DateBasis, type YearKind} from "../landscape/year-basis.js";

export interface ComparePanel {
  /** The collection's name or the applicant's label. */
  label: string;
  /** "自社" for the first applicant, "競合" for the others; "" for a collection. */
  role: "" | "自社" | "競合";
  mask: Uint8Array;
  count: number;
}

/** One panel per collection, each with the page's other filters. */
export function collectionPanels(data: LandscapeData, filter: LandscapeFilter, ids: readonly number[]): ComparePanel[] {
  return ids.map((id) => {
    const {mask, count} = selectApplications(data, {...filter, collections: [id]});
    return {label: data.meta.collections[id]!.name, role: "", mask, count};
  });
}

export interface ApplicantPanels {
  panels: ComparePanel[];
  /** Labels asked for that no applicant has under the name mode. */
  missing: string[];
}

/** One panel per applicant (a raw name, an entity or a group under `nameMode`): its applications within `scope`. */
export function applicantPanels(
  data: LandscapeData,
  scope: Uint8Array,
  nameMode: NameMode,
  labels: readonly string[]
): ApplicantPanels {
  const keys = applicantKeys(data, nameMode);
  const panels: ComparePanel[] = [];
  const missing: string[] = [];
  for (const label of labels) {
    const key = keyOfLabel(keys, label);
    if (key < 0) {
      missing.push(label);
      continue;
    }
    const mask = applicationsOf(data, nameMode, key).mask;
    let count = 0;
    for (let a = 0; a < data.applications; ++a) count += mask[a]! &= scope[a]!;
    panels.push({label, role: panels.length === 0 ? "自社" : "競合", mask, count});
  }
  return {panels, missing};
}

/** The applications of any panel: the matrix of the applicant comparison is drawn over these. */
export function unionMask(data: LandscapeData, panels: readonly ComparePanel[]): Uint8Array {
  const union = new Uint8Array(data.applications);
  for (const panel of panels) for (let a = 0; a < data.applications; ++a) union[a]! |= panel.mask[a]!;
  return union;
}

export interface AlignedTrends {
  /** One trend per panel, every one over the same years (zeros where a panel has none). */
  trends: Trend[];
  /** The largest yearly count of any panel: the shared top of the y axes. */
  yMax: number;
}

/** Trends by year for every panel over one span of years and one y scale. */
export function alignedTrends(
  data: LandscapeData,
  panels: readonly ComparePanel[],
  {basis, yearKind}: {basis: DateBasis; yearKind: YearKind}
): AlignedTrends {
  const years = yearsOf(data, basis, yearKind);
  const spans = panels.flatMap((panel) => yearRange(years, panel.mask) ?? []);
  if (spans.length === 0) return {trends: panels.map((panel) => trendByYear(data, panel.mask, {basis, yearKind})), yMax: 0};
  const first = Math.min(...spans.map((s) => s.first));
  const last = Math.max(...spans.map((s) => s.last));
  const latestDay = latestDayOf(data, basis);
  // trendByYear runs to `throughYear`; the years before a panel's first one are added here, as zeros.
  const trends = panels.map((panel) => {
    const trend = trendByYear(data, panel.mask, {basis, yearKind, throughYear: last});
    const start = trend.totals[0]?.year ?? last + 1;
    const before = [];
    for (let year = first; year < start; ++year) {
      before.push({year, count: 0, reference: isReferenceYear(year, yearKind, basis, latestDay)});
    }
    return {...trend, totals: [...before, ...trend.totals]};
  });
  const yMax = Math.max(0, ...trends.flatMap((t) => t.totals.map((d) => d.count)));
  return {trends, yMax};
}

export interface AlignedRankings {
  rankings: Ranking[];
  /** The largest count of any bar: the shared end of the x axes. */
  xMax: number;
}

export function alignedRankings(
  data: LandscapeData,
  panels: readonly ComparePanel[],
  nameMode: NameMode,
  top: number
): AlignedRankings {
  const rankings = panels.map((panel) => applicantRanking(data, panel.mask, nameMode, top));
  return {rankings, xMax: Math.max(0, ...rankings.flatMap((r) => r.rows.map((row) => row.count)))};
}

export interface TechnologyMix {
  level: FiLevel;
  /** The nodes shown in every panel, in one order: the union of each panel's top nodes. */
  nodes: string[];
  /** Per panel, one row per node (count 0 where the panel has none), shares of the panel's applications. */
  rows: FiCountRow[][];
  /** Applications of each panel. */
  totals: number[];
  /** The largest share of any bar: the shared end of the x axes. */
  xMax: number;
}

/**
 * The technology mix of every panel on the same nodes in the same order, so a bar sits at the same height in
 * each panel. Shares, not counts: compared sets differ in size (a 15,000-application study beside a 2,000 one)
 * and the mix is about what each works on.
 */
export function technologyMix(
  data: LandscapeData,
  panels: readonly ComparePanel[],
  {level, prefix = "", scope = "all", titles, top = 8}: {level: FiLevel; prefix?: string; scope?: FiScope; titles?: FiTitles; top?: number}
): TechnologyMix {
  const counts = panels.map((panel) => fiCounts(data, panel.mask, {level, prefix, scope, titles}));
  const weight = new Map<string, number>();
  for (const c of counts) for (const row of c.rows.slice(0, top)) weight.set(row.node, 0);
  for (const c of counts) for (const row of c.rows) if (weight.has(row.node)) weight.set(row.node, weight.get(row.node)! + row.share);
  const nodes = [...weight.keys()].sort((x, y) => weight.get(y)! - weight.get(x)! || (x < y ? -1 : 1));
  // A node a panel lacks takes its label and title from a panel that has it.
  const anyRow = new Map(counts.flatMap((c) => c.rows).map((row) => [row.node, row]));
  const rows = counts.map((c) => {
    const byNode = new Map(c.rows.map((row) => [row.node, row]));
    return nodes.map((node) => byNode.get(node) ?? {...anyRow.get(node)!, count: 0, share: 0});
  });
  return {
    level,
    nodes,
    rows,
    totals: counts.map((c) => c.total),
    xMax: Math.max(0, ...rows.flatMap((r) => r.map((row) => row.share)))
  };
}
