// Forgiving text matching for the applicant and FI filters (the keyword search has its own, src/components/search/):
// full-width and half-width forms, case and spaces do not matter (ＡＢＣ株式会社 matches "abc株式会社"), as
// J-PlatPat's own 異表記 rules allow.

/** NFKC, lower case, no whitespace. */
export function searchKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** An FI prefix as typed ("ｈ０１ｍ １０/", " h01m10 ") in the form codes are stored ("H01M10/"). */
export function normalizeFiPrefix(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/\s+/g, "");
}
