// Merge suggestions for the names in the warehouse (or in one collection): suggestMerges over the raw spellings
// with their application counts, seen through the dictionary in force.
//
// suggestMerges knows only the automatic key, so its raw output is adjusted here:
//   - a spelling the dictionary already places (exactly or by key) is left out: a person has decided on it, and a
//     dictionary row that keeps two names apart must not be proposed for merging again and again;
//   - a pair the dictionary has already merged is left out;
//   - the proposed entity is the entity the other side resolves to (松下電器産業株式会社 → パナソニック株式会社), so that
//     importing the row puts the spelling where that side really is, and other_count counts that entity.

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows} from "../warehouse/query.js";
import {suggestMerges, type MergeReason, type MergeSuggestion} from "./suggest-merges.js";

export interface WarehouseSuggestions {
  suggestions: MergeSuggestion[];
  /** Raw suggestions left out because the dictionary already decides them. */
  alreadyDecided: number;
  /** Distinct spellings considered. */
  names: number;
}

export async function suggestWarehouseMerges(
  connection: DuckDBConnection,
  collection: string | null
): Promise<WarehouseSuggestions> {
  const scope =
    collection === null
      ? ""
      : `WHERE application_number IN (SELECT application_number FROM collections WHERE collection = $1)`;
  const params = collection === null ? [] : [collection];
  const rows = await queryRows<{name: string; count: number; entity: string; resolution: string}>(
    connection,
    `SELECT name, count(DISTINCT application_number) AS count, any_value(entity) AS entity,
            any_value(resolution) AS resolution
     FROM patent_applicants_resolved ${scope}
     GROUP BY name`,
    params
  );
  const entityCounts = await queryRows<{entity: string; count: number}>(
    connection,
    `SELECT entity, count(DISTINCT application_number) AS count FROM patent_applicants_resolved ${scope} GROUP BY entity`,
    params
  );
  const applicationsOfEntity = new Map(entityCounts.map((r) => [r.entity, r.count]));
  const byName = new Map(rows.map((r) => [r.name, r]));

  let alreadyDecided = 0;
  const suggestions: MergeSuggestion[] = [];
  for (const suggestion of suggestMerges(rows.map(({name, count}) => ({name, count})))) {
    const spelling = byName.get(suggestion.name)!;
    const other = byName.get(suggestion.entity)!;
    if (spelling.resolution.startsWith("dictionary") || spelling.entity === other.entity) {
      alreadyDecided++;
      continue;
    }
    suggestions.push({
      ...suggestion,
      entity: other.entity,
      otherCount: applicationsOfEntity.get(other.entity) ?? suggestion.otherCount
    });
  }
  return {suggestions, alreadyDecided, names: rows.length};
}

export function countByReason(suggestions: readonly MergeSuggestion[]): Array<[MergeReason, number]> {
  const counts = new Map<MergeReason, number>();
  for (const s of suggestions) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts];
}
