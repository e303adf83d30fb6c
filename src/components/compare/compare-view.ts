// The 比較 page's state as its address carries it: the landscape view (view-state.ts: collection, basis, year, from,
// to, names, fi, fiscope) plus what only this page has. Parsing never throws: an unknown value falls back to the
// default, so an old or hand-edited link still opens the page.
//
//   compare     collections | applicants                 (default collections)
//   collection  repeatable: the compared collections (collections mode, 2–4) or the scope (applicants mode)
//   applicant   repeatable: the compared applicants, the first is the client (自社), the rest its competitors
//   level       section | class | subclass | mainGroup   the FI level of the technology mix (default subclass)

import type {FiLevel} from "../landscape/fi-hierarchy.js";
import type {LandscapeMeta} from "../landscape/landscape-meta.js";
import {recentCollections} from "../landscape/view-selection.js";
import {ALL_COLLECTIONS, parseView, viewSearch, type LandscapeView} from "../landscape/view-state.js";

export type CompareMode = "collections" | "applicants";

export const COMPARE_MODES: readonly CompareMode[] = ["collections", "applicants"];

export const COMPARE_MODE_LABELS: Record<CompareMode, string> = {
  collections: "コレクション比較",
  applicants: "出願人比較"
};

export const TECH_LEVELS: readonly FiLevel[] = ["section", "class", "subclass", "mainGroup"];

/** Collections side by side: more would make each panel too narrow to read a label. */
export const MAX_PANELS = 4;

/** A client and up to five competitors (two rows of three panels). */
export const MAX_APPLICANTS = 6;

export interface CompareView {
  mode: CompareMode;
  /** Filters shared by every panel; its `applicant` is unused (see `applicants`). */
  view: LandscapeView;
  /** Labels under view.names, the client first. */
  applicants: string[];
  level: FiLevel;
}

export function parseCompareView(search: string | URLSearchParams): CompareView {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const mode = params.get("compare");
  const level = params.get("level");
  const applicants = [...new Set(params.getAll("applicant").map((a) => a.trim()).filter((a) => a !== ""))];
  return {
    mode: COMPARE_MODES.includes(mode as CompareMode) ? (mode as CompareMode) : "collections",
    view: {...parseView(params), applicant: "", q: "", chips: []},
    applicants: applicants.slice(0, MAX_APPLICANTS),
    level: TECH_LEVELS.includes(level as FiLevel) ? (level as FiLevel) : "subclass"
  };
}

/** The query string of a comparison, without "?"; defaults are left out so that links stay short. */
export function compareSearch(state: CompareView): string {
  const params = new URLSearchParams();
  if (state.mode !== "collections") params.set("compare", state.mode);
  for (const [name, value] of new URLSearchParams(viewSearch({...state.view, applicant: "", q: "", chips: []}))) {
    params.append(name, value);
  }
  for (const applicant of state.applicants) params.append("applicant", applicant);
  if (state.level !== "subclass") params.set("level", state.level);
  return params.toString();
}

export interface ResolvedCollections {
  /** Collection ids, in the order asked for. */
  ids: number[];
  /** Names in the address that the data does not have. */
  missing: string[];
}

/**
 * Collection names to ids. Nothing named (or only unknown names): the page default, the `fallback` collections
 * ingested most recently (the landscape's default rule, recentCollections), so that a first visit compares the new
 * study with the one before it. "*" = every collection.
 */
export function resolveCollections(meta: LandscapeMeta, names: readonly string[], fallback: number): ResolvedCollections {
  const all = meta.collections.map((_, id) => id);
  if (names.includes(ALL_COLLECTIONS)) return {ids: all, missing: []};
  const idOf = new Map(meta.collections.map((c, id) => [c.name, id]));
  const ids = names.flatMap((name) => (idOf.has(name) ? [idOf.get(name)!] : []));
  const missing = names.filter((name) => !idOf.has(name));
  if (ids.length > 0) return {ids, missing};
  return {ids: recentCollections(meta, fallback), missing};
}
