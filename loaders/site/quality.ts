// The データ品質 page's datasets: every file that was ingested or refused, and every row that was not loaded, with
// the raw text exactly as it was in the file. Files are named as the site names them (display-path.ts), never by
// the path the warehouse keeps.
//
// A publication build (publication.ts) keeps the rejected rows of public kinds only (J-PlatPat exports, KPI sheets):
// a rejected row of a support-record file names a supported company. Those files stay in the file list with their
// counts, without the messages and warnings that could quote them.

import type {DuckDBConnection} from "@duckdb/node-api";
import {inboxFolder} from "../inbox-folder.js";
import {appendRows} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";
import {displayPath} from "./display-path.js";
import {selectToParquet} from "./parquet-export.js";
import {PUBLIC_BATCH_SQL} from "./publication.js";
import type {SiteWarehouse} from "./site-warehouse.js";

/** A temporary table site_display_paths (batch_id, display_path): the name each batch's file is shown by. */
async function createDisplayPaths(connection: DuckDBConnection): Promise<void> {
  const files = await queryRows<{batch_id: number; file_path: string; file_name: string}>(
    connection,
    `SELECT batch_id::INTEGER AS batch_id, file_path, file_name FROM batches`
  );
  const inbox = inboxFolder();
  await connection.run(`CREATE OR REPLACE TEMP TABLE site_display_paths (batch_id INTEGER, display_path VARCHAR)`);
  await appendRows(
    connection,
    "site_display_paths",
    files.map((f) => [f.batch_id, displayPath({filePath: f.file_path, fileName: f.file_name}, {inbox})]),
    "temp"
  );
}

/** One row per batch (file): counts, encoding and its evidence, the header variant, status and message. */
export async function batchesParquet(site: SiteWarehouse, {publication = false} = {}): Promise<Buffer> {
  await createDisplayPaths(site.connection);
  // Refused files (kind unknown) keep their message: it names the file's header, not its rows.
  const quotesRows = publication ? `b.kind IS NOT NULL AND NOT (${PUBLIC_BATCH_SQL})` : "false";
  return selectToParquet(
    site.connection,
    `SELECT batch_id::INTEGER AS batch_id, file_name, p.display_path, coalesce(kind, '') AS kind,
            coalesce(collection, '') AS collection, is_sample,
            coalesce(encoding, '') AS encoding, coalesce(encoding_evidence, '') AS encoding_evidence,
            coalesce(column_count, 0)::INTEGER AS column_count, coalesce(columns, '') AS columns,
            coalesce(header_count, 0)::INTEGER AS header_count,
            rows_read::INTEGER AS rows_read, rows_loaded::INTEGER AS rows_loaded, rows_merged::INTEGER AS rows_merged,
            rows_rejected::INTEGER AS rows_rejected, rows_superseded::INTEGER AS rows_superseded,
            blank_lines::INTEGER AS blank_lines, status,
            CASE WHEN ${quotesRows} THEN '' ELSE coalesce(message, '') END AS message,
            CASE WHEN ${quotesRows} THEN '' ELSE coalesce(warnings, '') END AS warnings,
            strftime(ingested_at, '%Y-%m-%d %H:%M:%S') AS ingested_at,
            coalesce(duration_ms, 0)::INTEGER AS duration_ms, file_bytes::DOUBLE AS file_bytes
     FROM batches b JOIN site_display_paths p USING (batch_id) ORDER BY batch_id`
  );
}

/** One row per rejected record: its file, physical line span (header = line 1), error type, reason and raw text. */
export function rejectsParquet(site: SiteWarehouse, {publication = false} = {}): Promise<Buffer> {
  return selectToParquet(
    site.connection,
    `SELECT r.batch_id::INTEGER AS batch_id, b.file_name, r.line_start::INTEGER AS line_start,
            r.line_end::INTEGER AS line_end, r.error_type, r.reason, r.raw
     FROM rejects r JOIN batches b USING (batch_id)
     ${publication ? `WHERE ${PUBLIC_BATCH_SQL}` : ""}
     ORDER BY r.batch_id, r.line_start`
  );
}
