// What the warehouse holds, for `chizai status` and the site's 概要 page.

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "./query.js";

export interface CollectionSummary {
  collection: string;
  applications: number;
  first_filing: string | null;
  last_filing: string | null;
}

export interface WarehouseStatus {
  patents: number;
  applicants: number;
  fiCodes: number;
  firstFiling: string | null;
  lastFiling: string | null;
  collections: CollectionSummary[];
  batchesLoaded: number;
  batchesRefused: number;
  rejects: number;
  lastIngest: string | null;
  /** Counts of any further tables (KPI facts, …), by table name. */
  otherTables: Record<string, number>;
}

export async function readWarehouseStatus(connection: DuckDBConnection): Promise<WarehouseStatus> {
  const [totals] = await queryRows<{
    patents: number; applicants: number; fi_codes: number; first_filing: string | null; last_filing: string | null;
  }>(
    connection,
    `SELECT (SELECT count(*) FROM patents) AS patents,
            (SELECT count(DISTINCT name_key) FROM patent_applicants) AS applicants,
            (SELECT count(*) FROM patent_fi) AS fi_codes,
            (SELECT min(filing_date) FROM patents) AS first_filing,
            (SELECT max(filing_date) FROM patents) AS last_filing`
  );
  const collections = await queryRows<CollectionSummary>(
    connection,
    `SELECT c.collection, count(*) AS applications, min(p.filing_date) AS first_filing, max(p.filing_date) AS last_filing
     FROM collections c JOIN patents p USING (application_number)
     GROUP BY c.collection ORDER BY c.collection`
  );
  const [batches] = await queryRows<{loaded: number; refused: number; rejects: number; last_ingest: string | null}>(
    connection,
    `SELECT count(*) FILTER (WHERE status = 'loaded') AS loaded, count(*) FILTER (WHERE status = 'refused') AS refused,
            (SELECT count(*) FROM rejects) AS rejects, max(ingested_at) AS last_ingest
     FROM batches`
  );
  const otherTables: Record<string, number> = {};
  const extra = await queryRows<{table_name: string; estimated_size: number}>(
    connection,
    `SELECT table_name, estimated_size FROM duckdb_tables()
     WHERE database_name = current_database() AND NOT temporary AND table_name NOT IN
       ('schema_info', 'schema_migrations', 'batches', 'rejects', 'patents', 'patent_applicants', 'patent_fi', 'collections',
        'patent_sources')
     ORDER BY table_name`
  );
  for (const {table_name} of extra) {
    const [row] = await queryRows<{n: number}>(connection, `SELECT count(*) AS n FROM "${table_name}"`);
    otherTables[table_name] = row?.n ?? 0;
  }
  return {
    patents: totals!.patents,
    applicants: totals!.applicants,
    fiCodes: totals!.fi_codes,
    firstFiling: totals!.first_filing,
    lastFiling: totals!.last_filing,
    collections,
    batchesLoaded: batches!.loaded,
    batchesRefused: batches!.refused,
    rejects: batches!.rejects,
    lastIngest: batches!.last_ingest,
    otherTables
  };
}
