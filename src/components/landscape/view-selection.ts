// The applications a landscape view selects: its collections resolved to ids, then every filter of the view.
// The report (in the browser and from `npm run report`) and the pages select through this one function, so a view
// gives the same numbers wherever it is shown.
//
// PROVISIONAL (report branch): the exploration work owns this file and adds the chips; until it lands, chips are
// not applied here (the report's conditions still list them).

import {selectApplications, type Selection} from "./filter-mask.js";
import type {LandscapeData} from "./landscape-data.js";
import {ALL_COLLECTIONS, type LandscapeView} from "./view-state.js";
import type {SearchText} from "../search/load-search-text.js";

/** Collection ids of a view: [] = the collection ingested most recently (meta.collections[].ingestedAt). */
export function viewCollections(data: LandscapeData, view: LandscapeView): number[] {
  const all = data.meta.collections.map((_, id) => id);
  if (view.collections.includes(ALL_COLLECTIONS)) return all;
  if (view.collections.length === 0) {
    const latest = data.meta.collections.reduce<number>(
      (best, c, id) => (best < 0 || (c.ingestedAt ?? "") > (data.meta.collections[best]!.ingestedAt ?? "") ? id : best),
      -1
    );
    return latest < 0 ? [] : [latest];
  }
  const ids = new Map(data.meta.collections.map((c, id) => [c.name, id]));
  return view.collections.flatMap((name) => (ids.has(name) ? [ids.get(name)!] : []));
}

export function selectView(
  data: LandscapeData,
  view: LandscapeView,
  options: {searchText?: SearchText} = {}
): Selection & {collections: number[]} {
  const collections = viewCollections(data, view);
  const selected = selectApplications(data, {
    collections,
    basis: view.basis,
    yearKind: view.yearKind,
    yearFrom: view.from,
    yearTo: view.to,
    applicant: view.applicant,
    nameMode: view.names,
    fiPrefix: view.fi,
    fiScope: view.fiScope
  });
  if (view.q.trim() !== "") {
    if (!options.searchText) throw new Error("the view has a keyword query (q) but no search text was given");
    const matches = options.searchText.index.match(view.q);
    let count = 0;
    for (let a = 0; a < data.applications; ++a) {
      selected.mask[a] = selected.mask[a]! & matches[a]!;
      count += selected.mask[a]!;
    }
    selected.count = count;
  }
  return {...selected, collections};
}
