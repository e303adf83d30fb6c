// One decoded support-record file (支援実績) → its records and rejected rows. Pure: no I/O, no database; the
// reference data comes in as `lookups`. Every data row is either a record or a reject: rowsRead = records + rejects.
// Two rows naming the same company, program and day are both kept: a company supported twice is two rows of
// support, and counting companies (not rows) is the outcome's business.

import {readTable, type RejectedRow, type TableHeader} from "../csv/read-table.js";
import type {ReadFile} from "../ingest/file-kind.js";
import type {KpiLookups} from "../kpi/kpi-lookups.js";
import {detectSupportLayout, type SupportLayout} from "./support-layout.js";
import {normaliseSupportRecord, type SupportRecord} from "./support-row.js";

export interface SourcedSupportRecord extends SupportRecord {
  lineStart: number;
  lineEnd: number;
}

export interface SupportFile extends ReadFile {
  records: SourcedSupportRecord[];
}

interface SupportTableHeader extends TableHeader {
  layout: SupportLayout;
}

function readSupportHeader(cells: string[]): SupportTableHeader | null {
  const layout = detectSupportLayout(cells);
  return layout ? {layout, columnCount: layout.columnCount} : null;
}

/** Reads a support-record file; null when its first record is not a support-record header. */
export function readSupportFile(text: string, lookups: KpiLookups): SupportFile | null {
  const table = readTable(text, readSupportHeader);
  if (!table) return null;
  const records: SourcedSupportRecord[] = [];
  const rejects: RejectedRow[] = [...table.rejects];
  for (const row of table.rows) {
    const result = normaliseSupportRecord(row.fields, row.header.layout, lookups);
    if (result.ok) records.push({...result.record, lineStart: row.lineStart, lineEnd: row.lineEnd});
    else rejects.push({lineStart: row.lineStart, lineEnd: row.lineEnd, errorType: result.errorType, reason: result.reason, raw: row.raw()});
  }
  rejects.sort((a, b) => a.lineStart - b.lineStart);

  const warnings: string[] = [];
  const ignored = new Set(table.headers.flatMap((h) => h.layout.ignoredColumns));
  if (ignored.size > 0) warnings.push(`columns not read: ${[...ignored].join(", ")}`);
  if (table.headers.length > 1) warnings.push(`${table.headers.length} headers: files pasted together were read as their rows`);
  return {
    headerCells: table.headerCells,
    headerCount: table.headers.length,
    rowsRead: table.rows.length + table.rejects.length,
    rejects,
    blankRows: table.blankRows,
    warnings,
    records
  };
}
