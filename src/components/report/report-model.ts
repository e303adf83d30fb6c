// Everything a report is made of, computed once from the data and a view: the selection, every chart of the
// registry shaped for it, the conditions in words and the data basis. The deck and the workbook only lay this out,
// and the page and `npm run report` build it with the same function, so both give the same numbers.

import type {Selection} from "../landscape/filter-mask.js";
import {sampleCount, type LandscapeData} from "../landscape/landscape-data.js";
import {conditionParts, conditionsText, type ViewConditionsMeta} from "../landscape/view-conditions.js";
import {selectView} from "../landscape/view-selection.js";
import type {LandscapeView} from "../landscape/view-state.js";
import {yearSpan} from "../landscape/year-basis.js";
import type {SearchText} from "../search/load-search-text.js";
import {CHART_REGISTRY, shapeCharts, type ChartEntry, type ChartExtras, type ShapedChart} from "./chart-registry.js";
import type {ReportBasis} from "./report-basis.js";
import type {ReportStyle} from "./report-style.js";

export interface ReportModel {
  data: LandscapeData;
  view: LandscapeView;
  selection: Selection & {collections: number[]};
  collectionNames: string[];
  charts: ShapedChart[];
  /** What the view alone does not say (its collections, the years of an open range), for view-conditions.ts. */
  conditionsMeta: ViewConditionsMeta;
  /** Labelled parts and the one-line form of the conditions, in the words of the page's downloads. */
  conditions: Array<[string, string]>;
  conditionsLine: string;
  /** Only the collections of the selection. */
  basis: ReportBasis;
  style: ReportStyle;
  /** Applications of the selection read from the bundled fictional sample. */
  sampleApplications: number;
  createdAt: Date;
}

export interface ReportOptions {
  basis: ReportBasis;
  style: ReportStyle;
  extras?: ChartExtras;
  searchText?: SearchText;
  charts?: readonly ChartEntry[];
  createdAt?: Date;
}

export function reportModel(data: LandscapeData, view: LandscapeView, options: ReportOptions): ReportModel {
  const selection = selectView(data, view, {searchText: options.searchText});
  const collectionNames = selection.collections.map((id) => data.meta.collections[id]!.name);
  const years = yearSpan(data, view.basis, view.yearKind);
  const conditionsMeta: ViewConditionsMeta = {
    collections: collectionNames,
    collectionCount: data.meta.collections.length,
    span: years.length ? {from: years[0]!, to: years[years.length - 1]!} : null
  };
  return {
    data,
    view,
    selection,
    collectionNames,
    charts: shapeCharts(data, selection, view, options.extras, options.charts ?? CHART_REGISTRY),
    conditionsMeta,
    conditions: conditionParts(view, conditionsMeta),
    conditionsLine: conditionsText(view, conditionsMeta),
    basis: {collections: options.basis.collections.filter((c) => collectionNames.includes(c.name))},
    style: options.style,
    sampleApplications: sampleCount(data, selection.mask),
    createdAt: options.createdAt ?? new Date()
  };
}

/** 2026年12月3日 (the date a report was made, local time). */
export function reportDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** The source line on every slide and sheet. */
export const SOURCE_TEXT = "出典：J-PlatPat（特許情報プラットフォーム、独立行政法人 工業所有権情報・研修館（INPIT））の検索結果を集計";

export const SAMPLE_NOTICE =
  "この資料には同梱の架空のサンプルデータが含まれます。実在の出願・企業を表すものではありません。";

/** "LiDAR_全固体電池" style stem for file names: the collections, then the period. */
export function reportFileStem(model: ReportModel): string {
  const names = model.collectionNames.length > 3 ? [...model.collectionNames.slice(0, 3), "ほか"] : model.collectionNames;
  const {from, to} = model.view;
  const period = from !== null || to !== null ? `_${from ?? ""}-${to ?? ""}` : "";
  return `${names.join("_") || "ランドスケープ"}_レポート${period}`;
}
