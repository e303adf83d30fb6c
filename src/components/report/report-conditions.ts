// The conditions of a report in words: the line under every chart slide, the title slide and the workbook's 条件
// sheet. Every part of the view is named (the same state the page's address carries), so a slide pasted into
// another deck still says what it counts.
//
// PROVISIONAL: the print work writes conditionsText(view, meta) in src/components/landscape/view-conditions.ts for
// the per-chart downloads; the integrator will make this module use that one.

import {FI_SCOPE_LABELS} from "../landscape/fi-hierarchy.js";
import {NAME_MODE_LABELS} from "../landscape/name-mode.js";
import {chipParts, type Chip, type ChipKind, type LandscapeView} from "../landscape/view-state.js";
import {DATE_BASIS_LABELS, yearLabel, YEAR_KIND_LABELS} from "../landscape/year-basis.js";

const CHIP_LABELS: Record<ChipKind, string> = {
  year: "年",
  stack: "年×系列",
  applicant: "出願人",
  fi: "FI",
  cell: "出願人×技術",
  pair: "共同出願",
  stage: "ステージ",
  event: "イベント",
  entrant: "新規参入年"
};

export function chipText(chip: Chip): string {
  return `${CHIP_LABELS[chip.kind]}＝${chipParts(chip.value).join("×")}`;
}

/** 2001年〜2022年, 2015年以降, …; "全期間" without bounds. */
export function periodText(view: LandscapeView): string {
  const {from, to, yearKind} = view;
  if (from === null && to === null) return "全期間";
  if (from !== null && to !== null) return `${yearLabel(Math.min(from, to), yearKind)}〜${yearLabel(Math.max(from, to), yearKind)}`;
  return from !== null ? `${yearLabel(from, yearKind)}以降` : `${yearLabel(to!, yearKind)}まで`;
}

/** The conditions as labelled parts, in the order the page's filters show them. */
export function conditionParts(view: LandscapeView, collectionNames: readonly string[]): Array<[string, string]> {
  const parts: Array<[string, string]> = [
    ["コレクション", collectionNames.length ? collectionNames.join("・") : "（なし）"],
    ["期間", `${periodText(view)}（${DATE_BASIS_LABELS[view.basis]}基準・${YEAR_KIND_LABELS[view.yearKind]}）`],
    ["FI", view.fi ? `${view.fi}（${FI_SCOPE_LABELS[view.fiScope]}）` : "指定なし"],
    ["出願人", view.applicant || "指定なし"],
    ["出願人名", NAME_MODE_LABELS[view.names]]
  ];
  if (view.q.trim()) parts.push(["キーワード", view.q.trim()]);
  if (view.chips.length) parts.push(["絞り込み", view.chips.map(chipText).join("、")]);
  return parts;
}

/** One line: "コレクション：LiDAR｜期間：2001年〜2022年（出願日基準・暦年）｜…". */
export function conditionsLine(view: LandscapeView, collectionNames: readonly string[]): string {
  return conditionParts(view, collectionNames)
    .map(([label, value]) => `${label}：${value}`)
    .join("｜");
}
