// J-PlatPat result-list columns, mapped by header name (docs/jplatpat-format.md §2). Exports have 13, 15 or 16
// columns depending on the date and on whether 要約 was requested; never map by position.

export const JPLATPAT_COLUMNS = {
  documentNumber: "文献番号",
  applicationNumber: "出願番号",
  filingDate: "出願日",
  publicationDate: "公知日",
  title: "発明の名称",
  applicants: "出願人/権利者",
  fi: "FI",
  abstract: "要約",
  publicationNumber: "公開番号",
  examinedNumber: "公告番号",
  registrationNumber: "登録番号",
  appealNumbers: "審判番号",
  otherNumbers: "その他",
  stage: "ステージ",
  lastEvent: "イベント詳細",
  url: "文献URL"
} as const;

export type JplatpatField = keyof typeof JPLATPAT_COLUMNS;

export const REQUIRED_FIELDS: readonly JplatpatField[] = [
  "documentNumber", "applicationNumber", "filingDate", "title", "applicants", "fi"
];

/** Field → index of its column in the file; -1 when the (optional) column is absent. */
export type ColumnMap = Record<JplatpatField, number>;

export interface JplatpatHeader {
  columns: ColumnMap;
  columnCount: number;
  /** Header cells that are not J-PlatPat columns; kept as a warning, not an error. */
  unknownColumns: string[];
}

const FIELD_BY_NAME = new Map<string, JplatpatField>(
  Object.entries(JPLATPAT_COLUMNS).map(([field, name]) => [name, field as JplatpatField])
);

/** A header cell as compared: BOM (also one left mid-file by pasting two exports) and spaces removed. */
export function cleanHeaderCell(cell: string): string {
  return cell.replace(/^\uFEFF/, "").trim();
}

/** Reads a header row; null when the row is not a J-PlatPat header (some required column is missing). */
export function readJplatpatHeader(cells: readonly string[]): JplatpatHeader | null {
  // Every row is offered as a possible header (two exports may be pasted together): a header's first cell is
  // always a column name, so most data rows are turned away after one lookup.
  if (cells.length < REQUIRED_FIELDS.length || !FIELD_BY_NAME.has(cleanHeaderCell(cells[0] ?? ""))) return null;
  const columns = Object.fromEntries(Object.keys(JPLATPAT_COLUMNS).map((f) => [f, -1])) as ColumnMap;
  const unknownColumns: string[] = [];
  cells.forEach((cell, index) => {
    const name = cleanHeaderCell(cell);
    const field = FIELD_BY_NAME.get(name);
    if (field && columns[field] === -1) columns[field] = index;
    else unknownColumns.push(name);
  });
  if (REQUIRED_FIELDS.some((f) => columns[f] === -1)) return null;
  return {columns, columnCount: cells.length, unknownColumns};
}

/** Names of the required columns that `cells` lacks, for the refusal message. */
export function missingRequiredColumns(cells: readonly string[]): string[] {
  const present = new Set(cells.map(cleanHeaderCell));
  return REQUIRED_FIELDS.map((f) => JPLATPAT_COLUMNS[f]).filter((name) => !present.has(name));
}
