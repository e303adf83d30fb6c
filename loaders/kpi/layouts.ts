// The two header layouts KPI sheets come in, recognised by header names (never by position):
//   long: 年度, 月, 都道府県, 事業, 指標, 実績, 目標 — one row per month (月 empty = an annual figure);
//   wide: 年度, 都道府県, 事業, 指標, 4月 … 3月, 合計, 目標 — one row per year, a column per month.
// 月, 目標 and 合計 are optional; other columns (備考 …) are ignored and reported.
//
// 合計 / 年間 in the wide layout is not loaded beside the months (that would count the year twice). A row that
// has monthly figures must agree with its 合計 (kpi-row.ts rejects it otherwise); a row with no monthly figures
// and only a 合計 is an annual figure.

import {lookupKey} from "./fold-key.js";
import {parseMonth} from "./month.js";

export type KpiField = "fiscalYear" | "month" | "prefecture" | "program" | "metric" | "actual" | "target";

const FIELD_LABELS: Record<KpiField, string> = {
  fiscalYear: "年度",
  month: "月",
  prefecture: "都道府県",
  program: "事業",
  metric: "指標",
  actual: "実績",
  target: "目標"
};

const FIELD_HEADERS: Record<KpiField, readonly string[]> = {
  fiscalYear: ["年度", "事業年度", "会計年度", "fiscal_year", "fiscal year", "fy", "year"],
  month: ["月", "month"],
  prefecture: ["都道府県", "都道府県名", "prefecture", "pref"],
  program: ["事業", "事業名", "支援事業", "program"],
  metric: ["指標", "指標名", "kpi", "metric"],
  actual: ["実績", "実績値", "actual", "value"],
  target: ["目標", "目標値", "target"]
};

const ANNUAL_HEADERS = ["合計", "計", "年間", "年間計", "年度計", "通年", "total", "annual"];

interface KpiLayoutBase {
  /** Header cells as written (BOM and surrounding spaces removed), for messages. */
  headers: string[];
  /** Cells a row needs to reach every column this layout reads. */
  requiredCells: number;
  fiscalYear: number;
  prefecture: number;
  program: number;
  metric: number;
  target: number | null;
  /** Named columns that are not KPI columns (備考 …): not read, worth a warning. */
  ignoredColumns: string[];
}

export interface LongKpiLayout extends KpiLayoutBase {
  kind: "long";
  month: number | null;
  actual: number;
}

export interface MonthColumn {
  month: number;
  column: number;
}

export interface WideKpiLayout extends KpiLayoutBase {
  kind: "wide";
  /** In column order. */
  months: MonthColumn[];
  /** The 合計 / 年間 column, if any. */
  annual: number | null;
}

export type KpiLayout = LongKpiLayout | WideKpiLayout;

/** The layout of a KPI header row, or null when the row is not one (see `kpiHeaderProblems` for why). */
export function detectKpiLayout(headerCells: string[]): KpiLayout | null {
  return analyseKpiHeader(headerCells).layout;
}

/** Why a header row is not a KPI header; empty when it is one. */
export function kpiHeaderProblems(headerCells: string[]): string[] {
  return analyseKpiHeader(headerCells).problems;
}

export function describeExpectedKpiHeaders(): string {
  return [
    "a KPI sheet starts with a header row in one of two layouts:",
    "  long: 年度, 月, 都道府県, 事業, 指標, 実績, 目標 (月 and 目標 optional; 月 empty = an annual figure)",
    "  wide: 年度, 都道府県, 事業, 指標, 4月, 5月, …, 3月, 合計, 目標 (months as 4月 or 4; 合計 and 目標 optional)",
    "English headers work too: fiscal_year/fy/year, month, prefecture/pref, program, metric, actual/value, target."
  ].join("\n");
}

/** A header cell as compared: 実績(件) → 実績, Fiscal_Year → fiscalyear. */
function headerKey(cell: string): string {
  return lookupKey(cell)
    .replace(/[(（\[［【][^)）\]］】]*[)）\]］】]$/, "")
    .replace(/[_\-]/g, "");
}

const FIELD_BY_HEADER = new Map<string, KpiField>(
  (Object.entries(FIELD_HEADERS) as [KpiField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as [string, KpiField])
  )
);
const ANNUAL_KEYS = new Set(ANNUAL_HEADERS.map(headerKey));

function analyseKpiHeader(headerCells: string[]): {layout: KpiLayout | null; problems: string[]} {
  const headers = headerCells.map((cell) => cell.replace(/^\uFEFF/, "").trim());
  const problems: string[] = [];
  const fields = new Map<KpiField, number>();
  const months: MonthColumn[] = [];
  const annualColumns: number[] = [];
  const ignoredColumns: string[] = [];

  headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key === "") return;
    const field = FIELD_BY_HEADER.get(key);
    if (field) {
      const earlier = fields.get(field);
      if (earlier === undefined) fields.set(field, index);
      else problems.push(`${FIELD_LABELS[field]} appears twice ("${headers[earlier]}", "${header}")`);
      return;
    }
    if (ANNUAL_KEYS.has(key)) {
      annualColumns.push(index);
      return;
    }
    const month = parseMonth(key);
    if (month.ok && month.month !== null) {
      if (months.some((m) => m.month === month.month)) problems.push(`the month ${month.month}月 appears twice`);
      else months.push({month: month.month, column: index});
      return;
    }
    ignoredColumns.push(header);
  });

  for (const field of ["fiscalYear", "prefecture", "program", "metric"] as const) {
    if (!fields.has(field)) problems.push(`no ${FIELD_LABELS[field]} column`);
  }
  const hasActual = fields.has("actual");
  if (hasActual && months.length > 0) problems.push("both a 実績 column and month columns: use one layout per file");
  if (!hasActual && months.length === 0) problems.push("no 実績 column and no month columns (4月 … 3月)");
  if (months.length > 0 && fields.has("month")) {
    problems.push("both a 月 column and month columns: use one layout per file");
  }
  if (annualColumns.length > 1) problems.push("more than one 合計 / 年間 column");
  if (problems.length > 0) return {layout: null, problems};

  const base = {
    headers,
    fiscalYear: fields.get("fiscalYear")!,
    prefecture: fields.get("prefecture")!,
    program: fields.get("program")!,
    metric: fields.get("metric")!,
    target: fields.get("target") ?? null,
    ignoredColumns
  };
  if (hasActual) {
    // A 合計 column in a long sheet has no meaning of its own: it is not read.
    ignoredColumns.push(...annualColumns.map((index) => headers[index]!));
    const layout: LongKpiLayout = {
      ...base,
      kind: "long",
      requiredCells: Math.max(...fields.values()) + 1,
      month: fields.get("month") ?? null,
      actual: fields.get("actual")!
    };
    return {layout, problems};
  }
  const used = [...fields.values(), ...months.map((m) => m.column), ...annualColumns];
  const layout: WideKpiLayout = {
    ...base,
    kind: "wide",
    requiredCells: Math.max(...used) + 1,
    months,
    annual: annualColumns[0] ?? null
  };
  return {layout, problems};
}
