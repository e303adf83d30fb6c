// Reads one of the hand-kept tables in data/reference/ (UTF-8 with BOM, header row, one entry per row) into
// objects keyed by column name. A table that is malformed throws with the file and line, because every KPI row
// is checked against these tables: a silently wrong table would reject or mislabel whole files.

import {readFileSync} from "node:fs";
import {join} from "node:path";
import {LineIndex} from "../csv/line-index.js";
import {readCsvRecords} from "../csv/read-records.js";
import {projectPath} from "../project-root.js";
import {decodeBytes} from "../text/decode.js";

export const REFERENCE_DIR = projectPath("data/reference");

export type ReferenceRow = Readonly<Record<string, string>>;

export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReferenceDataError";
  }
}

/** Parses a reference table. `columns` must all be in the header (in any order); other columns are kept too. */
export function parseReferenceTable(text: string, fileName: string, columns: readonly string[]): ReferenceRow[] {
  const lines = new LineIndex(text);
  let header: string[] | null = null;
  const rows: ReferenceRow[] = [];
  readCsvRecords(text, (item) => {
    const line = lines.lineAt(item.start);
    if (item.kind === "error") throw new ReferenceDataError(`${fileName} line ${line}: ${item.message}`);
    const fields = item.fields.map((field) => field.trim());
    if (header === null) {
      header = fields.map((cell) => cell.replace(/^\uFEFF/, ""));
      const missing = columns.filter((column) => !header!.includes(column));
      if (missing.length > 0) {
        const found = header.join(", ");
        throw new ReferenceDataError(`${fileName}: the header lacks ${missing.join(", ")} (found: ${found})`);
      }
      return;
    }
    if (fields.every((field) => field === "")) return;
    if (fields.length !== header.length) {
      throw new ReferenceDataError(
        `${fileName} line ${line}: ${fields.length} fields where the header has ${header.length} ` +
          `(a comma inside a value needs the value in double quotes)`
      );
    }
    rows.push(Object.fromEntries(header.map((column, index) => [column, fields[index]!])));
  });
  if (header === null) throw new ReferenceDataError(`${fileName} is empty`);
  return rows;
}

/** Reads `data/reference/<fileName>` (or the same file in `dir`). */
export function readReferenceTable(fileName: string, columns: readonly string[], dir = REFERENCE_DIR): ReferenceRow[] {
  const {text} = decodeBytes(readFileSync(join(dir, fileName)));
  return parseReferenceTable(text, fileName, columns);
}

/** Splits a `|`-separated list cell (aliases, agencies); empty items are dropped. */
export function splitListCell(cell: string): string[] {
  return cell
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
