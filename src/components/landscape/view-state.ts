// The landscape view as the address carries it: the one shape that the ランドスケープ and 出願人 pages restore from
// their query string, that the report (in the browser and from `npm run report -- --view`) reads as its conditions,
// and that links between pages keep. Parsing never throws: an unknown or malformed value falls back to the default,
// so an old or hand-edited link still opens a page.
//
// Parameters (short, the same on every page; documented in the README):
//   collection  repeatable, a collection's name; "*" = every collection; absent = the page's default
//   basis       filing | publication                     (default filing)
//   year        calendar | fiscal                        (default calendar)
//   from, to    inclusive years of that kind             (default: the whole span)
//   names       entity | name | group                    (default entity)
//   applicant   part of an applicant's label (the 出願人 page: the applicant shown)
//   fi          FI prefix such as H01M10/
//   fiscope     all | lead                               (default all)
//   q           the keyword query of the document search
//   chip        repeatable, "kind:value": a cross-filter added by clicking a mark (see ChipKind)
// Old links: `/applicant?name=…&mode=…` read as applicant and names.

import {NAME_MODES, type NameMode} from "./name-mode.js";
import type {DateBasis, YearKind} from "./year-basis.js";
import type {FiScope} from "./fi-hierarchy.js";

/**
 * What a click on a mark filters by. The value's format per kind:
 *   year       "2015"                      a year of the page's basis and kind
 *   stack      "2015|<stack value>"        a year × stack segment of the trend (the value as the stack labels it)
 *   applicant  "<label>"                   an applicant's label under the view's name mode
 *   fi         "<node>"                    an FI node (section/class/subclass/group code)
 *   cell       "<applicant label>|<node>"  an applicant × technology cell
 *   pair       "<label A>|<label B>"       a co-applicant edge (both on the application)
 *   stage      "<stage label>"             a 権利状況 stage
 *   event      "<event label>"             a latest-procedure event
 *   entrant    "<year>"                    the applications of the applicants that entered in that year
 * Labels containing "|" are escaped as "\|" (and "\" as "\\").
 */
export type ChipKind = "year" | "stack" | "applicant" | "fi" | "cell" | "pair" | "stage" | "event" | "entrant";

export const CHIP_KINDS: readonly ChipKind[] = [
  "year",
  "stack",
  "applicant",
  "fi",
  "cell",
  "pair",
  "stage",
  "event",
  "entrant"
];

export interface Chip {
  kind: ChipKind;
  value: string;
}

export interface LandscapeView {
  /** Collection names; ["*"] = every collection; [] = the page's default (the collection ingested most recently). */
  collections: string[];
  basis: DateBasis;
  yearKind: YearKind;
  from: number | null;
  to: number | null;
  names: NameMode;
  applicant: string;
  fi: string;
  fiScope: FiScope;
  q: string;
  chips: Chip[];
}

export const ALL_COLLECTIONS = "*";

export const DEFAULT_VIEW: Readonly<LandscapeView> = Object.freeze({
  collections: [],
  basis: "filing",
  yearKind: "calendar",
  from: null,
  to: null,
  names: "entity",
  applicant: "",
  fi: "",
  fiScope: "all",
  q: "",
  chips: []
});

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function yearParam(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

function parseChip(text: string): Chip | null {
  const colon = text.indexOf(":");
  if (colon <= 0) return null;
  const kind = text.slice(0, colon);
  const value = text.slice(colon + 1);
  if (!(CHIP_KINDS as readonly string[]).includes(kind) || value === "") return null;
  return {kind: kind as ChipKind, value};
}

/** The view a query string describes (a leading "?" is allowed). */
export function parseView(search: string | URLSearchParams): LandscapeView {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const collections = [...new Set(params.getAll("collection").map((c) => c.trim()).filter((c) => c !== ""))];
  const seenChips = new Set<string>();
  const chips: Chip[] = [];
  for (const text of params.getAll("chip")) {
    const chip = parseChip(text);
    if (chip && !seenChips.has(text)) {
      seenChips.add(text);
      chips.push(chip);
    }
  }
  return {
    collections: collections.includes(ALL_COLLECTIONS) ? [ALL_COLLECTIONS] : collections,
    basis: oneOf(params.get("basis"), ["filing", "publication"] as const, "filing"),
    yearKind: oneOf(params.get("year"), ["calendar", "fiscal"] as const, "calendar"),
    from: yearParam(params.get("from")),
    to: yearParam(params.get("to")),
    names: oneOf(params.get("names") ?? params.get("mode"), NAME_MODES, "entity"),
    applicant: (params.get("applicant") ?? params.get("name") ?? "").trim(),
    fi: (params.get("fi") ?? "").trim(),
    fiScope: oneOf(params.get("fiscope"), ["all", "lead"] as const, "all"),
    q: params.get("q") ?? "",
    chips
  };
}

/** The query string of a view, without "?"; defaults are left out so that links stay short. */
export function viewSearch(view: LandscapeView): string {
  const params = new URLSearchParams();
  for (const name of view.collections) params.append("collection", name);
  if (view.basis !== DEFAULT_VIEW.basis) params.set("basis", view.basis);
  if (view.yearKind !== DEFAULT_VIEW.yearKind) params.set("year", view.yearKind);
  if (view.from !== null) params.set("from", String(view.from));
  if (view.to !== null) params.set("to", String(view.to));
  if (view.names !== DEFAULT_VIEW.names) params.set("names", view.names);
  if (view.applicant !== "") params.set("applicant", view.applicant);
  if (view.fi !== "") params.set("fi", view.fi);
  if (view.fiScope !== DEFAULT_VIEW.fiScope) params.set("fiscope", view.fiScope);
  if (view.q !== "") params.set("q", view.q);
  for (const chip of view.chips) params.append("chip", `${chip.kind}:${chip.value}`);
  return params.toString();
}

/** Joins the parts of a chip value ("a|b"), escaping "|" and "\" inside them. */
export function chipValue(...parts: string[]): string {
  return parts.map((p) => p.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join("|");
}

/** The parts of a chip value, the inverse of chipValue. */
export function chipParts(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; ++i) {
    const c = value[i]!;
    if (c === "\\" && i + 1 < value.length) current += value[++i];
    else if (c === "|") {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** True when two views would show the same page. */
export function sameView(a: LandscapeView, b: LandscapeView): boolean {
  return viewSearch(a) === viewSearch(b);
}
