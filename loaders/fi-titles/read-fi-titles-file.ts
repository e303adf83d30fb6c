// A user's FI title file (code,title) → its entries, rejected rows and counts. Pure: no I/O, no database.
//
// The header names two columns, a code and a title, in either order and nothing else (trailing empty cells, as Excel
// writes them, aside), so that no other kind of file with an FI column (a J-PlatPat export) is taken for one.
// Accepted names, compared after NFKC, lower-casing and without spaces:
//   code:  code, fi, fi_code, ficode, fiコード, fi記号, 分類記号, 記号, コード
//   title: title, タイトル, 名称, 分類名, 説明
// Every data row is one entry or one reject (rowsRead = loaded + rejects): a code that is not an FI code, an
// empty title, or a code the file already gave on an earlier line (which of two titles is meant cannot be known).

import {readTable, type RejectedRow, type TableHeader} from "../csv/read-table.js";
import type {ReadFile} from "../ingest/file-kind.js";
import {FI_TITLE_CODE_EXAMPLES, titledFiCode} from "./fi-title-code.js";

const CODE_HEADERS = new Set(["code", "fi", "fi_code", "ficode", "fiコード", "fi記号", "分類記号", "記号", "コード"]);
const TITLE_HEADERS = new Set(["title", "タイトル", "名称", "分類名", "説明"]);

export const FI_TITLES_EXPECTED_HEADER =
  "code,title (or FI,タイトル / FI記号,名称 …: a code column and a title column, nothing else)";

interface FiTitlesHeader extends TableHeader {
  codeIndex: number;
  titleIndex: number;
}

export interface FiTitleEntry {
  /** Folded: H01M10/052. */
  code: string;
  /** As written. */
  codeRaw: string;
  title: string;
  line: number;
}

export interface FiTitlesFile extends ReadFile {
  entries: FiTitleEntry[];
}

function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, "").normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

export function readFiTitlesHeader(cells: string[]): FiTitlesHeader | null {
  let used = cells.length;
  while (used > 0 && cells[used - 1]!.trim() === "") used--;
  if (used !== 2) return null;
  const names = cells.slice(0, 2).map(headerName);
  const codeIndex = names.findIndex((name) => CODE_HEADERS.has(name));
  const titleIndex = names.findIndex((name) => TITLE_HEADERS.has(name));
  if (codeIndex < 0 || titleIndex < 0 || codeIndex === titleIndex) return null;
  return {columnCount: 2, codeIndex, titleIndex};
}

export function readFiTitlesFile(text: string): FiTitlesFile | null {
  const table = readTable(text, readFiTitlesHeader);
  if (!table) return null;
  const rejects: RejectedRow[] = [...table.rejects];
  const entries: FiTitleEntry[] = [];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const reject = (errorType: string, reason: string) =>
      rejects.push({lineStart: row.lineStart, lineEnd: row.lineEnd, errorType, reason, raw: row.raw()});
    const codeRaw = row.fields[row.header.codeIndex]!;
    const title = row.fields[row.header.titleIndex]!.trim();
    const code = titledFiCode(codeRaw);
    if (code === null) {
      reject("type-error", `"${codeRaw}" is not an FI code (${FI_TITLE_CODE_EXAMPLES})`);
      continue;
    }
    if (title === "") {
      reject("required-value", `${code} has no title`);
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      reject("constraint-error", `${code} is already given a title on line ${earlier}: keep one of the two lines`);
      continue;
    }
    firstLine.set(code, row.lineStart);
    entries.push({code, codeRaw, title, line: row.lineStart});
  }
  rejects.sort((a, b) => a.lineStart - b.lineStart);
  return {
    headerCells: table.headerCells,
    headerCount: table.headers.length,
    rowsRead: entries.length + rejects.length,
    rejects,
    blankRows: table.blankRows,
    warnings: [],
    entries
  };
}
