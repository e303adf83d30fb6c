// The numbers behind each landscape chart, as the CSV the chart card downloads: Japanese headers, numbers as
// numbers (shares in percent), one row per bar / year / cell so the file opens ready for an Excel chart or pivot.

import type {CsvTable} from "../export-csv.js";
import type {PairRow} from "./co-applicants.js";
import type {EntrantRow} from "./entrants.js";
import type {FiCounts} from "./fi-hierarchy.js";
import {FI_LEVEL_LABELS} from "./fi-hierarchy.js";
import type {Matrix} from "./matrix.js";
import type {Ranking} from "./ranking.js";
import type {Rising, YearWindow} from "./rising.js";
import type {StatusCounts} from "./rights-status.js";
import type {Trend} from "./trend.js";
import {yearAxisLabel, yearLabel, type DateBasis, type YearKind} from "./year-basis.js";

/** 0.1234 → 12.3 (percent, one decimal), for the 割合（%） columns. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** One row per year, one column per series, then the total and the 参考値 flag. */
export function trendTable(trend: Trend): CsvTable {
  const seriesColumns = trend.stackBy === "none" ? [] : trend.series.map((label, i) => ({key: `s${i}`, label}));
  const rows = trend.totals.map((total) => {
    const reference = total.reference ? "参考値" : "";
    const row: Record<string, unknown> = {year: total.year, total: total.count, reference};
    seriesColumns.forEach(({key}) => (row[key] = 0));
    return row;
  });
  if (seriesColumns.length) {
    const rowOfYear = new Map(rows.map((row) => [row.year as number, row]));
    const keyOfSeries = new Map(trend.series.map((label, i) => [label, `s${i}`]));
    for (const d of trend.rows) rowOfYear.get(d.year)![keyOfSeries.get(d.series)!] = d.count;
  }
  return {
    rows,
    columns: [
      {key: "year", label: yearAxisLabel(trend.basis, trend.yearKind)},
      ...seriesColumns,
      {key: "total", label: "出願件数（合計）"},
      {key: "reference", label: "参考値"}
    ]
  };
}

export function rankingTable(ranking: Ranking): CsvTable {
  return {
    rows: ranking.rows.map((row) => ({...row, percent: percent(row.share)})),
    columns: [
      {key: "rank", label: "順位"},
      {key: "label", label: "出願人"},
      {key: "count", label: "出願件数"},
      {key: "percent", label: "割合（%）"}
    ]
  };
}

export function fiTable(counts: FiCounts): CsvTable {
  return {
    rows: counts.rows.map((row) => ({...row, percent: percent(row.share)})),
    columns: [
      {key: "node", label: `FI（${FI_LEVEL_LABELS[counts.level]}）`},
      {key: "title", label: "タイトル"},
      {key: "label", label: "表示名"},
      {key: "count", label: "出願件数"},
      {key: "percent", label: "割合（%）"}
    ]
  };
}

/** Applicants down, technologies across. */
export function matrixTable(matrix: Matrix): CsvTable {
  const rows = matrix.applicants.map((applicant) => ({applicant}) as Record<string, unknown>);
  matrix.cells.forEach((cell, i) => {
    rows[Math.floor(i / Math.max(1, matrix.technologies.length))]![`t${i % matrix.technologies.length}`] = cell.count;
  });
  return {
    rows,
    columns: [{key: "applicant", label: "出願人"}, ...matrix.technologies.map((label, i) => ({key: `t${i}`, label}))]
  };
}

export function entrantsTable(rows: readonly EntrantRow[], basis: DateBasis, yearKind: YearKind): CsvTable {
  return {
    rows: rows.map((row) => ({...row, reference: row.reference ? "参考値" : ""})),
    columns: [
      {key: "year", label: yearAxisLabel(basis, yearKind)},
      {key: "entrants", label: "新規参入者数"},
      {key: "applicants", label: "出願人数"},
      {key: "applications", label: "出願件数"},
      {key: "reference", label: "参考値"}
    ]
  };
}

export function pairsTable(pairs: readonly PairRow[]): CsvTable {
  return {
    rows: pairs.map((pair) => ({...pair})),
    columns: [
      {key: "labelA", label: "出願人A"},
      {key: "labelB", label: "出願人B"},
      {key: "count", label: "共同出願件数"}
    ]
  };
}

export function statusTable(counts: StatusCounts, label: string): CsvTable {
  return {
    rows: counts.rows.map((row) => ({...row, percent: row.share ? percent(row.share) : null})),
    columns: [
      {key: "label", label},
      {key: "count", label: "出願件数"},
      {key: "percent", label: "割合（情報のある出願に対する%）"}
    ]
  };
}

function windowColumn(prefix: string, window: YearWindow | null, kind: YearKind): string {
  return window ? `${prefix}（${yearLabel(window.first, kind)}〜${yearLabel(window.last, kind)}）` : prefix;
}

/** 伸びている出願人: both windows' counts and the growth as a ratio (2.5 = 2.5倍). */
export function risingTable(rising: Rising, yearKind: YearKind): CsvTable {
  return {
    rows: rising.rising.map((row) => ({...row, growth: Math.round(row.growth * 100) / 100})),
    columns: [
      {key: "label", label: "出願人"},
      {key: "earlier", label: windowColumn("前の期間の出願件数", rising.earlierWindow, yearKind)},
      {key: "recent", label: windowColumn("直近の出願件数", rising.recentWindow, yearKind)},
      {key: "growth", label: "伸び（倍）"}
    ]
  };
}

export function newcomersTable(rising: Rising, yearKind: YearKind): CsvTable {
  return {
    rows: rising.newcomers.map((row) => ({...row, firstYear: yearLabel(row.firstYear, yearKind)})),
    columns: [
      {key: "label", label: "出願人"},
      {key: "firstYear", label: "最初の出願"},
      {key: "recent", label: windowColumn("直近の出願件数", rising.recentWindow, yearKind)}
    ]
  };
}
