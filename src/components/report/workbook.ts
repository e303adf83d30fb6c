// The Excel workbook of a report: a 条件 sheet (the conditions, the data basis, the sources), one sheet per chart of
// the registry with the same numbers as its CSV download, and the filtered 文献一覧 with the J-PlatPat link of each
// document. Header rows are frozen and filtered, columns sized to their text.
//
// Text is always written as a text cell, never as a formula: a title or applicant that starts with = + - @ stays
// the text it was (exceljs only writes a formula for a {formula} value; test/integration/report-files.test.ts reads
// the XML back). One implementation for the page and `npm run report`: the caller passes the exceljs module.

import type * as ExcelJSModule from "exceljs";
import type {CsvTable} from "../export-csv.js";
import {documentCsvRow} from "../landscape/documents.js";
import type {LandscapeDocuments} from "../landscape/landscape-data.js";
import {selectDocuments} from "../landscape/documents.js";
import {reportDate, SAMPLE_NOTICE, SOURCE_TEXT, type ReportModel} from "./report-model.js";
import {referenceNote} from "../landscape/reference-period.js";

export type ExcelJS = Pick<typeof ExcelJSModule, "Workbook">;

/** The document sheet's columns (the list), in order. */
export const DOCUMENT_SHEET_COLUMNS = [
  {key: "documentNumber", label: "文献番号", width: 18},
  {key: "applicationNumber", label: "出願番号", width: 18},
  {key: "filing", label: "出願日", width: 12},
  {key: "publication", label: "公知日", width: 12},
  {key: "title", label: "発明の名称", width: 48},
  {key: "applicants", label: "出願人", width: 36},
  {key: "leadFi", label: "筆頭FI", width: 16},
  {key: "stage", label: "ステージ", width: 12}
] as const;

export const DOCUMENT_SHEET = "文献一覧";
export const CONDITIONS_SHEET = "条件";

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/** Excel's rules for sheet names: 31 characters, none of \ / ? * [ ] :, unique (case-insensitive). */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(FORBIDDEN_IN_SHEET_NAME, "_").slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** East Asian characters take about two columns of width in Excel. */
function textWidth(value: unknown): number {
  const text = value instanceof Date ? "2024-01-01" : String(value ?? "");
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

function headerRow(sheet: ExcelJSModule.Worksheet, color: string): void {
  const row = sheet.getRow(1);
  row.font = {bold: true};
  row.fill = {type: "pattern", pattern: "solid", fgColor: {argb: `FF${color}`}};
  sheet.views = [{state: "frozen", ySplit: 1}];
}

/** A cell value that exceljs writes as a value: text stays text (never a formula), numbers and dates as such. */
function cellValue(value: unknown): ExcelJSModule.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value;
  if (typeof value === "boolean") return value;
  return String(value);
}

function addTableSheet(workbook: ExcelJSModule.Workbook, name: string, table: CsvTable, headerColor: string): void {
  const sheet = workbook.addWorksheet(name);
  const columns = table.columns.map((c) => (typeof c === "string" ? {key: c, label: c} : {key: c.key, label: c.label ?? c.key}));
  const rows = [...table.rows];
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(60, Math.max(8, textWidth(c.label) + 2, ...rows.slice(0, 200).map((r) => textWidth(r[c.key]) + 2)))
  }));
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row[c.key])));
  headerRow(sheet, headerColor);
  if (columns.length) sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: Math.max(1, rows.length + 1), column: columns.length}};
}

export async function buildWorkbook(
  Excel: ExcelJS,
  model: ReportModel,
  documents: LandscapeDocuments
): Promise<Uint8Array> {
  const workbook = new Excel.Workbook();
  workbook.creator = "chizai-atlas";
  workbook.created = model.createdAt;
  const taken = new Set<string>();
  const headerColor = model.style.colors.tableHeader;

  // ---- 条件 ----
  const conditions = workbook.addWorksheet(sheetName(CONDITIONS_SHEET, taken));
  conditions.columns = [
    {header: "項目", key: "label", width: 16},
    {header: "内容", key: "value", width: 100}
  ];
  const lines: Array<[string, unknown]> = [
    ["作成日", reportDate(model.createdAt)],
    ...model.conditions,
    ["選択中の出願", model.selection.count],
    ["全出願", model.data.applications],
    ["参考値", referenceNote(model.view.basis)],
    ...model.collectionNames.flatMap((name): Array<[string, unknown]> => {
      const basis = model.basis.collections.find((c) => c.name === name);
      return [
        [`${name}：検索式`, basis?.searchQuery ?? "（未記録）"],
        [`${name}：検索日`, basis?.searchDate ?? "（未記録）"],
        ...(basis?.files ?? []).map((f): [string, unknown] => [
          `${name}：ファイル`,
          `${f.name}（読込${f.read}行 ＝ 取込${f.loaded} ＋ 統合${f.merged} ＋ 除外${f.rejected}）`
        ])
      ];
    }),
    ["出典", SOURCE_TEXT],
    ...(model.sampleApplications > 0 ? [["注意", SAMPLE_NOTICE] as [string, unknown]] : [])
  ];
  for (const [label, value] of lines) conditions.addRow([label, cellValue(value)]);
  headerRow(conditions, headerColor);

  // ---- One sheet per chart ----
  for (const chart of model.charts) addTableSheet(workbook, sheetName(chart.entry.sheet, taken), chart.table, headerColor);

  // ---- 文献一覧 ----
  const sheet = workbook.addWorksheet(sheetName(DOCUMENT_SHEET, taken));
  sheet.columns = DOCUMENT_SHEET_COLUMNS.map((c) => ({header: c.label, key: c.key, width: c.width}));
  const ids = selectDocuments(model.data, documents, model.selection.mask);
  const {data} = model;
  for (const app of ids) {
    const row = documentCsvRow(data, documents, app);
    const fiStart = data.fiStart[app]!;
    const leadFi = fiStart < data.fiStart[app + 1]! ? data.fiCodes.fi[data.fiCode[fiStart]!] ?? "" : "";
    const link = (row.link as string | null) ?? null;
    const documentNumber = String(row.documentNumber ?? "");
    sheet.addRow([
      link && documentNumber ? {text: documentNumber, hyperlink: link} : documentNumber,
      cellValue(row.applicationNumber),
      cellValue(row.filing),
      cellValue(row.publication),
      cellValue(row.title),
      cellValue(row.applicants),
      leadFi,
      cellValue(row.stage)
    ]);
  }
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  sheet.getColumn(4).numFmt = "yyyy-mm-dd";
  headerRow(sheet, headerColor);
  sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: ids.length + 1, column: DOCUMENT_SHEET_COLUMNS.length}};

  // The fastest deflate level: the document sheet of 100,000 applications is tens of MB of XML, and level 6 (the
  // default) took about twice as long to write it for a file only a little smaller (measured, test/bench).
  const buffer = await workbook.xlsx.writeBuffer({zip: {compression: "DEFLATE", compressionOptions: {level: 1}}} as object);
  return new Uint8Array(buffer as ArrayBuffer);
}
