// The syntax of the keyword search box and of `chizai search`:
//   二酸化炭素 吸収      every term must occur (AND); each term may occur in a different field
//   -アミン              a term with a leading minus excludes the documents that contain it
//   "carbon dioxide"    double quotes keep a phrase with its spaces as one term (-"…" excludes a phrase)
// The query is NFKC-normalised before it is split, so a full-width space (U+3000) separates terms, and full-width
// ＂ and － work as quote and minus; typographic quotes “…” work as quotes too. An unclosed quote runs to the end;
// a minus on its own is ignored.
// Terms are normalised as the documents are (normalize.ts); a term that normalises to nothing (ー) is dropped.

import {normalizeSearchText, withoutSeparators} from "./normalize.js";

export interface SearchQuery {
  /** Normalised terms that must all occur. */
  include: string[];
  /** Normalised terms none of which may occur. */
  exclude: string[];
}

const QUOTES = /[“”]/g;

export function parseSearchQuery(query: string): SearchQuery {
  const text = withoutSeparators(query).normalize("NFKC").replace(QUOTES, '"');
  const include: string[] = [];
  const exclude: string[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      ++at;
      continue;
    }
    let excluded = false;
    if (text[at] === "-") {
      // A minus on its own ("a - b") is no term.
      if (at + 1 === text.length || /\s/.test(text[at + 1]!)) {
        ++at;
        continue;
      }
      excluded = true;
      ++at;
    }
    let raw: string;
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      const end = close < 0 ? text.length : close;
      raw = text.slice(at + 1, end);
      at = end + 1;
    } else {
      const match = /\s/.exec(text.slice(at));
      const end = match ? at + match.index : text.length;
      raw = text.slice(at, end);
      at = end;
    }
    const term = normalizeSearchText(raw).trim();
    if (term) (excluded ? exclude : include).push(term);
  }
  return {include, exclude};
}

/** True when the query selects every document (no term at all). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.include.length === 0 && query.exclude.length === 0;
}
