// `?bureau=関東` opens a bureau's own view. The short name (関東) and the official name (関東経済産業局) are both
// accepted, with full-width letters or stray spaces folded; anything else is reported as unknown, never guessed.

import type {KpiBureau} from "./kpi-types.js";

export type BureauChoice =
  | {kind: "none"}
  | {kind: "found"; bureau: KpiBureau}
  | {kind: "unknown"; raw: string};

export const BUREAU_PARAM = "bureau";

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** Reads `bureau` from a query string such as location.search ("?bureau=%E9%96%A2%E6%9D%B1"). */
export function resolveBureauParam(search: string, bureaus: readonly KpiBureau[]): BureauChoice {
  const raw = new URLSearchParams(search).get(BUREAU_PARAM);
  if (raw === null || raw.trim() === "") return {kind: "none"};
  const wanted = fold(raw);
  const bureau = bureaus.find((b) => fold(b.bureau) === wanted || fold(b.name) === wanted);
  return bureau ? {kind: "found", bureau} : {kind: "unknown", raw};
}

/** The query string of a bureau's view (or none for the whole country), keeping the other parameters. */
export function searchWithBureau(search: string, bureau: string | null): string {
  const params = new URLSearchParams(search);
  if (bureau) params.set(BUREAU_PARAM, bureau);
  else params.delete(BUREAU_PARAM);
  const query = params.toString();
  return query ? `?${query}` : "";
}
