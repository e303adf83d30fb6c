// The applicant-aliases dictionary as a CSV file: reading and checking the user's `applicant-aliases.csv`, and
// writing merge suggestions in the same shape so that reviewed rows can be pasted into it.
//
// Columns: `name` (a raw spelling), `entity` (the canonical name it belongs to), `group` (optional: the corporate
// group of the entity), `corporate_number` (optional: the entity's 法人番号, 13 digits with a valid check digit, so
// that support records giving that number link to it; three-column files stay valid). Extra columns are ignored, so a suggestions file with `reason,count,other_count` can be
// renamed into a dictionary as it is. The file may come from Excel: UTF-8 with or without BOM, or CP932.

import {readCsvRecords} from "../csv/read-records.js";
import {LineIndex} from "../csv/line-index.js";
import {parseCorporateNumber} from "../support/corporate-number.js";
import {decodeBytes, type EncodingName} from "../text/decode.js";
import type {MergeSuggestion} from "./suggest-merges.js";

export interface AliasEntry {
  name: string;
  entity: string;
  /** "" when the row gives none. */
  group: string;
  /** Physical line of the row (the header is line 1). */
  line: number;
  /** The entity's 法人番号 (13 digits), present only when the row gives one. */
  corporateNumber?: string;
}

export interface AliasFileError {
  /** Physical line the error is about; for a conflict between two rows, the later one. */
  line: number;
  /** The other row of a conflict. */
  otherLine?: number;
  message: string;
}

export interface AliasFile {
  /** The rows that can be applied: without errors and without conflicts. */
  entries: AliasEntry[];
  errors: AliasFileError[];
  encoding: EncodingName;
}

export const ALIAS_COLUMNS = ["name", "entity", "group"] as const;
export const SUGGESTION_COLUMNS = [...ALIAS_COLUMNS, "reason", "count", "other_count"] as const;

/**
 * Decodes and checks an aliases file. Throws `EncodingError` when the bytes are neither UTF-8 nor CP932 (the file
 * is refused as a whole); everything else is reported per line in `errors`.
 */
export function readAliasesFile(bytes: Uint8Array): AliasFile {
  const decoded = decodeBytes(bytes);
  return {...parseAliasesText(decoded.text), encoding: decoded.encoding};
}

/**
 * Checks, row by row: `name` and `entity` present; one name never mapped to two entities (both rows are left out,
 * since neither can be trusted); one entity never in two groups; no chains (a row's entity mapped on to a third
 * name), because an entity must be final for the precedence rule to be predictable.
 */
export function parseAliasesText(text: string): Omit<AliasFile, "encoding"> {
  const reader = new AliasesReader();
  reader.read(text, 1);
  return reader.finish();
}

/**
 * parseAliasesText over a file read in pieces of whole records (loaders/csv/read-pieces.ts): the per-row checks
 * run as the pieces arrive, the checks across rows at the end. Given `onRow`, the reader keeps no rows: each one
 * goes to `onRow` as it is read, and finish() reports the per-row errors only (names import stages the rows in
 * DuckDB and checks across them there, staged-aliases.ts).
 */
export class AliasesReader {
  private readonly errors: AliasFileError[] = [];
  private readonly rows: AliasEntry[] = [];
  private columns: {name: number; entity: number; group: number; corporateNumber: number} | null = null;
  private headerSeen = false;

  constructor(private readonly onRow?: (row: AliasEntry) => void) {}

  read(text: string, firstLine: number): void {
    const lines = new LineIndex(text);
    const lineAt = (offset: number) => lines.lineAt(offset) + firstLine - 1;
    const {errors, rows} = this;
    readCsvRecords(text, (item) => {
      const line = lineAt(item.start);
      if (item.kind === "error") {
        errors.push({line, message: `${item.message} (lines ${line}–${lineAt(item.end)}); the row is ignored`});
        return;
      }
      const cells = item.fields.map(unneutraliseCell);
      if (!this.headerSeen) {
        this.headerSeen = true;
        const header = cells.map((c) => c.replace(/^\ufeff/, "").trim().toLowerCase());
        const name = header.indexOf("name");
        const entity = header.indexOf("entity");
        if (name < 0 || entity < 0) {
          errors.push({
            line,
            message: `the header must name the columns name,entity[,group]; found "${item.fields.join(",")}"`
          });
          return;
        }
        this.columns = {name, entity, group: header.indexOf("group"), corporateNumber: header.indexOf("corporate_number")};
        return;
      }
      const columns = this.columns;
      if (!columns) return;
      const name = (cells[columns.name] ?? "").trim();
      const entity = (cells[columns.entity] ?? "").trim();
      const group = columns.group >= 0 ? (cells[columns.group] ?? "").trim() : "";
      // Excel writes rows of bare commas for lines that were cleared: nothing to check.
      if (name === "" && entity === "" && group === "") return;
      if (name === "") {
        errors.push({line, message: `name is empty (entity "${entity}")`});
        return;
      }
      if (entity === "") {
        errors.push({line, message: `entity is empty for "${name}"`});
        return;
      }
      const row: AliasEntry = {name, entity, group, line};
      if (columns.corporateNumber >= 0) {
        const parsed = parseCorporateNumber(cells[columns.corporateNumber] ?? "");
        if (!parsed.ok) {
          errors.push({line, message: `corporate_number of "${name}": ${parsed.reason}`});
          return;
        }
        if (parsed.corporateNumber !== null) row.corporateNumber = parsed.corporateNumber;
      }
      if (this.onRow) this.onRow(row);
      else rows.push(row);
    });
  }

  finish(): Omit<AliasFile, "encoding"> {
    const {errors, rows} = this;
    if (!this.headerSeen) errors.push({line: 1, message: "the file is empty: expected the header name,entity,group"});
    if (this.onRow) return {entries: [], errors};
    // A repeated identical row is harmless and only the first one is kept; a name with two entities loses all its
    // rows, since neither can be trusted.
    const rejected = new Set<AliasEntry>();
    const conflictingNames = new Set<string>();
    const firstRowOfName = new Map<string, AliasEntry>();
    for (const row of rows) {
      const first = firstRowOfName.get(row.name);
      if (!first) {
        firstRowOfName.set(row.name, row);
        continue;
      }
      rejected.add(row);
      if (first.entity !== row.entity) {
        errors.push({
          line: row.line,
          otherLine: first.line,
          message: twoEntitiesMessage(row, first)
        });
        conflictingNames.add(row.name);
      }
    }
    for (const row of rows) if (conflictingNames.has(row.name)) rejected.add(row);

    const firstGroupOfEntity = new Map<string, AliasEntry>();
    for (const row of rows) {
      if (row.group === "" || rejected.has(row)) continue;
      const first = firstGroupOfEntity.get(row.entity);
      if (!first) {
        firstGroupOfEntity.set(row.entity, row);
      } else if (first.group !== row.group) {
        errors.push({
          line: row.line,
          otherLine: first.line,
          message: twoGroupsMessage(row, first)
        });
        row.group = "";
      }
    }

    for (const row of rows) {
      if (rejected.has(row)) continue;
      const next = firstRowOfName.get(row.entity);
      if (next && next.entity !== row.entity && !rejected.has(next)) {
        errors.push({
          line: row.line,
          otherLine: next.line,
          message: chainMessage(row, next)
        });
        rejected.add(row);
      }
    }

    errors.sort((a, b) => a.line - b.line);
    return {entries: rows.filter((row) => !rejected.has(row)), errors};
  }
}

// The findings across rows, worded once for both checkers (AliasesReader here, staged-aliases.ts in SQL).
type RowRef = Pick<AliasEntry, "name" | "entity" | "group" | "line">;

export function twoEntitiesMessage(row: RowRef, first: RowRef): string {
  return (
    `"${row.name}" is mapped to two entities: "${first.entity}" on line ${first.line} and ` +
    `"${row.entity}" on line ${row.line}; keep one of the two lines`
  );
}

export function twoGroupsMessage(row: RowRef, first: RowRef): string {
  return (
    `entity "${row.entity}" is in two groups: "${first.group}" on line ${first.line} and ` +
    `"${row.group}" on line ${row.line}; the group of line ${row.line} is ignored`
  );
}

export function chainMessage(row: RowRef, next: RowRef): string {
  return `entity "${row.entity}" is itself mapped to "${next.entity}" on line ${next.line}; map "${row.name}" to "${next.entity}" directly`;
}

/** The suggestions as CSV text for Excel: UTF-8 with BOM, CRLF, every cell quoted, formulas neutralised. */
export function formatSuggestionsCsv(suggestions: readonly MergeSuggestion[]): string {
  const lines = [SUGGESTION_COLUMNS.map(quoteCell).join(",")];
  for (const s of suggestions) {
    const cells = [s.name, s.entity, s.group, s.reason, String(s.count), String(s.otherCount)];
    lines.push(cells.map((cell) => quoteCell(neutraliseCell(cell))).join(","));
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

// Excel runs a cell that starts with = + - @ (or a tab or CR, per OWASP's CSV-injection advice) as a formula, even
// from a CSV. A leading single quote makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** `=HYPERLINK(…)` → `'=HYPERLINK(…)`; other cells unchanged. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse, applied when reading: Excel keeps the quote when a neutralised file is saved again. */
function unneutraliseCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quoteCell(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}
