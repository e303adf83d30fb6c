// Likely links between supported companies and applicants that the automatic key missed (names suggest --support):
// suggestMerges' similarity rules over the spellings of both, keeping only the pairs that join a supported company
// no link reaches yet to an applicant entity. Each suggestion is a dictionary row (name = the company as the support
// file spells it, entity = the applicant entity) for a person to review and import with `names import`; nothing is
// linked by itself. The rules are suggestMerges': names that merely share a prefix (トヨタ自動車 / トヨタ紡織) are
// never proposed.

import type {DuckDBConnection} from "@duckdb/node-api";
import {suggestMerges, type MergeSuggestion} from "../names/suggest-merges.js";
import {queryRows} from "../warehouse/query.js";

export interface SupportSuggestions {
  suggestions: MergeSuggestion[];
  /** Supported companies (by key) that no link reaches. */
  unlinkedCompanies: number;
}

export async function suggestSupportLinks(connection: DuckDBConnection): Promise<SupportSuggestions> {
  const companies = await queryRows<{name: string; rows: number}>(
    connection,
    `SELECT company_raw AS name, count(*)::INTEGER AS rows FROM support_records
     WHERE company_key NOT IN (SELECT company_key FROM support_links)
     GROUP BY company_raw`
  );
  const unlinkedCompanies = await queryRows<{n: number}>(
    connection,
    `SELECT count(DISTINCT company_key)::INTEGER AS n FROM support_records
     WHERE company_key NOT IN (SELECT company_key FROM support_links)`
  );
  if (companies.length === 0) return {suggestions: [], unlinkedCompanies: 0};
  const applicants = await queryRows<{name: string; count: number; entity: string}>(
    connection,
    `SELECT name, count(DISTINCT application_number)::INTEGER AS count, any_value(entity) AS entity
     FROM patent_applicants_resolved GROUP BY name`
  );
  const entityCounts = await queryRows<{entity: string; count: number}>(
    connection,
    `SELECT entity, count(DISTINCT application_number)::INTEGER AS count FROM patent_applicants_resolved GROUP BY entity`
  );
  const applicationsOfEntity = new Map(entityCounts.map((r) => [r.entity, r.count]));
  const applicantByName = new Map(applicants.map((a) => [a.name, a]));
  const supportRows = new Map(companies.map((c) => [c.name, c.rows]));

  // Supported spellings enter with no applications, so that the applicant side is always the one joined.
  const names = [
    ...applicants.map(({name, count}) => ({name, count})),
    ...companies.filter((c) => !applicantByName.has(c.name)).map((c) => ({name: c.name, count: 0}))
  ];
  const suggestions: MergeSuggestion[] = [];
  for (const suggestion of suggestMerges(names)) {
    const rows = supportRows.get(suggestion.name);
    const applicant = applicantByName.get(suggestion.entity);
    if (rows === undefined || applicant === undefined || applicantByName.has(suggestion.name)) continue;
    suggestions.push({
      ...suggestion,
      entity: applicant.entity,
      count: rows,
      otherCount: applicationsOfEntity.get(applicant.entity) ?? suggestion.otherCount
    });
  }
  return {suggestions, unlinkedCompanies: unlinkedCompanies[0]?.n ?? 0};
}
