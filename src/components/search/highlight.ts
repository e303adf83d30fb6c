// Where the terms of a query occur in a text as shown: the text is normalised piece by piece (a character with the
// combining marks that follow it, so that ｶﾞ stays one piece), remembering which characters of the original each
// normalised character came from; the terms are found in the normalised text and mapped back.

import {normalizeSearchText} from "./normalize.js";
import {parseSearchQuery, type SearchQuery} from "./query.js";

/** [start, end) offsets into the original text, sorted and not overlapping. */
export type TextRange = [start: number, end: number];

const COMBINING = /^\p{M}/u;

function normalisedWithOrigins(text: string): {normalised: string; origin: number[]; originEnd: number[]} {
  let normalised = "";
  const origin: number[] = [];
  const originEnd: number[] = [];
  const characters = Array.from(text);
  let at = 0;
  for (let c = 0; c < characters.length; ) {
    let piece = characters[c]!;
    let next = c + 1;
    while (next < characters.length && COMBINING.test(characters[next]!.normalize("NFKC"))) piece += characters[next++]!;
    let folded = normalizeSearchText(piece);
    // Runs of white space fold to one space, as in normalizeSearchText over the whole text.
    if (folded === " " && normalised.endsWith(" ")) {
      originEnd[originEnd.length - 1] = at + piece.length;
      folded = "";
    }
    for (let i = 0; i < folded.length; ++i) {
      origin.push(at);
      originEnd.push(at + piece.length);
    }
    normalised += folded;
    at += piece.length;
    c = next;
  }
  return {normalised, origin, originEnd};
}

/** The ranges of `text` where a term the query requires occurs (excluded terms are not highlighted). */
export function highlightRanges(text: string, query: SearchQuery | string): TextRange[] {
  const {include} = typeof query === "string" ? parseSearchQuery(query) : query;
  if (!include.length || !text) return [];
  const {normalised, origin, originEnd} = normalisedWithOrigins(text);
  const found: TextRange[] = [];
  for (const term of include) {
    for (let at = normalised.indexOf(term); at >= 0; at = normalised.indexOf(term, at + 1)) {
      found.push([origin[at]!, originEnd[at + term.length - 1]!]);
    }
  }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
