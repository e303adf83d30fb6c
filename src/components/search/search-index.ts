// The keyword search over 発明の名称, 要約 and the applicants' names of every application: the normalised text of
// all documents is held in a few long strings (fields and documents set apart by separators no term contains), and a
// term is looked up with String.prototype.indexOf, which V8 runs as a fast substring search over the whole part.
// This gives exact substring semantics with no dictionary and no tokeniser.
//
// Why a scan and not a character-bigram index: at 100,000 applications with 要約 of the real average length, a query
// takes 5–60 ms of CPU (npm run bench -- --only search), inside the 100 ms target, while a bigram posting list per
// document would hold 26 million entries (100 MiB as 32-bit ids) on top of the 77 MiB of text that the final
// substring check needs anyway. Terms after the first are checked only in the documents still in the running when
// those are few, so a rare first term makes the rest cheap.

import {DOCUMENT_END, FIELD_SEPARATOR, normalizeSearchText, withoutSeparators} from "./normalize.js";
import {isEmptyQuery, parseSearchQuery, type SearchQuery} from "./query.js";

/** The searched fields of one application, as stored. */
export interface SearchDocument {
  title: string;
  abstract: string;
  /** The applicants' names as in the export, separated by line breaks (a term never spans two names). */
  applicants: string;
}

/**
 * The searched text of one document: its fields (each applicant name a field) normalised one by one and joined by
 * the separator. Field by field is about twice as fast as normalising a whole part at once (measured on real 要約).
 */
export function searchableText(document: SearchDocument): string {
  const fields = [document.title, document.abstract, ...document.applicants.split("\n")];
  return fields.map((field) => normalizeSearchText(withoutSeparators(field))).join(FIELD_SEPARATOR);
}

/**
 * Documents per part: keeps each string far below V8's maximum length even with long abstracts, and lets the page
 * build the index a part at a time (buildSearchIndexInSteps) without freezing for the whole of it.
 */
const PART_SIZE = 8_192;

interface Part {
  text: string;
  /** Offset of each document of the part in `text`, and the end: start[d] … start[d + 1]. */
  start: Int32Array;
  /** Index of the part's first document. */
  first: number;
}

export interface SearchIndex {
  /** Number of documents (application ids 0 … size - 1). */
  readonly size: number;
  /** Characters of normalised text held (a UTF-16 code unit each). */
  readonly textLength: number;
  /** 1 for each document matching the query (a string is parsed with parseSearchQuery). */
  match(query: SearchQuery | string): Uint8Array;
}

function buildPart(first: number, count: number, read: (id: number) => SearchDocument): Part {
  const texts = new Array<string>(count);
  const start = new Int32Array(count + 1);
  for (let d = 0; d < count; ++d) {
    texts[d] = searchableText(read(first + d));
    start[d + 1] = start[d]! + texts[d]!.length + DOCUMENT_END.length;
  }
  return {text: texts.join(DOCUMENT_END) + DOCUMENT_END, start, first};
}

function indexOverParts(parts: readonly Part[], size: number): SearchIndex {
  return {
    size,
    textLength: parts.reduce((sum, part) => sum + part.text.length, 0),
    match: (query) => matchQuery(parts, size, typeof query === "string" ? parseSearchQuery(query) : query)
  };
}

/** Builds the index over `size` documents read one by one (document i becomes id i). */
export function buildSearchIndex(size: number, read: (id: number) => SearchDocument): SearchIndex {
  const parts: Part[] = [];
  for (let first = 0; first < size; first += PART_SIZE) parts.push(buildPart(first, Math.min(PART_SIZE, size - first), read));
  return indexOverParts(parts, size);
}

/**
 * The same index, built a part at a time with a pause between parts, so that a page stays responsive while 100,000
 * 要約 are normalised (a few seconds); `progress` gets the documents done so far.
 */
export async function buildSearchIndexInSteps(
  size: number,
  read: (id: number) => SearchDocument,
  progress: (done: number) => void = () => {}
): Promise<SearchIndex> {
  const parts: Part[] = [];
  for (let first = 0; first < size; first += PART_SIZE) {
    parts.push(buildPart(first, Math.min(PART_SIZE, size - first), read));
    progress(Math.min(size, first + PART_SIZE));
    await new Promise((resume) => setTimeout(resume, 0));
  }
  return indexOverParts(parts, size);
}

function matchQuery(parts: readonly Part[], size: number, query: SearchQuery): Uint8Array {
  const result = new Uint8Array(size);
  if (isEmptyQuery(query) || !query.include.length) result.fill(1);
  if (isEmptyQuery(query)) return result;
  // Longer terms are usually rarer and are searched faster: they go first and narrow the rest.
  const include = [...query.include].sort((x, y) => y.length - x.length);
  let remaining = include.length ? scanAll(parts, include[0]!, result, 1) : size;
  for (const term of include.slice(1)) remaining = narrow(parts, term, result, remaining, true);
  for (const term of query.exclude) {
    if (remaining === 0) break;
    remaining = narrow(parts, term, result, remaining, false);
  }
  return result;
}

/** Sets result[d] = value for every document containing the term; returns how many. */
function scanAll(parts: readonly Part[], term: string, result: Uint8Array, value: number): number {
  let found = 0;
  for (const {text, start, first} of parts) {
    let d = 0;
    let at = text.indexOf(term);
    while (at >= 0) {
      while (start[d + 1]! <= at) ++d;
      result[first + d] = value;
      ++found;
      at = text.indexOf(term, start[d + 1]!);
    }
  }
  return found;
}

/**
 * Keeps only the documents still selected that contain the term (keep = true) or that do not (keep = false).
 * Few documents left: each is checked on its own; many: one scan of the whole text is cheaper.
 */
function narrow(parts: readonly Part[], term: string, result: Uint8Array, remaining: number, keep: boolean): number {
  if (remaining * 8 < result.length) {
    let left = 0;
    for (const {text, start, first} of parts) {
      for (let d = 0; d < start.length - 1; ++d) {
        if (!result[first + d]) continue;
        const contains = text.slice(start[d], start[d + 1]! - 1).includes(term);
        if (contains === keep) ++left;
        else result[first + d] = 0;
      }
    }
    return left;
  }
  const hits = new Uint8Array(result.length);
  scanAll(parts, term, hits, 1);
  let left = 0;
  for (let d = 0; d < result.length; ++d) {
    if (result[d] && (hits[d] === 1) === keep) ++left;
    else result[d] = 0;
  }
  return left;
}
