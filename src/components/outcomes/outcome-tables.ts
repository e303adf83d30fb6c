// The 支援成果 page's tables: the figures as the loader published them ("<3" and "x" included), the scope the page
// shows, and the rows for the CSV download. Nothing here adds figures up: every number comes from the loader.

import type {CsvTable} from "../export-csv.js";
import {formatFiscalYear, formatNumber, formatPercent} from "../format.js";
import type {Figure, OutcomeCompany, OutcomeRow, OutcomeScope, OutcomesData, OutcomeTable} from "./outcome-types.js";

/** A published count: the number with Japanese grouping, or "<3" / "x" as the publication build left it. */
export function formatFigure(figure: Figure | null | undefined): string {
  return typeof figure === "number" ? formatNumber(figure) : (figure ?? "－");
}

export const SUPPRESSION_NOTE =
  "「<3」は1〜2社（企業が特定されないよう数を示しません）、「x」は合計から「<3」の値を逆算できないように伏せた数です。";

/** The program's figures for the whole country (bureau null) or one bureau; undefined when it has no records there. */
export function findScope(data: OutcomesData, programId: string, bureau: string | null): OutcomeScope | undefined {
  return data.scopes.find((s) => s.programId === programId && s.bureau === bureau);
}

const COLUMNS = [
  {key: "label", label: ""},
  {key: "companies", label: "支援企業数"},
  {key: "linked", label: "出願と結び付いた企業"},
  {key: "linkedShare", label: "同・割合"},
  {key: "filedAfter", label: "支援後に出願した企業（t = 1・2）"},
  {key: "filedAfterShare", label: "同・割合"},
  {key: "firstTimeFilers", label: "うち初めての出願"},
  {key: "firstTimeShare", label: "同・割合"},
  {key: "incomplete", label: "参考値の企業"}
] as const;

const SHARES = new Set(["linkedShare", "filedAfterShare", "firstTimeShare"]);

/** The rows of a table with its total last, as the page lists them. */
export function tableRows(table: OutcomeTable): OutcomeRow[] {
  return table.total ? [...table.rows, table.total] : table.rows;
}

/** Options for Inputs.table (through dataTable): headers, formats, the first column named after the dimension. */
export function outcomeTableOptions(dimensionLabel: string, rowCount: number): Record<string, unknown> {
  return {
    columns: COLUMNS.map((c) => c.key),
    header: Object.fromEntries(COLUMNS.map((c) => [c.key, c.key === "label" ? dimensionLabel : c.label])),
    format: Object.fromEntries(
      COLUMNS.map((c) => [
        c.key,
        c.key === "label"
          ? (v: string) => v
          : SHARES.has(c.key)
            ? (v: number | null) => formatPercent(v, {digits: 0})
            : (v: Figure) => formatFigure(v)
      ])
    ),
    // "<3" and "x" make a column text, which Inputs.table would align left.
    align: Object.fromEntries(COLUMNS.filter((c) => c.key !== "label").map((c) => [c.key, "right"])),
    rows: rowCount + 0.5,
    select: false,
    sort: null,
    layout: "auto",
    locale: "ja-JP"
  };
}

/** The table as CSV: counts as published ("<3", "x" kept as text), shares in percent. */
export function outcomeCsv(table: OutcomeTable, dimensionLabel: string): CsvTable {
  return {
    rows: tableRows(table).map((row) =>
      Object.fromEntries(
        COLUMNS.map((c) => {
          const value = row[c.key];
          if (SHARES.has(c.key)) return [c.key, value == null ? null : Math.round((value as number) * 1000) / 10];
          return [c.key, value];
        })
      )
    ),
    columns: COLUMNS.map((c, i) => ({
      key: c.key,
      label: c.key === "label" ? dimensionLabel : SHARES.has(c.key) ? `${COLUMNS[i - 1]!.label}の割合（%）` : c.label
    }))
  };
}

/** The relative 年度 as the axis and the tables name it: −1, 0 (支援年度), +1. */
export function relativeYearLabel(t: number): string {
  return t === 0 ? "0（初回支援の年度）" : t > 0 ? `+${t}` : `−${-t}`;
}

export const COMPANY_COLUMNS = [
  {key: "company", label: "企業名（支援記録の表記）"},
  {key: "program", label: "事業"},
  {key: "firstFiscalYear", label: "初回支援の年度"},
  {key: "prefecture", label: "都道府県"},
  {key: "entities", label: "結び付いた出願人"},
  ...[-3, -2, -1, 0, 1, 2, 3].map((t, i) => ({key: `t${i}`, label: `出願 t=${t > 0 ? "+" : ""}${t}`})),
  {key: "filedAfter", label: "支援後に出願"},
  {key: "firstTimeFiler", label: "初めての出願"},
  {key: "incomplete", label: "参考値"}
];

/** A company row flattened for the table and the CSV: one column per relative 年度, yes/no as ○ and blank. */
export function companyRow(c: OutcomeCompany): Record<string, string | number> {
  const mark = (yes: boolean) => (yes ? "○" : "");
  return {
    company: c.company,
    program: c.program,
    firstFiscalYear: formatFiscalYear(c.firstFiscalYear),
    prefecture: c.prefecture,
    entities: c.ambiguous ? "（要確認）" : c.entities,
    ...Object.fromEntries(c.apps.map((n, i) => [`t${i}`, n])),
    filedAfter: mark(c.filedAfter),
    firstTimeFiler: mark(c.firstTimeFiler),
    incomplete: mark(c.incomplete)
  };
}
