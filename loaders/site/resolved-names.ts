// Where applicant rows get their entity (名寄せ後) and group. Warehouses written before applicant names existed
// lack the view; read-only loaders cannot add it, so each name then stands for itself (the charts still work, and
// the next ingest adds the view).

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryValue} from "../warehouse/query.js";

export interface ResolvedNamesSource {
  /** A relation with columns application_number, position, name, entity, group_name. */
  relation: string;
  resolved: boolean;
}

export async function resolvedNamesSource(connection: DuckDBConnection): Promise<ResolvedNamesSource> {
  const views = await queryValue<number>(
    connection,
    `SELECT count(*) FROM duckdb_views() WHERE view_name = 'patent_applicants_resolved' AND NOT temporary`
  );
  return views
    ? {relation: "patent_applicants_resolved", resolved: true}
    : {
        relation:
          "(SELECT application_number, position, name, name AS entity, name AS group_name FROM patent_applicants)",
        resolved: false
      };
}
