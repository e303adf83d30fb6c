// The text the keyword search looks in (src/components/search/): per application, in application-id order (the
// row index is the id the landscape pages use), its 発明の名称, 要約 (with <BR> as line breaks) and the applicants'
// names as written, one per line in filing order. The site's loader and `chizai search` read these same rows, so
// the page and the command search the same text with the same module and agree on every count.

import type {DuckDBConnection} from "@duckdb/node-api";
import type {SearchDocument} from "../../src/components/search/search-index.js";
import {queryRows} from "../warehouse/query.js";
import {APPLICATION_ORDER} from "./landscape-archive.js";
import {selectToParquet} from "./parquet-export.js";
import type {SiteWarehouse} from "./site-warehouse.js";

export interface SearchTextRow extends SearchDocument {
  application_number: string;
}

/** The rows of every application, or of the applications in one collection (a bound parameter $1). */
function searchTextSql(inCollection: boolean): string {
  return `
    SELECT p.application_number, coalesce(p.title, '') AS title, coalesce(p.abstract, '') AS abstract,
      coalesce(a.names, '') AS applicants
    FROM patents p
    LEFT JOIN (
      SELECT application_number, string_agg(name, chr(10) ORDER BY position) AS names
      FROM patent_applicants GROUP BY application_number
    ) a USING (application_number)
    ${inCollection ? "WHERE p.application_number IN (SELECT application_number FROM collections WHERE collection = $1)" : ""}
    ORDER BY ${APPLICATION_ORDER}`;
}

/** search-text.parquet: application_number, title, abstract, applicants. */
export function searchTextParquet(site: SiteWarehouse): Promise<Buffer> {
  return selectToParquet(site.connection, searchTextSql(false));
}

/** The same rows for `chizai search`, optionally limited to one collection. */
export function readSearchText(connection: DuckDBConnection, collection: string | null = null): Promise<SearchTextRow[]> {
  return collection === null
    ? queryRows<SearchTextRow>(connection, searchTextSql(false))
    : queryRows<SearchTextRow>(connection, searchTextSql(true), [collection]);
}
