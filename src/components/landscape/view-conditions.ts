// A landscape view said in words, for everything that leaves the page: the conditions line under an exported or
// printed chart, the footer of the report's slides, and the collection and filters in a download's file name. One
// function per use, all pure and computed from the LandscapeView, so the page, the files and the deck say the same.

import {PATENT_SOURCE, type ChartContext} from "../chart-context.js";
import {FI_SCOPE_LABELS} from "./fi-hierarchy.js";
import {NAME_MODE_LABELS} from "./name-mode.js";
import {chipParts, type Chip, type ChipKind, type LandscapeView} from "./view-state.js";
import {DATE_BASIS_LABELS, YEAR_KIND_LABELS, yearAxisLabel} from "./year-basis.js";

/** What the view alone does not say: which collections it resolved to, and the years an open range stands for. */
export interface ViewConditionsMeta {
  /** Names of the collections the view covers, resolved ([] in the view = the default collection). */
  collections: readonly string[];
  /** Every collection in the warehouse, so that a view of all of them can say so. */
  collectionCount?: number;
  /** The first and last year of the view's basis and kind, standing in for an open from/to. */
  span?: {from: number; to: number} | null;
}

const CHIP_LABELS: Record<ChipKind, string> = {
  year: "年",
  stack: "年×内訳",
  applicant: "出願人",
  fi: "FI",
  cell: "出願人×技術",
  pair: "共同出願",
  stage: "ステージ",
  event: "イベント",
  entrant: "新規参入の年"
};

const SEPARATOR = "　";
const MAX_NAMED_COLLECTIONS = 3;

function collectionsText({collections, collectionCount}: ViewConditionsMeta): string {
  if (collections.length === 0) return "なし";
  const named = collections.slice(0, MAX_NAMED_COLLECTIONS).join("、");
  const rest = collections.length - MAX_NAMED_COLLECTIONS;
  const list = rest > 0 ? `${named} ほか${rest}件` : named;
  return collectionCount !== undefined && collectionCount > 1 && collections.length === collectionCount
    ? `すべて（${list}）`
    : list;
}

/** The years shown: the view's range, open ends filled from the span; null when nothing says which years. */
export function viewYears(view: LandscapeView, span?: ViewConditionsMeta["span"]): {from: number; to: number} | null {
  const from = view.from ?? span?.from ?? null;
  const to = view.to ?? span?.to ?? null;
  return from === null || to === null ? null : {from: Math.min(from, to), to: Math.max(from, to)};
}

/**
 * 「2001–2022年（出願日・暦年）」: the years shown with their basis and kind. Without a span an open range keeps its
 * one bound (「2010年以降」), and no bound at all is 「全期間」.
 */
export function periodText(view: LandscapeView, span?: ViewConditionsMeta["span"]): string {
  const years = viewYears(view, span);
  const unit = view.yearKind === "fiscal" ? "年度" : "年";
  const range = years
    ? years.from === years.to
      ? `${years.from}${unit}`
      : `${years.from}–${years.to}${unit}`
    : view.from !== null
      ? `${view.from}${unit}以降`
      : view.to !== null
        ? `${view.to}${unit}まで`
        : "全期間";
  return `${range}（${DATE_BASIS_LABELS[view.basis]}・${YEAR_KIND_LABELS[view.yearKind]}）`;
}

function chipText(chip: Chip): string {
  return `${CHIP_LABELS[chip.kind]}「${chipParts(chip.value).join(" × ")}」`;
}

/**
 * Every filter the view sets as [label, value], in the order of the page's form: the report's 条件 sheet lists
 * them, conditionsText joins them. Filters left at their default are not mentioned, except the collections, the
 * period and the name mode, which every count depends on.
 */
export function conditionParts(view: LandscapeView, meta: ViewConditionsMeta): Array<[string, string]> {
  const parts: Array<[string, string]> = [
    ["コレクション", collectionsText(meta)],
    ["期間", periodText(view, meta.span)]
  ];
  if (view.fi !== "") parts.push(["FI", `${view.fi}（${FI_SCOPE_LABELS[view.fiScope]}）`]);
  else if (view.fiScope !== "all") parts.push(["FI", FI_SCOPE_LABELS[view.fiScope]]);
  if (view.applicant !== "") parts.push(["出願人", view.applicant]);
  parts.push(["出願人名", NAME_MODE_LABELS[view.names]]);
  if (view.q.trim() !== "") parts.push(["キーワード", view.q.trim()]);
  if (view.chips.length) parts.push(["絞り込み", view.chips.map(chipText).join("、")]);
  return parts;
}

/**
 * 「コレクション：LiDAR　期間：2001–2022年（出願日・暦年）　FI：G01S（全FI）　出願人名：名寄せ後」: the conditions
 * line under an exported chart and in the report's footers.
 */
export function conditionsText(view: LandscapeView, meta: ViewConditionsMeta): string {
  return conditionParts(view, meta)
    .map(([label, value]) => `${label}：${value}`)
    .join(SEPARATOR);
}

/**
 * File-name parts: the collection(s) before the chart's name, the filters after it, so that
 * `LiDAR_出願件数推移_出願年_2001-2022.png` says what it shows. Safety (forbidden characters, length) is the
 * download's job (contextFileName).
 */
export function viewFileParts(view: LandscapeView, meta: ViewConditionsMeta): Pick<ChartContext, "filePrefix" | "fileSuffix"> {
  const years = viewYears(view, meta.span);
  const suffix = [yearAxisLabel(view.basis, view.yearKind)];
  if (years) suffix.push(years.from === years.to ? String(years.from) : `${years.from}-${years.to}`);
  if (view.fi !== "") suffix.push(`FI ${view.fi}`);
  if (view.applicant !== "") suffix.push(view.applicant);
  if (view.names !== "entity") suffix.push(NAME_MODE_LABELS[view.names]);
  if (view.q.trim() !== "") suffix.push(view.q.trim());
  if (view.chips.length) suffix.push(`絞り込み${view.chips.length}件`);
  const prefix = meta.collections.length === 0 ? [] : [meta.collections.slice(0, MAX_NAMED_COLLECTIONS).join("+")];
  return {filePrefix: prefix, fileSuffix: suffix};
}

/** Everything a landscape card needs to carry its context into files and print. */
export function viewContext(view: LandscapeView, meta: ViewConditionsMeta): ChartContext {
  return {conditions: conditionsText(view, meta), source: PATENT_SOURCE, ...viewFileParts(view, meta)};
}
