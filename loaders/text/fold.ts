// Small text folds shared by the parsers of numbers and codes. Each returns a new string; raw values are never
// changed in place, and callers store the raw text beside whatever they derive from it.

// Dash-like characters people type between digits: hyphen-minus variants, the minus sign, full-width hyphen and
// the long-vowel mark an IME produces (特願2020ー123456). Folding ー is only safe between digits.
const DASH_BETWEEN_DIGITS = /(?<=\d)[‐‑‒–—―−－ーｰ](?=\d)/g;

/** Folds dash look-alikes that stand between two digits to `-`. */
export function foldDashesBetweenDigits(text: string): string {
  return text.replace(DASH_BETWEEN_DIGITS, "-");
}

/** The NFKC form, with dash look-alikes between digits folded: the key form of a number or code. */
export function numberKeyForm(text: string): string {
  return foldDashesBetweenDigits(text.normalize("NFKC").trim());
}
