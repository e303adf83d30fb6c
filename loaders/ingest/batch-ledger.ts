// What the warehouse's `batches` table says about files seen before, read once per ingest run and kept in step
// with every file committed since. The ingest CLI is the warehouse's only writer, so the copy cannot go stale;
// it saves two queries per file (is this content known? which batch id is next?).

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/query.js";

export interface LoadedBatch {
  batchId: number;
  fileName: string;
  collection: string | null;
}

export class BatchLedger {
  private constructor(
    private lastBatchId: number,
    private readonly loaded: Map<string, LoadedBatch>,
    private readonly refused: Set<string>
  ) {}

  static async read(connection: DuckDBConnection): Promise<BatchLedger> {
    const rows = await queryRows<{batch_id: number; sha256: string; status: string; file_name: string; collection: string | null}>(
      connection,
      `SELECT batch_id, sha256, status, file_name, collection FROM batches ORDER BY batch_id`
    );
    const loaded = new Map<string, LoadedBatch>();
    const refused = new Set<string>();
    let last = 0;
    for (const row of rows) {
      last = Math.max(last, row.batch_id);
      if (row.status === "refused") refused.add(row.sha256);
      else if (!loaded.has(row.sha256)) loaded.set(row.sha256, {batchId: row.batch_id, fileName: row.file_name, collection: row.collection});
    }
    return new BatchLedger(last, loaded, refused);
  }

  /** A new batch id. An id taken by a file that is then rolled back is simply never used. */
  nextBatchId(): number {
    return ++this.lastBatchId;
  }

  /** The batch that loaded this content before, if any. */
  loadedBefore(sha256: string): LoadedBatch | undefined {
    return this.loaded.get(sha256);
  }

  wasRefused(sha256: string): boolean {
    return this.refused.has(sha256);
  }

  /** Call after the file's transaction committed. */
  recordLoaded(sha256: string, batch: LoadedBatch): void {
    this.loaded.set(sha256, batch);
  }

  recordRefused(sha256: string): void {
    this.refused.add(sha256);
  }
}
