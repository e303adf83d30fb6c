// Ingests a list of files into one warehouse, file by file (each in its own transaction), and checkpoints at
// the end so that read-only readers (the site build) find everything in the database file itself.

import {refreshReferenceTables} from "../kpi/load-reference.js";
import {refreshApplicantNames} from "../names/refresh-names.js";
import {openWarehouse, type OpenOptions} from "../warehouse/connection.js";
import type {InputFile} from "./collect-inputs.js";
import {BatchLedger} from "./batch-ledger.js";
import {loadPreparedFile, prepareFile, type FileReport, type PreparedFile} from "./ingest-file.js";

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
  /** How to wait for the warehouse when another process holds it. */
  open?: Pick<OpenOptions, "lockTimeoutMs" | "onBusy">;
}

export async function ingestFiles(warehousePath: string, files: readonly InputFile[], options: RunOptions = {}): Promise<RunReport> {
  const started = performance.now();
  const warehouse = await openWarehouse(warehousePath, options.open);
  const reports: FileReport[] = [];
  // Each file commits on its own. With DuckDB's default 16 MB threshold a checkpoint would follow every few
  // files (measured: commits took half the time of a 300,000-row run); 256 MB keeps them rare while memory stays
  // bounded (the benchmark prints the peak).
  await warehouse.connection.run(`SET checkpoint_threshold = '256MB'`);
  // DuckDB's default limit is 80% of the machine's memory, and it keeps what it wrote cached up to that limit: the
  // peak grew with the warehouse (1.9 GB at a million applications). The loads are appends and small joins, and
  // what does not fit spills to the database's .tmp folder; the limit is also what caps the growth of a run.
  await warehouse.connection.run(`SET memory_limit = '${process.env.CHIZAI_INGEST_MEMORY ?? "512MB"}'`);
  try {
    await refreshReferenceTables(warehouse.connection);
    await refreshApplicantNames(warehouse.connection);
    const ledger = await BatchLedger.read(warehouse.connection);
    // While DuckDB writes one file's commit, the next file is decoded and read (pure CPU): two cores, both busy.
    let next: PreparedFile | null = null;
    const prepare = (index: number) => {
      if (index >= files.length) return;
      options.onFileStart?.(files[index]!, index);
      next = prepareFile(files[index]!);
    };
    prepare(0);
    for (let index = 0; index < files.length; index++) {
      const current: PreparedFile = next!;
      next = null;
      const report = await loadPreparedFile(warehouse.connection, current, ledger, () => prepare(index + 1));
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
