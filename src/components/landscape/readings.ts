// The one sentence under each landscape chart: what it shows and the one thing to notice, written from the data
// so that a chart pasted into a report comes with its caption.

import {formatNumber, formatPercent} from "../format.js";
import type {CoApplicants} from "./co-applicants.js";
import type {EntrantRow} from "./entrants.js";
import {FI_LEVEL_LABELS, type FiCounts} from "./fi-hierarchy.js";
import type {Matrix} from "./matrix.js";
import type {Ranking} from "./ranking.js";
import type {Rising, YearWindow} from "./rising.js";
import {referenceNote} from "./reference-period.js";
import type {StatusCounts} from "./rights-status.js";
import {STACK_LABELS, type Trend} from "./trend.js";
import {yearAxisLabel, yearLabel, type DateBasis, type YearKind} from "./year-basis.js";

export const NOTHING_SELECTED = "選択した条件に該当する出願はありません。";

export function trendReading(trend: Trend): string {
  if (trend.totals.length === 0) return NOTHING_SELECTED;
  const kind = trend.yearKind;
  const first = trend.totals[0]!;
  const last = trend.totals[trend.totals.length - 1]!;
  const complete = trend.totals.filter((t) => !t.reference);
  const peak = (complete.length ? complete : trend.totals).reduce((a, b) => (b.count > a.count ? b : a));
  const stack = trend.stackBy === "none" ? "" : `（${STACK_LABELS[trend.stackBy]}で色分け）`;
  const hasReference = trend.totals.some((t) => t.reference);
  return (
    `${yearLabel(first.year, kind)}〜${yearLabel(last.year, kind)}の` +
    `${yearAxisLabel(trend.basis, kind)}別の出願件数${stack}です。` +
    `${hasReference ? "参考値を除く" : ""}最多は${yearLabel(peak.year, kind)}の${formatNumber(peak.count)}件。` +
    (hasReference ? referenceNote(trend.basis) : "")
  );
}

export function rankingReading(ranking: Ranking): string {
  const top = ranking.rows[0];
  if (!top) return NOTHING_SELECTED;
  return (
    `選択中の${formatNumber(ranking.total)}件の出願人${formatNumber(ranking.applicants)}者のうち上位${ranking.rows.length}者です。` +
    `首位は「${top.label}」で${formatNumber(top.count)}件（${formatPercent(top.share, {digits: 1})}）。共同出願はそれぞれの出願人に数えます。`
  );
}

export function fiReading(counts: FiCounts, prefix: string): string {
  const top = counts.rows[0];
  if (!top) return NOTHING_SELECTED;
  const scope = prefix ? `${prefix} の下の` : "";
  return (
    `${scope}FI ${FI_LEVEL_LABELS[counts.level]}ごとの出願件数です（1件の出願を複数の分類に数えます）。` +
    `最多は ${top.label}（${formatNumber(top.count)}件、${formatPercent(top.share, {digits: 1})}）。棒をクリックすると下の階層へ進みます。`
  );
}

export function matrixReading(matrix: Matrix): string {
  type Cell = Matrix["cells"][number];
  const busiest = matrix.cells.reduce<Cell | null>((a, b) => (!a || b.count > a.count ? b : a), null);
  if (!busiest || busiest.count === 0) return NOTHING_SELECTED;
  return (
    `上位${matrix.applicants.length}出願人 × 上位${matrix.technologies.length}分類の出願件数です。` +
    `最も多いのは「${busiest.applicant}」の${busiest.technology}（${formatNumber(busiest.count)}件）。`
  );
}

export function entrantsReading(rows: readonly EntrantRow[], yearKind: YearKind): string {
  if (rows.length === 0) return NOTHING_SELECTED;
  const later = rows.filter((r) => !r.firstYear && !r.reference);
  const base = "年ごとの新規参入者数（選択範囲で初めて出願した出願人）と、その年に出願した出願人数です。";
  if (later.length === 0) return base;
  const peak = later.reduce((a, b) => (b.entrants > a.entrants ? b : a));
  return `${base}最初の年と参考値の年を除くと、参入が最も多いのは${yearLabel(peak.year, yearKind)}（${formatNumber(peak.entrants)}者）。`;
}

/** How one year-to-year step moves on the ライフサイクル chart. */
function lifecycleStep(from: EntrantRow, to: EntrantRow): string {
  const applications = Math.sign(to.applications - from.applications);
  const applicants = Math.sign(to.applicants - from.applicants);
  if (applications > 0 && applicants > 0) return "出願件数・出願人数とも増え、右上へ進んでいます（成長期の動き）";
  if (applications < 0 && applicants < 0) return "出願件数・出願人数とも減り、左下へ戻っています（衰退期の動き）";
  const applicationsMove = applications > 0 ? "増え" : applications < 0 ? "減り" : "横ばいで";
  const applicantsMove = applicants > 0 ? "増えています" : applicants < 0 ? "減っています" : "横ばいです";
  return `出願件数は${applicationsMove}、出願人数は${applicantsMove}`;
}

/**
 * The trajectory is judged on complete years only: the 参考値 years at the end are short of applications not yet
 * published, so the curve always turns to the lower left there, and calling that a decline would be wrong.
 */
export function lifecycleReading(rows: readonly EntrantRow[], yearKind: YearKind, basis: DateBasis): string {
  if (rows.length === 0) return NOTHING_SELECTED;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const base =
    `年ごとの出願件数（横軸）と出願人数（縦軸）を${yearLabel(first.year, yearKind)}から${yearLabel(last.year, yearKind)}まで結んでいます。` +
    "右上へ進む間は参入が続く成長期、左下へ戻ると衰退期とされます。";
  const complete = rows.filter((r) => !r.reference);
  const reference = rows.filter((r) => r.reference);
  const lastComplete = complete[complete.length - 1];
  const beforeLast = complete[complete.length - 2];
  const step =
    lastComplete && beforeLast
      ? `${reference.length ? "参考値を除く最後の年の" : "最後の年の"}${yearLabel(lastComplete.year, yearKind)}は、` +
        `${yearLabel(beforeLast.year, yearKind)}と比べて${lifecycleStep(beforeLast, lastComplete)}。`
      : "";
  if (reference.length === 0) return base + step;
  const firstReference = reference[0]!;
  const lag =
    basis === "filing"
      ? `${yearLabel(firstReference.year, yearKind)}以降は参考値です（出願から公開まで約1年6か月かかるため、件数は今後増えます）。` +
        "参考値の年で左下へ向かっていても、衰退を意味しません。"
      : `${yearLabel(firstReference.year, yearKind)}はデータが年の途中で終わっているため参考値です。`;
  return base + step + lag;
}

function windowLabel(window: YearWindow, kind: YearKind): string {
  return window.first === window.last
    ? yearLabel(window.first, kind)
    : `${yearLabel(window.first, kind)}〜${yearLabel(window.last, kind)}`;
}

const TOO_SHORT = "参考値を除いた年数が足りないため、比べられません。";

export function risingReading(rising: Rising, yearKind: YearKind): string {
  const {recentWindow, earlierWindow} = rising;
  if (rising.empty) return NOTHING_SELECTED;
  if (!recentWindow) return TOO_SHORT;
  if (!earlierWindow) return `${TOO_SHORT}（直近${rising.window}年の前に同じ長さの期間がありません）`;
  const top = rising.rising[0];
  return (
    `直近の${rising.window}年（${windowLabel(recentWindow, yearKind)}、参考値の年を除く）の出願件数を、` +
    `その前の${rising.window}年（${windowLabel(earlierWindow, yearKind)}）と比べた伸び率の順です。` +
    `直近${formatNumber(rising.minRecent)}件以上で、前の期間にも出願がある出願人だけを並べます` +
    `（該当${formatNumber(rising.growing)}者）。` +
    (top ? `最も伸びたのは「${top.label}」（${formatNumber(top.earlier)}件→${formatNumber(top.recent)}件）。` : "")
  );
}

export function newcomersReading(rising: Rising, yearKind: YearKind): string {
  const {recentWindow} = rising;
  if (rising.empty) return NOTHING_SELECTED;
  if (!recentWindow) return TOO_SHORT;
  const top = rising.newcomers[0];
  return (
    `選択範囲で初めての出願が直近の${rising.window}年（${windowLabel(recentWindow, yearKind)}、参考値の年を除く）にある出願人です` +
    `（${formatNumber(rising.newcomerCount)}者、件数はその期間の出願）。` +
    (top ? `最も多いのは「${top.label}」（${formatNumber(top.recent)}件）。` : "")
  );
}

export function networkReading(co: CoApplicants): string {
  const top = co.pairs[0];
  if (co.total === 0) return NOTHING_SELECTED;
  if (!top) return "選択中の出願に共同出願はありません。";
  return (
    `共同出願の多い上位${co.pairs.length}組です（選択中の${formatNumber(co.total)}件のうち共同出願は${formatNumber(co.jointApplications)}件）。` +
    `最多は「${top.labelA}」と「${top.labelB}」の${formatNumber(top.count)}件。`
  );
}

export function stageReading(counts: StatusCounts): string {
  if (counts.total === 0) return NOTHING_SELECTED;
  if (counts.known === 0) return "このデータにはステージの情報がありません（J-PlatPat の出力の一部にだけ含まれます）。";
  const top = counts.rows.filter((row) => row.share > 0).reduce((a, b) => (b.count > a.count ? b : a));
  return (
    `ステージ別の出願件数です。ステージが分かるのは${formatNumber(counts.total)}件中${formatNumber(counts.known)}件で、` +
    `そのうち最多は「${top.label}」（${formatPercent(top.share, {digits: 1})}）。情報のない出願は「不明」で、権利がないという意味ではありません。`
  );
}

export function eventReading(counts: StatusCounts): string {
  if (counts.total === 0) return NOTHING_SELECTED;
  if (counts.known === 0) return "このデータにはイベント詳細（最新の手続）の情報がありません。";
  return `最新の手続（イベント詳細）別の出願件数です（情報のある${formatNumber(counts.known)}件）。`;
}
