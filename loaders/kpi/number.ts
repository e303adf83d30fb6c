// KPI figures as Excel users type and save them: 1,234, １，２３４, " 1234 ", 1234件, △1,000 / ▲1,000 (negative,
// as Japanese accounts write it), -5, 12.5%. What a cell may hold depends on the metric's unit (units.ts): counts
// are whole numbers ≥ 0, percentages are 0–100 with decimals.
//
// Decisions:
// - Empty → null (no figure). A lone dash (-, －, ―, ‐) is how Japanese tables write "no figure" too: null, with a
//   note, never 0 (it may mean zero or not reported, and we do not guess which).
// - Excel error values (#N/A, #DIV/0!, #VALUE! …) are rejected: the sheet's formula failed, so the real figure
//   exists somewhere and the bureau should fix the sheet rather than see a silent gap.
// - Scientific notation (2.02012E+09) is rejected: Excel saved a rounded display value, the digits are lost.
// - A unit after the number must be the metric's own unit (5人 in a 件 metric is refused, not converted).

import {constraintError, typeError, type CellFailure} from "./parse-result.js";
import {valueKindOf} from "./units.js";

export type KpiNumberParse = {ok: true; value: number | null; note: string | null} | CellFailure;

const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
// After NFKC: the ASCII hyphen, and the dash look-alikes NFKC leaves alone (U+2010–U+2015, U+2212, ー).
const DASH_ONLY = /^[-‐‑‒–—―−ー]+$/;
const NEGATIVE_SIGN = /^[-−△▲]/;
// 1234, 1,234, 1,234,567, 12.5, 1,234.5: a comma must group exactly three digits, so 1,23 (a decimal comma?) fails.
const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const UNIT_SUFFIX = /^(.*?\d)\s*([^\d\s.,]+)$/;

/** Parses a figure for a metric counted in `unit` (件, 社, %, …). */
export function parseKpiNumber(raw: string, unit: string): KpiNumberParse {
  const kind = valueKindOf(unit);
  if (kind === null) throw new RangeError(`unknown unit "${unit}"`);
  const text = raw.normalize("NFKC").trim();
  if (text === "") return {ok: true, value: null, note: null};
  if (DASH_ONLY.test(text)) return {ok: true, value: null, note: `"${raw}" read as no figure`};
  if (EXCEL_ERROR.test(text)) {
    return typeError(`"${raw}" is an Excel error value: fix the formula in the sheet and save the CSV again`);
  }
  if (SCIENTIFIC.test(text)) {
    return typeError(
      `"${raw}" is in scientific notation, so Excel has rounded it: format the column as a number and save again`
    );
  }

  let body = text;
  const suffix = UNIT_SUFFIX.exec(body);
  if (suffix) {
    if (suffix[2] !== unit) return typeError(`"${raw}": the unit ${suffix[2]} is not this metric's unit (${unit})`);
    body = suffix[1]!;
  }
  const negative = NEGATIVE_SIGN.test(body);
  if (negative || body.startsWith("+")) body = body.slice(1).trim();
  if (!DIGITS.test(body)) return typeError(`"${raw}" is not a number`);

  const magnitude = Number(body.replace(/,/g, ""));
  if (!Number.isSafeInteger(Math.trunc(magnitude))) return typeError(`"${raw}" is too large to be a KPI figure`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;

  if (kind === "count") {
    if (value < 0) return constraintError(`"${raw}" is negative: a count (${unit}) cannot be below 0`);
    if (!Number.isInteger(value)) {
      return constraintError(`"${raw}" has a fraction: a count (${unit}) is a whole number`);
    }
  } else if (value < 0 || value > 100) {
    return constraintError(`"${raw}" is outside 0–100 ${unit}`);
  }
  return {ok: true, value, note: null};
}
