// 月 cells (and the month column headers of the wide layout): 4, 04, ４, 4月, ４月. An empty cell means the row
// is an annual figure; 年間 and 通年 say the same thing in words. 合計 / 計 are refused: a total row beside the
// monthly rows would be counted twice.

import {constraintError, typeError, type CellFailure} from "./parse-result.js";

export type MonthParse = {ok: true; month: number | null} | CellFailure;

const MONTH = /^(\d{1,2})月?$/;
const ANNUAL_WORDS = new Set(["年間", "通年"]);

export function parseMonth(raw: string): MonthParse {
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  if (text === "" || ANNUAL_WORDS.has(text)) return {ok: true, month: null};
  const match = MONTH.exec(text);
  if (!match) {
    return typeError(`月 "${raw}" is not a month: write 4 or 4月, or leave it empty for an annual figure`);
  }
  const month = Number(match[1]);
  if (month < 1 || month > 12) return constraintError(`月 "${raw}" is outside 1–12`);
  return {ok: true, month};
}
