// What a KPI figure stands on, said next to it. A 年度 whose targets are not registered yet says 目標未登録 where a
// 目標 or 達成率 would be (a blank tile or "－" reads as "nothing happened"); a national or bureau figure computed
// from part of its prefectures says how many; a 前年同期比 says which prefectures it compares. The words live here so
// that the cards, tiles, tables and downloads of both KPI pages say the same.

import {MISSING} from "../format.js";
import type {AreaFigure} from "./area-summary.js";
import {formatActual, formatRate} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";

export const NO_TARGET = "目標未登録";

type Coverage = Pick<AreaFigure, "prefectures" | "reporting" | "targeted" | "rated" | "compared">;

/** "全47都道府県" when `count` is all of them, else "47都道府県中4". */
export function shareOfPrefectures(count: number, prefectures: number): string {
  return count === prefectures ? `全${prefectures}都道府県` : `${prefectures}都道府県中${count}`;
}

/** Under an area's 実績: "47都道府県中4が報告". */
export function reportingNote(area: Coverage): string {
  return `${shareOfPrefectures(area.reporting, area.prefectures)}が報告`;
}

/** A 目標 as shown: the amount, or 目標未登録 when none was given. */
export function formatTarget(target: number | null | undefined, metric: Pick<KpiMetric, "unit" | "valueKind">): string {
  return target == null ? NO_TARGET : formatActual(target, metric);
}

/** A 達成率 or 進捗率 as shown: the rate; 目標未登録 without a target; "－" with a target but nothing to rate. */
export function formatRateAgainst(rate: number | null | undefined, target: number | null | undefined): string {
  if (rate != null) return formatRate(rate);
  return target == null ? NO_TARGET : MISSING;
}

/** Under an area's 達成率, when it stands on fewer prefectures than the area has: which ones; else null. */
export function rateBasisNote(area: Coverage): string | null {
  if (area.rated === 0 || area.rated === area.prefectures) return null;
  return `${shareOfPrefectures(area.rated, area.prefectures)}（実績と目標がそろった県）で計算`;
}

/** Under an area's 前年同期比, when it compares fewer prefectures than the area has: which ones; else null. */
export function yearOnYearBasisNote(area: Coverage): string | null {
  if (area.compared === area.prefectures) return null;
  if (area.compared === 0) return "前年度と比べられる報告がありません";
  return `${shareOfPrefectures(area.compared, area.prefectures)}（両年度の同じ月に報告した県）を比較`;
}

/**
 * The 備考 of an area's row in the tables and downloads: 未報告 when none of its prefectures reported, 目標未登録,
 * and the prefectures its 達成率 and 前年同期比 stand on when those are fewer than the ones that reported. "" when
 * there is nothing to add.
 */
export function areaRemark(area: Coverage): string {
  if (area.reporting === 0) return "未報告";
  const notes: string[] = [];
  if (area.targeted === 0) notes.push(NO_TARGET);
  else if (area.rated > 0 && area.rated < area.reporting) notes.push(`達成率は${area.rated}都道府県で計算`);
  if (area.compared > 0 && area.compared < area.reporting) notes.push(`前年同期比は${area.compared}都道府県を比較`);
  return notes.join("、");
}

/** The 備考 of a prefecture's row: 未報告 (no 実績 in the period), 目標未登録, or "". */
export function prefectureRemark(figure: {actual: number | null; target: number | null}): string {
  if (figure.actual == null) return "未報告";
  return figure.target == null ? NO_TARGET : "";
}
