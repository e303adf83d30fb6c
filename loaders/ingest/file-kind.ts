// What the ingest pipeline needs from each kind of input file (J-PlatPat export, KPI sheet, …): recognise its
// header, read the decoded text (pure), and load what was read inside the file's transaction.

import type {DuckDBConnection} from "@duckdb/node-api";
import type {RejectedRow} from "../csv/read-table.js";

/** What reading a file gives, whatever its kind. Counts here are before the warehouse is consulted. */
export interface ReadFile {
  headerCells: string[];
  headerCount: number;
  /** Data rows read, rejected ones included; headers and blank rows excluded. */
  rowsRead: number;
  rejects: RejectedRow[];
  blankRows: number;
  warnings: string[];
}

export interface LoadTarget {
  batchId: number;
  collection: string;
  /** The bundled fictional sample: kinds whose rows carry is_sample (support records) mark them. */
  isSample?: boolean;
  /** The file's full path: what identifies "the same file" when a new version of it replaces its entries. */
  filePath: string;
}

/** rowsRead = rowsLoaded + rowsMerged + rejects.length must hold for every file. */
export interface LoadCounts {
  rowsLoaded: number;
  rowsMerged: number;
  /** Values in the warehouse replaced by this file (KPI figures reported again). */
  rowsSuperseded: number;
}

export interface FileKind<R extends ReadFile = ReadFile> {
  id: string;
  /** Shown to users: "J-PlatPat export". */
  label: string;
  /** The header this kind expects, for the message that refuses an unrecognised file. */
  expectedHeader: string;
  matchesHeader(cells: string[]): boolean;
  read(text: string): R | null;
  load(connection: DuckDBConnection, target: LoadTarget, read: R): Promise<LoadCounts>;
  /** Called after a file's transaction was rolled back, to drop any in-memory state it had updated. */
  rolledBack?(connection: DuckDBConnection): void;
}
