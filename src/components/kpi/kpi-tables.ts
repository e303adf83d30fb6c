// The KPI tables (bureau summary, prefectures of a view): the same rows feed Inputs.table on the page (formatted
// strings: numbers with units, 達成率 as %, ▲ for falls) and the CSV download (plain numbers under Japanese headers,
// rates in percent rounded to 0.1, so Excel can compute with them).

import type {CsvColumn} from "../export-csv.js";
import type {AreaFigure} from "./area-summary.js";
import {areaRemark, prefectureRemark} from "./kpi-coverage.js";
import {formatActual, formatChange, formatRate} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";
import type {PrefectureFigure} from "./prefecture-figures.js";
import type {Ranked} from "./prefecture-ranking.js";

export interface TableSpec {
  columns: string[];
  header: Record<string, string>;
  /** Inputs.table calls a format with the row's index and all rows, and only for a value that is not null. */
  format: Record<string, (value: unknown, i: number, rows: readonly unknown[]) => string>;
  align?: Record<string, "left" | "right" | "center">;
}

/** The table rows: the figures, with the 備考 that says what is missing (kpi-coverage.ts). */
export type AreaRow = AreaFigure & {remark: string};
export type PrefectureRow = Ranked<PrefectureFigure> & {remark: string};

export function areaRows(rows: readonly AreaFigure[]): AreaRow[] {
  return rows.map((row) => ({...row, remark: areaRemark(row)}));
}

export function prefectureRows(rows: ReadonlyArray<Ranked<PrefectureFigure>>): PrefectureRow[] {
  return rows.map((row) => ({...row, remark: prefectureRemark(row)}));
}

const percentNumber = (ratio: number | null) => (ratio == null ? null : Math.round(ratio * 1000) / 10);
const roundedTarget = (value: number | null, metric: KpiMetric) =>
  value == null ? null : metric.valueKind === "count" ? Math.round(value) : Math.round(value * 10) / 10;

function yoyHeader(metric: KpiMetric): string {
  return metric.valueKind === "percent" ? "前年同期差（ポイント）" : "前年同期比（%）";
}

function yoyNumber(change: number | null, metric: KpiMetric): number | null {
  if (change == null) return null;
  return metric.valueKind === "percent" ? Math.round(change * 10) / 10 : percentNumber(change);
}

function figureFormats(metric: KpiMetric): TableSpec["format"] {
  return {
    actual: (v) => formatActual(v as number | null, metric),
    target: (v) => formatActual(v as number | null, metric),
    annualTarget: (v) => formatActual(v as number | null, metric),
    rate: (v) => formatRate(v as number | null),
    progress: (v) => formatRate(v as number | null),
    yoy: (v) => formatChange(v as number | null, metric.valueKind),
    remark: (v) => String(v)
  };
}

const FIGURE_HEADERS = {
  actual: "実績",
  target: "目標（期間）",
  rate: "達成率",
  annualTarget: "年間目標",
  progress: "進捗率",
  yoy: "前年同期比",
  remark: "備考"
};

const FIGURE_COLUMNS = ["actual", "target", "rate", "annualTarget", "progress", "yoy", "remark"];

/** Inputs.table options for bureau rows (nation first). */
export function areaTableSpec(metric: KpiMetric): TableSpec {
  return {
    columns: ["label", "reporting", ...FIGURE_COLUMNS],
    header: {label: "地域", reporting: "報告県数", ...FIGURE_HEADERS},
    format: {
      label: (v) => String(v),
      reporting: (v, i, rows) => `${v}/${(rows[i] as AreaFigure).prefectures}`,
      ...figureFormats(metric)
    }
  };
}

/** Inputs.table options for prefecture rows. */
export function prefectureTableSpec(metric: KpiMetric): TableSpec {
  return {
    columns: ["rank", "name", "bureau", ...FIGURE_COLUMNS],
    header: {rank: "順位", name: "都道府県", bureau: "経済産業局", ...FIGURE_HEADERS},
    format: {
      rank: (v) => (v == null ? "－" : String(v)),
      name: (v) => String(v),
      bureau: (v) => String(v),
      ...figureFormats(metric)
    }
  };
}

export interface CsvRows {
  rows: Array<Record<string, unknown>>;
  columns: CsvColumn[];
}

/** CSV rows and columns for bureau rows. */
export function areaCsv(rows: readonly AreaRow[], metric: KpiMetric): CsvRows {
  return {
    rows: rows.map((r) => ({
      地域: r.label,
      都道府県数: r.prefectures,
      報告県数: r.reporting,
      実績: r.actual == null ? null : Math.round(r.actual * 10) / 10,
      目標_期間: roundedTarget(r.target, metric),
      達成率: percentNumber(r.rate),
      年間目標: roundedTarget(r.annualTarget, metric),
      進捗率: percentNumber(r.progress),
      前年同期_今年度: r.yoyCurrent,
      前年同期_前年度: r.yoyPrevious,
      前年同期比: yoyNumber(r.yoy, metric),
      前年同期比較の県数: r.compared,
      備考: r.remark
    })),
    columns: [
      "地域", "都道府県数", "報告県数",
      {key: "実績", label: `実績（${metric.unit}）`},
      {key: "目標_期間", label: `目標・期間（${metric.unit}）`},
      {key: "達成率", label: "達成率（%）"},
      {key: "年間目標", label: `年間目標（${metric.unit}）`},
      {key: "進捗率", label: "進捗率（%）"},
      {key: "前年同期_今年度", label: `前年同期比較・今年度（${metric.unit}）`},
      {key: "前年同期_前年度", label: `前年同期比較・前年度（${metric.unit}）`},
      {key: "前年同期比", label: yoyHeader(metric)},
      "前年同期比較の県数", "備考"
    ]
  };
}

/** CSV rows and columns for prefecture rows. */
export function prefectureCsv(rows: readonly PrefectureRow[], metric: KpiMetric): CsvRows {
  return {
    rows: rows.map((r) => ({
      コード: r.code,
      都道府県: r.name,
      経済産業局: r.bureau,
      順位: r.rank,
      実績: r.actual,
      報告月数: r.months,
      目標_期間: roundedTarget(r.target, metric),
      達成率: percentNumber(r.rate),
      年間目標: r.annualTarget,
      進捗率: percentNumber(r.progress),
      前年同期比: yoyNumber(r.yoy, metric),
      備考: r.remark
    })),
    columns: [
      "コード", "都道府県", "経済産業局", "順位",
      {key: "実績", label: `実績（${metric.unit}）`},
      "報告月数",
      {key: "目標_期間", label: `目標・期間（${metric.unit}）`},
      {key: "達成率", label: "達成率（%）"},
      {key: "年間目標", label: `年間目標（${metric.unit}）`},
      {key: "進捗率", label: "進捗率（%）"},
      {key: "前年同期比", label: yoyHeader(metric)},
      "備考"
    ]
  };
}
