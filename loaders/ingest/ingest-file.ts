// Ingests one file in two phases.
//
// prepareFile (pure CPU, no warehouse): read the bytes, hash, decode, recognise the kind, read the rows.
// loadPreparedFile: load what was read in one transaction together with the file's batch row and rejected rows.
// A file loads completely (minus its rejected rows) or changes nothing; a file seen before (same sha256) changes
// nothing and says so; a file that cannot be read is refused as a whole and the refusal is recorded.
//
// The split lets the run prepare the next file while DuckDB writes the previous one's commit (ingest-run.ts).

import {createHash} from "node:crypto";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {firstRecordCells, type RejectedRow} from "../csv/read-table.js";
import {NotARegularFile, readRegularFile} from "../files/read-regular-file.js";
import {decodeBytes, EncodingError} from "../text/decode.js";
import {appendRows} from "../warehouse/append.js";
import type {BatchLedger} from "./batch-ledger.js";
import type {InputFile} from "./collect-inputs.js";
import type {FileKind, ReadFile} from "./file-kind.js";
import {detectFileKind, FILE_KINDS} from "./file-kinds.js";

export type FileStatus = "loaded" | "skipped" | "refused";

export interface FileReport {
  path: string;
  fileName: string;
  status: FileStatus;
  /** The batch that loaded (or refused) the file, or, when skipped, the batch that loaded it before. */
  batchId: number | null;
  kind: string | null;
  collection: string;
  isSample: boolean;
  sha256: string;
  encoding: string | null;
  columnCount: number | null;
  headerCount: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsMerged: number;
  rowsRejected: number;
  rowsSuperseded: number;
  blankRows: number;
  durationMs: number;
  /** Why the file was refused or skipped. */
  message: string | null;
  warnings: string[];
  rejects: RejectedRow[];
}

export interface PreparedFile {
  report: FileReport;
  /** False when the path could not be read as a file at all (a pipe, a device, too large): no content, no hash. */
  contentRead: boolean;
  fileBytes: number;
  encodingEvidence: string | null;
  /** Set when the file can be loaded; absent when it is refused. */
  kind?: FileKind<ReadFile>;
  read?: ReadFile;
  /** Milliseconds spent preparing, added to the file's duration. */
  preparedMs: number;
}

/** A refusal: the file as a whole cannot be ingested; the message says why and what to do. */
class FileRefusal extends Error {}

// The largest input read into memory. A J-PlatPat export holds 3,000 records at most: about 4 MB with abstracts
// (real exports measure 1.3 KB a record with them, 0.36 KB without); KPI sheets are smaller still. 128 MB leaves
// room for thirty full exports pasted into one file. Reading costs several times the file's size (measured: a
// 30 MB file raised the peak RSS from 159 to 263 MB), so a file far larger, most likely not an export at all (a
// database dump, a disk image), would exhaust an office PC before it could be refused for its content.
const MAX_INPUT_BYTES = 128 * 1024 * 1024;

const TRUNCATED_WARNING =
  "the file ends in the middle of a character: it was probably cut short (its last record is checked like any other)";

export function prepareFile(input: InputFile): PreparedFile {
  const started = performance.now();
  const report: FileReport = {
    path: input.path,
    fileName: path.basename(input.path),
    status: "refused",
    batchId: null,
    kind: null,
    collection: input.collection,
    isSample: input.isSample ?? false,
    sha256: "",
    encoding: null,
    columnCount: null,
    headerCount: 0,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsMerged: 0,
    rowsRejected: 0,
    rowsSuperseded: 0,
    blankRows: 0,
    durationMs: 0,
    message: null,
    warnings: [],
    rejects: []
  };
  const prepared: PreparedFile = {report, contentRead: false, fileBytes: 0, encodingEvidence: null, preparedMs: 0};
  try {
    const bytes = readInputBytes(input.path, prepared);
    report.sha256 = createHash("sha256").update(bytes).digest("hex");
    prepared.contentRead = true;
    prepared.fileBytes = bytes.length;
    readForLoading(bytes, prepared);
  } catch (error) {
    if (!(error instanceof FileRefusal || error instanceof EncodingError)) throw error;
    report.message = error.message;
  }
  prepared.preparedMs = performance.now() - started;
  return prepared;
}

function readInputBytes(filePath: string, prepared: PreparedFile): Buffer {
  try {
    return readRegularFile(filePath, MAX_INPUT_BYTES);
  } catch (error) {
    if (!(error instanceof NotARegularFile)) throw error;
    prepared.fileBytes = error.size;
    throw new FileRefusal(error.reason);
  }
}

function readForLoading(bytes: Buffer, prepared: PreparedFile): void {
  const {report} = prepared;
  if (bytes.length === 0) throw new FileRefusal("the file is empty (0 bytes): export it again");
  const decoded = decodeBytes(bytes);
  report.encoding = decoded.encoding;
  prepared.encodingEvidence = decoded.evidence;

  const headerCells = firstRecordCells(decoded.text);
  if (!headerCells) throw new FileRefusal("the file has no header row (it is empty or starts with a broken quote)");
  const kind = detectFileKind(headerCells);
  if (!kind) {
    throw new FileRefusal(
      `not a file chizai-atlas can read: its first line is "${headerCells.join(",").slice(0, 160)}". Expected one of:\n` +
        FILE_KINDS.map((k) => `  - ${k.label}: ${k.expectedHeader}`).join("\n")
    );
  }
  const read = kind.read(decoded.text);
  if (!read) throw new FileRefusal(`the file looked like a ${kind.label} but its header could not be read`);
  report.kind = kind.id;
  report.columnCount = read.headerCells.length;
  report.headerCount = read.headerCount;
  report.rowsRead = read.rowsRead;
  report.rejects = read.rejects;
  report.rowsRejected = read.rejects.length;
  report.blankRows = read.blankRows;
  report.warnings = decoded.truncated ? [TRUNCATED_WARNING, ...read.warnings] : read.warnings;
  prepared.kind = kind;
  prepared.read = read;
}

/**
 * Loads a prepared file. `whileCommitting` runs once the commit has been handed to DuckDB (or right away when
 * nothing is committed), so that the caller can prepare the next file meanwhile.
 */
export async function loadPreparedFile(
  connection: DuckDBConnection,
  prepared: PreparedFile,
  ledger: BatchLedger,
  whileCommitting: () => void = () => {}
): Promise<FileReport> {
  const started = performance.now();
  const {report} = prepared;
  const finish = () => {
    report.durationMs = prepared.preparedMs + (performance.now() - started);
    return report;
  };

  const earlier = ledger.loadedBefore(report.sha256);
  if (earlier) {
    whileCommitting();
    report.status = "skipped";
    report.batchId = earlier.batchId;
    report.rowsRead = report.rowsRejected = report.blankRows = 0;
    report.rejects = [];
    report.warnings = [];
    report.message =
      `already ingested as batch ${earlier.batchId} (${earlier.fileName}, collection "${earlier.collection ?? ""}"): ` +
      `nothing changed`;
    return finish();
  }
  const {kind, read} = prepared;
  if (!kind || !read) {
    await recordRefusal(connection, prepared, ledger);
    whileCommitting();
    return finish();
  }

  await connection.run("BEGIN TRANSACTION");
  let committing = false;
  try {
    const batchId = ledger.nextBatchId();
    const counts = await kind.load(connection, {batchId, collection: report.collection, isSample: report.isSample, filePath: report.path}, read);
    Object.assign(report, counts, {batchId, status: "loaded"});
    if (report.rowsRead !== report.rowsLoaded + report.rowsMerged + report.rowsRejected) {
      throw new Error(
        `internal error: counts do not balance for ${report.fileName}: read ${report.rowsRead} ≠ loaded ` +
          `${report.rowsLoaded} + merged ${report.rowsMerged} + rejected ${report.rowsRejected}; nothing was loaded`
      );
    }
    await appendRows(
      connection,
      "rejects",
      read.rejects.map((r) => [batchId, r.lineStart, r.lineEnd, r.errorType, r.reason, r.raw])
    );
    report.durationMs = prepared.preparedMs + (performance.now() - started);
    await insertBatch(connection, prepared, read.headerCells);
    const commit = connection.run("COMMIT");
    committing = true;
    whileCommitting();
    await commit;
    ledger.recordLoaded(report.sha256, {batchId, fileName: report.fileName, collection: report.collection});
  } catch (error) {
    // A failed COMMIT has already ended the transaction; anything else is still open.
    if (!committing) await connection.run("ROLLBACK");
    kind.rolledBack?.(connection);
    throw error;
  }
  return finish();
}

async function insertBatch(connection: DuckDBConnection, prepared: PreparedFile, headerCells: string[] | null): Promise<void> {
  const {report} = prepared;
  await connection.run(
    `INSERT INTO batches (batch_id, file_name, file_path, sha256, file_bytes, kind, collection, is_sample, encoding,
       encoding_evidence, column_count, columns, header_count, rows_read, rows_loaded, rows_merged, rows_rejected,
       rows_superseded, blank_lines, status, message, warnings, ingested_at, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $23, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       current_localtimestamp(), $22)`,
    [
      report.batchId!, report.fileName, report.path, report.sha256, prepared.fileBytes, report.kind, report.collection,
      report.encoding, prepared.encodingEvidence, report.columnCount, headerCells ? headerCells.join(",") : null,
      report.headerCount, report.rowsRead, report.rowsLoaded, report.rowsMerged, report.rowsRejected,
      report.rowsSuperseded, report.blankRows, report.status, report.message,
      report.warnings.length ? report.warnings.join("; ") : null, Math.round(report.durationMs), report.isSample
    ]
  );
}

/**
 * Refusals are recorded too (once per file content), so the data-quality page lists every file given. A path that
 * could not be read as a file (a pipe, a device, a file too large) has no content to record or to recognise again:
 * its refusal is reported by the command only, with no batch row.
 */
async function recordRefusal(connection: DuckDBConnection, prepared: PreparedFile, ledger: BatchLedger): Promise<void> {
  const {report} = prepared;
  report.status = "refused";
  if (!prepared.contentRead || ledger.wasRefused(report.sha256)) return;
  report.batchId = ledger.nextBatchId();
  await insertBatch(connection, prepared, null);
  ledger.recordRefused(report.sha256);
}
