// The header of a support-record file (支援実績), recognised by names, never by position:
//   年度 and/or 支援日, 都道府県, 事業, 企業名, and optionally 法人番号, 支援内容, 備考.
// Other columns (担当者 …) are not read and are reported in a warning. The company column is what tells this kind
// apart from a KPI sheet (which has 指標 and 実績 instead).

import {lookupKey} from "../kpi/fold-key.js";

export type SupportField =
  | "fiscalYear"
  | "supportDate"
  | "prefecture"
  | "program"
  | "company"
  | "corporateNumber"
  | "content"
  | "note";

export const SUPPORT_FIELD_LABELS: Record<SupportField, string> = {
  fiscalYear: "年度",
  supportDate: "支援日",
  prefecture: "都道府県",
  program: "事業",
  company: "企業名",
  corporateNumber: "法人番号",
  content: "支援内容",
  note: "備考"
};

/** The header spellings accepted for each column (compared after width, case and spaces are folded). */
export const SUPPORT_FIELD_HEADERS: Record<SupportField, readonly string[]> = {
  fiscalYear: ["年度", "支援年度", "事業年度", "fiscal_year", "fy"],
  supportDate: ["支援日", "支援年月日", "実施日", "相談日", "support_date", "date"],
  prefecture: ["都道府県", "都道府県名", "prefecture", "pref"],
  program: ["事業", "事業名", "支援事業", "program"],
  company: ["企業名", "事業者名", "支援先", "支援先企業名", "支援先名", "会社名", "法人名", "company"],
  corporateNumber: ["法人番号", "corporate_number"],
  content: ["支援内容", "content"],
  note: ["備考", "note"]
};

export interface SupportLayout {
  /** Header cells as written (BOM and surrounding spaces removed), for messages. */
  headers: string[];
  /** Column of each field the header names. */
  columns: Partial<Record<SupportField, number>>;
  /** Named columns that are not read. */
  ignoredColumns: string[];
  /** Cells up to the last named column: the width a row is checked against. */
  columnCount: number;
}

const REQUIRED: readonly SupportField[] = ["prefecture", "program", "company"];

function headerKey(cell: string): string {
  return lookupKey(cell.replace(/^\uFEFF/, ""))
    .replace(/[(（\[［【][^)）\]］】]*[)）\]］】]$/, "")
    .replace(/[_\-]/g, "");
}

const FIELD_BY_HEADER = new Map<string, SupportField>(
  (Object.entries(SUPPORT_FIELD_HEADERS) as [SupportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as [string, SupportField])
  )
);

/** The layout of a support-record header, or null when the row is not one. */
export function detectSupportLayout(headerCells: string[]): SupportLayout | null {
  const headers = headerCells.map((cell) => cell.replace(/^\uFEFF/, "").trim());
  const columns: Partial<Record<SupportField, number>> = {};
  const ignoredColumns: string[] = [];
  for (const [index, header] of headers.entries()) {
    const key = headerKey(header);
    if (key === "") continue;
    const field = FIELD_BY_HEADER.get(key);
    // A column named twice cannot be read without guessing which one is meant.
    if (field && columns[field] !== undefined) return null;
    if (field) columns[field] = index;
    else ignoredColumns.push(header);
  }
  if (REQUIRED.some((field) => columns[field] === undefined)) return null;
  if (columns.fiscalYear === undefined && columns.supportDate === undefined) return null;
  let columnCount = headers.length;
  while (columnCount > 0 && headers[columnCount - 1] === "") columnCount--;
  return {headers, columns, ignoredColumns, columnCount};
}

export function describeExpectedSupportHeader(): string {
  return (
    "年度 (or 支援日), 都道府県, 事業, 企業名, and optionally 法人番号, 支援内容, 備考 " +
    "(企業名 may be 事業者名 or 支援先; English: fiscal_year, support_date, prefecture, program, company, corporate_number)"
  );
}
