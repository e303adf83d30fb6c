// 法人番号 (corporate number, 国税庁): 13 digits, the first of which is a check digit over the other twelve.
// The rule, from 国税庁's 法人番号の指定等に関する省令 (第2条) as published with the 法人番号公表サイト:
//   check digit = 9 − (Σ_{n=1..12} Pn × Qn mod 9)
// where Pn is the n-th digit of the 12-digit base number counted from its right end and Qn is 1 when n is odd,
// 2 when n is even. 国税庁 itself is 7000012050002.
//
// A number whose check digit does not agree is a typo, never "corrected": the row is rejected.

import {constraintError, typeError, type CellFailure} from "../kpi/parse-result.js";

export type CorporateNumberParse = {ok: true; corporateNumber: string | null} | CellFailure;

/** The check digit the 12-digit base number calls for. */
export function corporateCheckDigit(base: string): number {
  if (!/^\d{12}$/.test(base)) throw new RangeError(`not a 12-digit base number: ${base}`);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(number: string): boolean {
  return /^\d{13}$/.test(number) && Number(number[0]) === corporateCheckDigit(number.slice(1));
}

/**
 * Parses a 法人番号 cell: empty is no number; full-width digits, spaces and hyphens (Excel users group the digits
 * as 7-0000-1205-0002 or in blocks) are read as the same number; anything else is refused.
 */
export function parseCorporateNumber(raw: string): CorporateNumberParse {
  const text = raw.normalize("NFKC").replace(/[\s\-‐－−]/g, "");
  if (text === "") return {ok: true, corporateNumber: null};
  if (!/^\d+$/.test(text)) return typeError(`法人番号 "${raw}" is not a number: write its 13 digits`);
  if (text.length !== 13) {
    return constraintError(`法人番号 "${raw}" has ${text.length} digits: a 法人番号 has 13 (Excel may have dropped a leading 0 or shown it as 1.23E+12)`);
  }
  if (!isValidCorporateNumber(text)) {
    const expected = corporateCheckDigit(text.slice(1));
    return constraintError(
      `法人番号 "${raw}": its check digit ${text[0]} should be ${expected} for the other 12 digits (a typo?)`
    );
  }
  return {ok: true, corporateNumber: text};
}
