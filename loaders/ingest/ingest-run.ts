// Ingests a list of files into one warehouse, file by file (each in its own transaction), and checkpoints at
// the end so that read-only readers (the site build) find everything in the database file itself.

import {refreshReferenceTables} from "../kpi/load-reference.js";
import {refreshApplicantNames} from "../names/refresh-names.js";
import {openWarehouse} from "../warehouse/connection.js";
import type {InputFile} from "./collect-inputs.js";
import {ingestFile, type FileReport} from "./ingest-file.js";

export interface RunTotals {
  files: number;
  loaded: number;
  skipped: number;
  refused: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsMerged: number;
  rowsRejected: number;
  rowsSuperseded: number;
  durationMs: number;
}

export interface RunReport {
  warehouse: string;
  files: FileReport[];
  totals: RunTotals;
}

export interface RunOptions {
  onFileStart?(file: InputFile, index: number): void;
  onFileDone?(report: FileReport, index: number): void;
}

export async function ingestFiles(warehousePath: string, files: readonly InputFile[], options: RunOptions = {}): Promise<RunReport> {
  const started = performance.now();
  const warehouse = await openWarehouse(warehousePath);
  const reports: FileReport[] = [];
  // Each file commits to the write-ahead log; checkpointing after every few files would rewrite the tables and
  // their indexes again and again (quadratic in the warehouse size). Checkpoint once, at the end of the run.
  await warehouse.connection.run(`SET checkpoint_threshold = '16GB'`);
  try {
    await refreshReferenceTables(warehouse.connection);
    await refreshApplicantNames(warehouse.connection);
    for (const [index, file] of files.entries()) {
      options.onFileStart?.(file, index);
      const report = await ingestFile(warehouse.connection, file);
      reports.push(report);
      options.onFileDone?.(report, index);
    }
    await warehouse.connection.run("CHECKPOINT");
  } finally {
    warehouse.close();
  }
  return {warehouse: warehousePath, files: reports, totals: totalsOf(reports, performance.now() - started)};
}

export function totalsOf(reports: readonly FileReport[], durationMs: number): RunTotals {
  const sum = (pick: (r: FileReport) => number) => reports.reduce((acc, r) => acc + pick(r), 0);
  return {
    files: reports.length,
    loaded: reports.filter((r) => r.status === "loaded").length,
    skipped: reports.filter((r) => r.status === "skipped").length,
    refused: reports.filter((r) => r.status === "refused").length,
    rowsRead: sum((r) => r.rowsRead),
    rowsLoaded: sum((r) => r.rowsLoaded),
    rowsMerged: sum((r) => r.rowsMerged),
    rowsRejected: sum((r) => r.rowsRejected),
    rowsSuperseded: sum((r) => r.rowsSuperseded),
    durationMs
  };
}
