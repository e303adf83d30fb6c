// The applications a landscape view (view-state.ts) stands for: its collections resolved to ids, then the filters,
// the keyword query and every chip, in that order. The ランドスケープ and 出願人 pages, the comparison page and the
// report all call this one function, so a view copied from one to another counts the same applications.

import type {SearchText} from "../search/load-search-text.js";
import {isEmptyQuery, parseSearchQuery} from "../search/query.js";
import {applyChip} from "./chip-filter.js";
import {selectApplications, type Selection} from "./filter-mask.js";
import type {LandscapeData} from "./landscape-data.js";
import type {LandscapeMeta} from "./landscape-meta.js";
import {ALL_COLLECTIONS, type LandscapeView} from "./view-state.js";

export interface ViewSelection extends Selection {
  /** The collection ids the view covers (every id for ["*"]; the most recent one for []). */
  collections: number[];
  /** Names in the view that the data does not have (an old link): they are ignored. */
  unknownCollections: string[];
  /** False when the view has a keyword query but no search text was given: `q` was not applied. */
  searched: boolean;
}

/**
 * The `count` collections ingested most recently, the most recent first (the highest batch id; the same batch or
 * archives written before batches were recorded per collection: the last by name first). A new study opens on
 * itself: the landscape's default scope is the first, the comparison's default the first two.
 */
export function recentCollections(meta: LandscapeMeta, count: number): number[] {
  const batch = (id: number) => meta.collections[id]!.lastBatch ?? -Infinity;
  return meta.collections
    .map((_, id) => id)
    .sort((x, y) => batch(y) - batch(x) || y - x)
    .slice(0, count);
}

/** The collection ingested most recently (see recentCollections), -1 when there are no collections. */
export function latestCollection(meta: LandscapeMeta): number {
  return recentCollections(meta, 1)[0] ?? -1;
}

/** The collection ids a view names, in id order; unknown names are reported, and none known means the default. */
export function resolveCollections(
  meta: LandscapeMeta,
  names: readonly string[]
): {collections: number[]; unknown: string[]} {
  const every = meta.collections.map((_, id) => id);
  if (names.includes(ALL_COLLECTIONS)) return {collections: every, unknown: []};
  const idOf = new Map(meta.collections.map((c, id) => [c.name, id]));
  const known = every.filter((id) => names.includes(meta.collections[id]!.name));
  const unknown = names.filter((name) => !idOf.has(name));
  if (known.length) return {collections: known, unknown};
  const latest = latestCollection(meta);
  return {collections: latest < 0 ? [] : [latest], unknown};
}

export function selectView(
  data: LandscapeData,
  view: LandscapeView,
  options: {searchText?: SearchText} = {}
): ViewSelection {
  const {collections, unknown} = resolveCollections(data.meta, view.collections);
  const everyCollection = collections.length === data.meta.collections.length;
  const {mask} = selectApplications(data, {
    collections: everyCollection ? null : collections,
    basis: view.basis,
    yearKind: view.yearKind,
    yearFrom: view.from,
    yearTo: view.to,
    applicant: view.applicant,
    nameMode: view.names,
    fiPrefix: view.fi,
    fiScope: view.fiScope
  });
  const query = parseSearchQuery(view.q);
  const searched = isEmptyQuery(query) || options.searchText !== undefined;
  if (!isEmptyQuery(query) && options.searchText) {
    const matches = options.searchText.index.match(query);
    for (let a = 0; a < mask.length; ++a) mask[a]! &= matches[a]!;
  }
  for (const chip of view.chips) applyChip(data, mask, chip, view);
  let count = 0;
  for (let a = 0; a < mask.length; ++a) count += mask[a]!;
  return {mask, count, collections, unknownCollections: unknown, searched};
}
