// One decoded J-PlatPat export → the applications it holds, merged within the file, and its rejected rows.
// Pure: no I/O, no database. The counts it returns balance: rowsRead = records + mergedInFile + rejects.

import {readTable, type RejectedRow} from "../csv/read-table.js";
import {readJplatpatHeader, type JplatpatHeader} from "./columns.js";
import {mergePatentRecords, normalisePatentRow, type PatentRecord} from "./patent-record.js";

export interface SourcedPatent {
  record: PatentRecord;
  /** Line spans of every row that gave the record (several when the file repeats an application). */
  lines: Array<[lineStart: number, lineEnd: number]>;
}

export interface JplatpatExport {
  header: JplatpatHeader;
  headerCells: string[];
  headerCount: number;
  /** One entry per application, in the order first seen. */
  patents: SourcedPatent[];
  rejects: RejectedRow[];
  rowsRead: number;
  /** Rows that repeated an application already seen earlier in the same file. */
  mergedInFile: number;
  blankRows: number;
  warnings: string[];
}

/** Reads an export; null when its first record is not a J-PlatPat header. */
export function readJplatpatExport(text: string): JplatpatExport | null {
  const table = readTable(text, readJplatpatHeader);
  if (!table) return null;

  const byKey = new Map<string, SourcedPatent>();
  const rejects = [...table.rejects];
  let mergedInFile = 0;
  for (const row of table.rows) {
    const result = normalisePatentRow(row.fields, row.header.columns);
    if (!result.ok) {
      rejects.push({lineStart: row.lineStart, lineEnd: row.lineEnd, errorType: result.errorType, reason: result.reason, raw: row.raw()});
      continue;
    }
    const earlier = byKey.get(result.record.applicationKey);
    if (earlier) {
      mergedInFile++;
      earlier.record = mergePatentRecords(earlier.record, result.record);
      earlier.lines.push([row.lineStart, row.lineEnd]);
    } else {
      byKey.set(result.record.applicationKey, {record: result.record, lines: [[row.lineStart, row.lineEnd]]});
    }
  }
  rejects.sort((a, b) => a.lineStart - b.lineStart);

  const warnings: string[] = [];
  const unknown = new Set(table.headers.flatMap((h) => h.unknownColumns));
  if (unknown.size > 0) warnings.push(`unknown columns ignored: ${[...unknown].join(", ")}`);
  if (table.headers.length > 1) {
    warnings.push(`${table.headers.length} headers: exports pasted together were read as their rows`);
  }

  return {
    header: table.header,
    headerCells: table.headerCells,
    headerCount: table.headers.length,
    patents: [...byKey.values()],
    rejects,
    rowsRead: table.rows.length + table.rejects.length,
    mergedInFile,
    blankRows: table.blankRows,
    warnings
  };
}
