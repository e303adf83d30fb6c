// The one sentence under each chart of the 比較 page: what differs between the panels, written from the data (in the
// style of landscape/readings.ts), so that a pasted chart comes with its caption.

import {formatNumber, formatPercent} from "../format.js";
import {FI_LEVEL_LABELS} from "../landscape/fi-hierarchy.js";
import {NOTHING_SELECTED} from "../landscape/readings.js";
import {referenceNote} from "../landscape/reference-period.js";
import type {Matrix} from "../landscape/matrix.js";
import type {Ranking} from "../landscape/ranking.js";
import type {Trend} from "../landscape/trend.js";
import {yearLabel} from "../landscape/year-basis.js";
import type {CollectionOverlap} from "./collection-overlap.js";
import type {ComparePanel, TechnologyMix} from "./compare-panels.js";

/** 「LiDAR」 → the panel's name as the sentences quote it. */
const quoted = (panel: ComparePanel) => `「${panel.label}」`;

/** "LiDAR はピークが2019年（1,234件）、CO2回収は2012年（456件）。" — peaks of complete years only. */
export function trendComparisonReading(panels: readonly ComparePanel[], trends: readonly Trend[]): string {
  const peaks = trends.flatMap((trend, i) => {
    const complete = trend.totals.filter((t) => !t.reference && t.count > 0);
    const candidates = complete.length ? complete : trend.totals.filter((t) => t.count > 0);
    if (candidates.length === 0) return [];
    const peak = candidates.reduce((a, b) => (b.count > a.count ? b : a));
    return [`${quoted(panels[i]!)}が${yearLabel(peak.year, trend.yearKind)}（${formatNumber(peak.count)}件）`];
  });
  if (peaks.length === 0) return NOTHING_SELECTED;
  const reference = trends.some((t) => t.totals.some((d) => d.reference));
  return (
    `縦軸をそろえた年別の出願件数です。${reference ? "参考値を除く" : ""}ピークは、${peaks.join("、")}。` +
    (reference ? referenceNote(trends[0]!.basis) : "")
  );
}

export function rankingComparisonReading(panels: readonly ComparePanel[], rankings: readonly Ranking[]): string {
  const leaders = rankings.flatMap((ranking, i) =>
    ranking.rows[0] ? [`${quoted(panels[i]!)}が「${ranking.rows[0].label}」（${formatNumber(ranking.rows[0].count)}件）`] : []
  );
  if (leaders.length === 0) return NOTHING_SELECTED;
  // Applicants in the top list of every panel: the players the compared sets share.
  const lists = rankings.map((ranking) => new Set(ranking.rows.map((row) => row.label)));
  const shared = [...(lists[0] ?? [])].filter((label) => lists.every((list) => list.has(label)));
  const sharedText =
    rankings.length < 2
      ? ""
      : shared.length
        ? `どの上位にも入るのは「${shared[0]}」${shared.length > 1 ? `ほか${shared.length - 1}者` : ""}です。`
        : "どの上位にも共通する出願人はいません。";
  return `横軸をそろえた出願件数の上位です。首位は、${leaders.join("、")}。${sharedText}`;
}

export function technologyMixReading(panels: readonly ComparePanel[], mix: TechnologyMix): string {
  if (mix.nodes.length === 0) return NOTHING_SELECTED;
  let widest = {node: "", label: "", low: 0, high: 0, lowPanel: 0, highPanel: 0, gap: -1};
  mix.nodes.forEach((node, n) => {
    const shares = mix.rows.map((rows) => rows[n]!.share);
    const high = shares.indexOf(Math.max(...shares));
    const low = shares.indexOf(Math.min(...shares));
    const gap = shares[high]! - shares[low]!;
    if (gap > widest.gap) {
      widest = {node, label: mix.rows[0]![n]!.label, low: shares[low]!, high: shares[high]!, lowPanel: low, highPanel: high, gap};
    }
  });
  const base =
    `FI ${FI_LEVEL_LABELS[mix.level]}ごとの出願の割合です（それぞれの出願件数に対する割合、1件を複数の分類に数えます。件数は CSV に）。`;
  if (panels.length < 2 || widest.gap <= 0) return base;
  return (
    base +
    `差が最も大きいのは ${widest.label}：${quoted(panels[widest.highPanel]!)} ${formatPercent(widest.high, {digits: 1})}、` +
    `${quoted(panels[widest.lowPanel]!)} ${formatPercent(widest.low, {digits: 1})}。`
  );
}

export function overlapReading(names: readonly string[], overlap: CollectionOverlap): string {
  if (overlap.union === 0) return NOTHING_SELECTED;
  const pairs = overlap.pairs
    .map((pair) => `「${names[pair.a]}」と「${names[pair.b]}」${formatNumber(pair.count)}件`)
    .join("、");
  return (
    `選んだコレクションのどれかに入る出願${formatNumber(overlap.union)}件のうち、2つ以上に入るのは${formatNumber(overlap.inSeveral)}件です` +
    `（${pairs}${names.length > 2 ? `、すべてに入るのは${formatNumber(overlap.inAll)}件` : ""}）。` +
    "重なりの出願は合算すると一度だけ数えます。"
  );
}

/** The client's strongest technology and who else is strong there. */
export function applicantMatrixReading(panels: readonly ComparePanel[], matrix: Matrix): string {
  const client = panels[0];
  const cells = matrix.cells.filter((c) => c.count > 0);
  if (!client || cells.length === 0) return NOTHING_SELECTED;
  const base = `選んだ${panels.length}者 × その出願に多い上位${matrix.technologies.length}分類の出願件数です。`;
  const own = cells.filter((c) => c.applicant === client.label);
  if (own.length === 0) return `${base}${quoted(client)}はこの分類に出願がありません。`;
  const strongest = own.reduce((a, b) => (b.count > a.count ? b : a));
  const rivals = cells
    .filter((c) => c.technology === strongest.technology && c.applicant !== client.label)
    .sort((a, b) => b.count - a.count);
  return (
    `${base}自社${quoted(client)}の最多は ${strongest.technology}（${formatNumber(strongest.count)}件）` +
    (rivals[0]
      ? `で、同じ分類の競合の最多は「${rivals[0].applicant}」（${formatNumber(rivals[0].count)}件）。`
      : "で、選んだ競合はこの分類に出願がありません。")
  );
}
