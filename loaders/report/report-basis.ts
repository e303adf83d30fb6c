// What the report's data basis slide says about each collection: the 検索式 and 検索日 the user recorded
// (collection_notes), the files ingested into it with their counts balance (rows read = loaded + merged + rejected),
// and the applications. Read by the site's loader (src/data/report-basis.json.ts) and by `npm run report`.

import type {DuckDBConnection} from "@duckdb/node-api";
import type {ReportBasis, ReportFile} from "../../src/components/report/report-basis.js";
import {queryRows} from "../warehouse/query.js";

export async function readReportBasis(connection: DuckDBConnection): Promise<ReportBasis> {
  const notes = await queryRows<{collection: string; query: string | null; date: string | null; note: string | null}>(
    connection,
    `SELECT collection, search_query AS query, strftime(search_date, '%Y-%m-%d') AS date, note
     FROM collection_notes ORDER BY collection`
  );
  const files = await queryRows<ReportFile & {collection: string}>(
    connection,
    `SELECT collection, file_name AS name, rows_read::INTEGER AS read, rows_loaded::INTEGER AS loaded,
       rows_merged::INTEGER AS merged, rows_rejected::INTEGER AS rejected, rows_superseded::INTEGER AS superseded,
       is_sample AS sample, strftime(ingested_at, '%Y-%m-%d %H:%M') AS ingested
     FROM batches WHERE status = 'loaded' AND kind = 'jplatpat' AND collection IS NOT NULL
     ORDER BY collection, batch_id`
  );
  const names = [...new Set([...files.map((f) => f.collection), ...notes.map((n) => n.collection)])].sort();
  return {
    collections: names.map((name) => {
      const note = notes.find((n) => n.collection === name);
      return {
        name,
        searchQuery: note?.query ?? null,
        searchDate: note?.date ?? null,
        note: note?.note ?? null,
        files: files
          .filter((f) => f.collection === name)
          .map(({collection: _, ...file}) => ({...file, sample: Boolean(file.sample)}))
      };
    })
  };
}
