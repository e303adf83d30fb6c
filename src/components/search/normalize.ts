// The one normalisation of the keyword search, applied alike to the text of the documents and to the query, so
// that the forms a Japanese text can be typed in compare equal: NFKC folds full-width Latin and half-width kana
// (ＬｉＤＡＲ → lidar after lower-casing, ｾﾝｻ → センサ), lower-casing folds case, and the prolonged sound mark ー
// is dropped because patent texts write センサ and センサー interchangeably. Runs of white space become one space,
// so a quoted phrase matches across the line breaks of a 要約.

/** Separates the fields of one document in the searched text; a query term never contains it. */
export const FIELD_SEPARATOR = "\u0000";
/** Ends each document in the searched text. */
export const DOCUMENT_END = "\u0001";

const SEPARATORS = /[\u0000\u0001]/g;

/** `text` with the two separators turned into spaces: for the fields of a document and for a query. */
export function withoutSeparators(text: string): string {
  return text.includes(FIELD_SEPARATOR) || text.includes(DOCUMENT_END) ? text.replace(SEPARATORS, " ") : text;
}

const PROLONGED_SOUND_MARK = /ー/g;
// White space, and control characters other than the two separators (they could only come from data), fold to one
// space: one pass over the text, which at 100,000 abstracts is a good part of the time to build the index.
const SPACES = /[\s\u0002-\u0008\u000e-\u001f\u007f]+/g;

/** NFKC, lower case, without ー, white space and control characters folded to single spaces (not trimmed). */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(PROLONGED_SOUND_MARK, "").replace(SPACES, " ");
}
