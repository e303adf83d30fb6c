// The one list of the landscape charts: for each, its id (the one the page's draw tracker and tests use), its
// Japanese title, the shaping (today's pure functions in src/components/landscape/, with the page's default options),
// the chart, the one-line reading, the numbers behind it (the CSV / workbook sheet) and how it goes into a deck.
// The deck, the workbook, `npm run report` and the tests read this list, so they show the numbers the page shows;
// adding a chart is one entry here plus its functions.

import type {CsvTable} from "../export-csv.js";
import {formatNumber, formatPercent} from "../format.js";
import {countPerKey} from "../landscape/applicant-counts.js";
import {barListChart} from "../landscape/bar-list-chart.js";
import {coApplicantPairs, type CoApplicants} from "../landscape/co-applicants.js";
import {entrantsByYear, type EntrantRow} from "../landscape/entrants.js";
import {entrantsChart, lifecycleChart} from "../landscape/entrants-chart.js";
import {childLevelOf, fiCounts, FI_LEVEL_LABELS, type FiCounts, type FiTitles} from "../landscape/fi-hierarchy.js";
import type {Selection} from "../landscape/filter-mask.js";
import type {LandscapeData} from "../landscape/landscape-data.js";
import {applicantTechnologyMatrix, type Matrix} from "../landscape/matrix.js";
import {matrixChart} from "../landscape/matrix-chart.js";
import {NAME_MODE_LABELS} from "../landscape/name-mode.js";
import {networkChart} from "../landscape/network-chart.js";
import {applicantRanking, type Ranking} from "../landscape/ranking.js";
import * as readings from "../landscape/readings.js";
import {eventCounts, stageCounts, type StatusCounts} from "../landscape/rights-status.js";
import {risingApplicants, type Rising} from "../landscape/rising.js";
import * as tables from "../landscape/tables.js";
import {trendByYear, type Trend} from "../landscape/trend.js";
import {trendChart} from "../landscape/trend-chart.js";
import type {LandscapeView} from "../landscape/view-state.js";
import {yearAxisLabel, yearLabel} from "../landscape/year-basis.js";

/**
 * How a chart goes into a deck: a native PowerPoint chart (the numbers travel inside it and the client's template
 * can restyle it), a picture of the page's chart (layouts PowerPoint has no chart type for), or a native table.
 */
export type DeckForm = "native-bar" | "native-stacked-bar" | "native-line" | "native-area" | "image" | "table";

/** What shaping needs besides the data and the view. */
export interface ChartExtras {
  /** FI titles by code (data/reference/fi-titles.csv), shown beside the codes. */
  fiTitles?: FiTitles;
}

/** One series of a native chart: the categories (years, names) and a value for each. */
export interface NativeSeries {
  name: string;
  labels: string[];
  values: number[];
}

/** The numbers of a native chart; `horizontal` for ranked lists (bars to the right, the first on top). */
export interface NativeChart {
  series: NativeSeries[];
  horizontal?: boolean;
  /** Axis titles. */
  categoryTitle?: string;
  /** Series colours from the style: the accent, then a light tint of it (参考値); default: the style's series. */
  colors?: Array<"accent" | "light">;
  valueTitle?: string;
}

export interface ChartEntry<S = unknown> {
  id: string;
  title(view: LandscapeView): string;
  shape(data: LandscapeData, selection: Selection, view: LandscapeView, extras: ChartExtras): S;
  reading(shaped: S, view: LandscapeView): string;
  /** The numbers behind the chart, as its CSV download and its workbook sheet. */
  table(shaped: S, view: LandscapeView): CsvTable;
  /** The page's chart (Plot), for image slides; absent for charts that are tables on the page too. */
  chart?(shaped: S, options: {width: number; view: LandscapeView}): Element;
  deck: DeckForm;
  /** The native chart's numbers, for the native-* forms. */
  native?(shaped: S, view: LandscapeView): NativeChart;
  /** Rows of a table slide (a deck slide holds about 15 rows legibly). */
  deckRows?: number;
  /** Workbook sheet name: at most 31 characters, none of \ / ? * [ ] : (Excel's rules). */
  sheet: string;
}

/** Keeps each entry's shaped type tied to its own functions while the list holds them all. */
function entry<S>(chart: ChartEntry<S>): ChartEntry<unknown> {
  return chart as ChartEntry<unknown>;
}

const modeLabel = (view: LandscapeView) => NAME_MODE_LABELS[view.names];

/** The page's ranked-list bar chart, without the page's links and clicks. */
function rankedBars<T extends {label: string; count: number; share: number}>(rows: readonly T[], width: number) {
  return barListChart(rows, {
    width,
    label: (d) => d.label,
    value: (d) => d.count,
    text: (d) => `${formatNumber(d.count)}件${d.share ? `（${formatPercent(d.share, {digits: 1})}）` : ""}`,
    xLabel: "出願件数"
  });
}

/** One horizontal-bar series from ranked rows (label, count). */
function rankedSeries(name: string, rows: ReadonlyArray<{label: string; count: number}>, axis: string): NativeChart {
  return {
    horizontal: true,
    series: [{name, labels: rows.map((r) => r.label), values: rows.map((r) => r.count)}],
    valueTitle: axis
  };
}

/** The unknown stage or event (most rows of most exports) is left out of the bars unless nothing is known. */
const knownRows = (counts: StatusCounts) => (counts.known ? counts.rows.filter((d) => d.share > 0) : counts.rows);

const FI_SHOWN = 25;

export const CHART_REGISTRY: readonly ChartEntry[] = [
  entry<Trend>({
    id: "trend",
    title: () => "出願件数推移",
    shape: (data, {mask}, view) =>
      trendByYear(data, mask, {basis: view.basis, yearKind: view.yearKind, stackBy: "none", nameMode: view.names, top: 6}),
    reading: (trend) => readings.trendReading(trend),
    table: (trend) => tables.trendTable(trend),
    chart: (trend, {width}) => trendChart(trend, {width}) as Element,
    // Two stacked series so that the 参考値 years stand out in a lighter colour, as on the page; each year has its
    // count in exactly one of them.
    deck: "native-stacked-bar",
    native: (trend) => {
      const labels = trend.totals.map((t) => yearLabel(t.year, trend.yearKind) + (t.reference ? "*" : ""));
      return {
        series: [
          {name: "出願件数", labels, values: trend.totals.map((t) => (t.reference ? 0 : t.count))},
          {name: "出願件数（参考値）", labels, values: trend.totals.map((t) => (t.reference ? t.count : 0))}
        ],
        categoryTitle: yearAxisLabel(trend.basis, trend.yearKind),
        valueTitle: "出願件数",
        colors: ["accent", "light"]
      };
    },
    sheet: "出願件数推移"
  }),
  entry<Ranking>({
    id: "ranking",
    title: (view) => `出願人ランキング（${modeLabel(view)}）`,
    shape: (data, {mask}, view) => applicantRanking(data, mask, view.names, 20),
    reading: (ranking) => readings.rankingReading(ranking),
    table: (ranking) => tables.rankingTable(ranking),
    chart: (ranking, {width}) => rankedBars(ranking.rows, width),
    deck: "table",
    deckRows: 15,
    sheet: "出願人ランキング"
  }),
  entry<FiCounts & {prefix: string}>({
    id: "fi",
    title: (view) => `技術分布（FI ${FI_LEVEL_LABELS[childLevelOf(view.fi)]}別）`,
    shape: (data, {mask}, view, {fiTitles}) => ({
      ...fiCounts(data, mask, {level: childLevelOf(view.fi), prefix: view.fi, scope: view.fiScope, titles: fiTitles}),
      prefix: view.fi
    }),
    reading: (fi) => readings.fiReading(fi, fi.prefix),
    table: (fi) => tables.fiTable(fi),
    chart: (fi, {width}) => rankedBars(fi.rows.slice(0, FI_SHOWN), width),
    deck: "native-bar",
    native: (fi) => rankedSeries("出願件数", fi.rows.slice(0, 15), "出願件数"),
    sheet: "技術分布"
  }),
  entry<Matrix>({
    id: "matrix",
    title: () => `出願人 × 技術（FI ${FI_LEVEL_LABELS.mainGroup}）`,
    shape: (data, {mask}, view) =>
      applicantTechnologyMatrix(data, mask, {
        nameMode: view.names,
        level: "mainGroup",
        fiPrefix: view.fi,
        fiScope: view.fiScope,
        topApplicants: 12,
        topTechnologies: 10
      }),
    reading: (matrix) => readings.matrixReading(matrix),
    table: (matrix) => tables.matrixTable(matrix),
    chart: (matrix, {width}) => matrixChart(matrix, {width, style: "bubble"}) as Element,
    deck: "image",
    sheet: "出願人×技術"
  }),
  entry<EntrantRow[]>({
    id: "entrants",
    title: () => "新規参入（エントリー）",
    shape: (data, {mask}, view) =>
      entrantsByYear(data, mask, {basis: view.basis, yearKind: view.yearKind, nameMode: view.names}),
    reading: (rows, view) => readings.entrantsReading(rows, view.yearKind),
    table: (rows, view) => tables.entrantsTable(rows, view.basis, view.yearKind),
    chart: (rows, {width, view}) => entrantsChart(rows, {width, basis: view.basis, yearKind: view.yearKind}) as Element,
    deck: "native-line",
    native: (rows, view) => {
      const labels = rows.map((r) => yearLabel(r.year, view.yearKind) + (r.reference ? "*" : ""));
      return {
        series: [
          {name: "新規参入者数", labels, values: rows.map((r) => r.entrants)},
          {name: "出願人数", labels, values: rows.map((r) => r.applicants)}
        ],
        categoryTitle: yearAxisLabel(view.basis, view.yearKind),
        valueTitle: "出願人数"
      };
    },
    sheet: "新規参入"
  }),
  entry<EntrantRow[]>({
    id: "lifecycle",
    title: () => "ライフサイクル（出願件数 × 出願人数）",
    shape: (data, {mask}, view) =>
      entrantsByYear(data, mask, {basis: view.basis, yearKind: view.yearKind, nameMode: view.names}),
    reading: (rows, view) => readings.lifecycleReading(rows, view.yearKind, view.basis),
    table: (rows, view) => tables.entrantsTable(rows, view.basis, view.yearKind),
    chart: (rows, {width, view}) => lifecycleChart(rows, {width, yearKind: view.yearKind}) as Element,
    deck: "image",
    sheet: "ライフサイクル"
  }),
  entry<Rising>({
    id: "rising",
    title: (view) => `伸びている出願人（${modeLabel(view)}）`,
    shape: (data, {mask}, view) =>
      risingApplicants(data, mask, {basis: view.basis, yearKind: view.yearKind, nameMode: view.names, top: 15}),
    reading: (rising, view) => readings.risingReading(rising, view.yearKind),
    table: (rising, view) => tables.risingTable(rising, view.yearKind),
    deck: "table",
    deckRows: 15,
    sheet: "伸びている出願人"
  }),
  entry<Rising>({
    id: "newcomers",
    title: (view) => `新規参入者（${modeLabel(view)}）`,
    shape: (data, {mask}, view) =>
      risingApplicants(data, mask, {basis: view.basis, yearKind: view.yearKind, nameMode: view.names, top: 15}),
    reading: (rising, view) => readings.newcomersReading(rising, view.yearKind),
    table: (rising, view) => tables.newcomersTable(rising, view.yearKind),
    deck: "table",
    deckRows: 15,
    sheet: "新規参入者"
  }),
  entry<CoApplicants & {applications: Int32Array}>({
    id: "network",
    title: (view) => `共同出願ネットワーク（${modeLabel(view)}）`,
    shape: (data, {mask}, view) => ({
      ...coApplicantPairs(data, mask, {nameMode: view.names, top: 30}),
      applications: countPerKey(data, mask, view.names)
    }),
    reading: (co) => readings.networkReading(co),
    table: (co) => tables.pairsTable(co.pairs),
    chart: (co, {width}) => networkChart(co.pairs, {width, applicationsOf: (key) => co.applications[key] ?? 0}) as Element,
    deck: "image",
    sheet: "共同出願ネットワーク"
  }),
  entry<CoApplicants>({
    id: "pairs",
    title: () => "共同出願の組み合わせ（上位30組）",
    shape: (data, {mask}, view) => coApplicantPairs(data, mask, {nameMode: view.names, top: 30}),
    reading: (co) =>
      co.pairs.length ? "同じ出願に名前が並ぶ出願人の組と、その出願件数です。" : readings.networkReading(co),
    table: (co) => tables.pairsTable(co.pairs),
    deck: "table",
    deckRows: 15,
    sheet: "共同出願の組み合わせ"
  }),
  entry<StatusCounts>({
    id: "stage",
    title: () => "権利状況（ステージ）",
    shape: (data, {mask}) => stageCounts(data, mask),
    reading: (counts) => readings.stageReading(counts),
    table: (counts) => tables.statusTable(counts, "ステージ"),
    chart: (counts, {width}) => rankedBars(knownRows(counts), width),
    deck: "native-bar",
    native: (counts) => rankedSeries("出願件数", knownRows(counts), "出願件数"),
    sheet: "権利状況_ステージ"
  }),
  entry<StatusCounts>({
    id: "event",
    title: () => "最新の手続（イベント詳細）",
    shape: (data, {mask}) => eventCounts(data, mask, 15),
    reading: (counts) => readings.eventReading(counts),
    table: (counts) => tables.statusTable(counts, "イベント詳細"),
    chart: (counts, {width}) => rankedBars(knownRows(counts), width),
    deck: "native-bar",
    native: (counts) => rankedSeries("出願件数", knownRows(counts), "出願件数"),
    sheet: "権利状況_イベント詳細"
  })
];

export function chartEntry(id: string): ChartEntry {
  const found = CHART_REGISTRY.find((c) => c.id === id);
  if (!found) throw new Error(`no chart "${id}" in the registry (known: ${CHART_REGISTRY.map((c) => c.id).join(", ")})`);
  return found;
}

/** A chart of the registry shaped for one selection: what the deck and the workbook put on a slide and a sheet. */
export interface ShapedChart {
  entry: ChartEntry;
  shaped: unknown;
  title: string;
  reading: string;
  table: CsvTable;
}

export function shapeCharts(
  data: LandscapeData,
  selection: Selection,
  view: LandscapeView,
  extras: ChartExtras = {},
  charts: readonly ChartEntry[] = CHART_REGISTRY
): ShapedChart[] {
  return charts.map((entry) => {
    const shaped = entry.shape(data, selection, view, extras);
    return {entry, shaped, title: entry.title(view), reading: entry.reading(shaped, view), table: entry.table(shaped, view)};
  });
}
