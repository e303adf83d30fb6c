// Ingests one file: hash, decode, recognise, read, and load it in one transaction together with its batch row
// and its rejected rows. A file loads completely (minus its rejected rows) or changes nothing; a file seen
// before (same sha256) changes nothing and says so; a file that cannot be read is refused as a whole and the
// refusal is recorded.

import {createHash} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {firstRecordCells} from "../csv/read-table.js";
import {decodeBytes, EncodingError, type DecodedText} from "../text/decode.js";
import {queryRows} from "../warehouse/query.js";
import {appendRows} from "../warehouse/append.js";
import {detectFileKind, FILE_KINDS} from "./file-kinds.js";
import type {RejectedRow} from "../csv/read-table.js";
import type {InputFile} from "./collect-inputs.js";

export type FileStatus = "loaded" | "skipped" | "refused";

export interface FileReport {
  path: string;
  fileName: string;
  status: FileStatus;
  /** The batch that loaded the file, or (when skipped) the batch that loaded it before. */
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

/** A refusal: the file as a whole cannot be ingested; the message says why and what to do. */
class FileRefusal extends Error {}

export async function ingestFile(connection: DuckDBConnection, input: InputFile): Promise<FileReport> {
  const {path: filePath, collection} = input;
  const started = performance.now();
  const bytes = fs.readFileSync(filePath);
  const report: FileReport = {
    path: filePath,
    fileName: path.basename(filePath),
    status: "refused",
    batchId: null,
    kind: null,
    collection,
    isSample: input.isSample ?? false,
    sha256: createHash("sha256").update(bytes).digest("hex"),
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

  const earlier = await queryRows<{batch_id: number; collection: string | null; file_name: string}>(
    connection,
    `SELECT batch_id, collection, file_name FROM batches WHERE sha256 = $1 AND status = 'loaded' ORDER BY batch_id LIMIT 1`,
    [report.sha256]
  );
  if (earlier[0]) {
    report.status = "skipped";
    report.batchId = earlier[0].batch_id;
    report.message =
      `already ingested as batch ${earlier[0].batch_id} (${earlier[0].file_name}, collection ` +
      `"${earlier[0].collection ?? ""}"): nothing changed`;
    report.durationMs = performance.now() - started;
    return report;
  }

  try {
    await ingestNewFile(connection, bytes, report, started);
  } catch (error) {
    if (!(error instanceof FileRefusal || error instanceof EncodingError)) throw error;
    report.status = "refused";
    report.message = error.message;
    report.durationMs = performance.now() - started;
    await recordRefusal(connection, report, bytes.length);
  }
  report.durationMs = performance.now() - started;
  return report;
}

async function ingestNewFile(
  connection: DuckDBConnection,
  bytes: Buffer,
  report: FileReport,
  started: number
): Promise<void> {
  if (bytes.length === 0) throw new FileRefusal("the file is empty (0 bytes): export it again");
  const decoded: DecodedText = decodeBytes(bytes);
  report.encoding = decoded.encoding;

  const headerCells = firstRecordCells(decoded.text);
  if (!headerCells) throw new FileRefusal("the file has no header row (it is empty or starts with a broken quote)");
  const kind = detectFileKind(headerCells);
  if (!kind) {
    throw new FileRefusal(
      `not a file chizai-atlas can read: its first line is "${headerCells.join(",").slice(0, 160)}". Expected one of:\n` +
        FILE_KINDS.map((k) => `  - ${k.label}: ${k.expectedHeader}`).join("\n")
    );
  }
  report.kind = kind.id;
  const read = kind.read(decoded.text);
  if (!read) throw new FileRefusal(`the file looked like a ${kind.label} but its header could not be read`);
  report.columnCount = read.headerCells.length;
  report.headerCount = read.headerCount;
  report.rowsRead = read.rowsRead;
  report.rejects = read.rejects;
  report.rowsRejected = read.rejects.length;
  report.blankRows = read.blankRows;
  report.warnings = decoded.truncated
    ? ["the file ends in the middle of a character: it was probably cut short (its last record is checked like any other)", ...read.warnings]
    : read.warnings;

  await connection.run("BEGIN TRANSACTION");
  try {
    const batchId = await nextBatchId(connection);
    const counts = await kind.load(connection, {batchId, collection: report.collection}, read);
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
    report.durationMs = performance.now() - started;
    await insertBatch(connection, report, bytes.length, decoded.evidence, read.headerCells);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    kind.rolledBack?.(connection);
    throw error;
  }
}

async function nextBatchId(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll(`SELECT nextval('batch_id_seq')`);
  return Number(reader.getRowsJS()[0]![0]);
}

async function insertBatch(
  connection: DuckDBConnection,
  report: FileReport,
  fileBytes: number,
  encodingEvidence: string | null,
  headerCells: string[] | null
): Promise<void> {
  await connection.run(
    `INSERT INTO batches (batch_id, file_name, file_path, sha256, file_bytes, kind, collection, is_sample, encoding,
       encoding_evidence, column_count, columns, header_count, rows_read, rows_loaded, rows_merged, rows_rejected,
       rows_superseded, blank_lines, status, message, warnings, ingested_at, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $23, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       current_localtimestamp(), $22)`,
    [
      report.batchId!, report.fileName, report.path, report.sha256, fileBytes, report.kind, report.collection,
      report.encoding, encodingEvidence, report.columnCount, headerCells ? headerCells.join(",") : null,
      report.headerCount, report.rowsRead, report.rowsLoaded, report.rowsMerged, report.rowsRejected,
      report.rowsSuperseded, report.blankRows, report.status, report.message,
      report.warnings.length ? report.warnings.join("; ") : null, Math.round(report.durationMs), report.isSample
    ]
  );
}

/** Refusals are recorded too (once per file content), so the data-quality page lists every file given. */
async function recordRefusal(connection: DuckDBConnection, report: FileReport, fileBytes: number): Promise<void> {
  const seen = await queryRows(connection, `SELECT 1 FROM batches WHERE sha256 = $1 AND status = 'refused'`, [report.sha256]);
  if (seen.length > 0) return;
  report.batchId = await nextBatchId(connection);
  await insertBatch(connection, report, fileBytes, null, null);
}
