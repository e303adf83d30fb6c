// 年度 cells: the Japanese fiscal year runs April–March and is named after the Western year it starts in
// (2024年度 = 令和6年度 = 2024-04 … 2025-03). Bureaus write it every way Excel lets them: 2024, ２０２４, 2024年度,
// 令和6年度, 令和元年度, R6, r6, H30, 平成30年度, FY2024.

import {eraFromLabel, isYearOfEra, westernYear} from "../text/japanese-era.js";
import {constraintError, typeError, type CellFailure} from "./parse-result.js";

export type FiscalYearParse = {ok: true; fiscalYear: number} | CellFailure;

// Wider than any KPI series (the first prefecture KPIs are FY2015) but narrow enough to catch 20224 or 1024.
export const FIRST_FISCAL_YEAR = 1989;
export const LAST_FISCAL_YEAR = 2100;

const WESTERN = /^(?:FY)?(\d{4})(?:年度|年)?$/i;
const ERA = /^(令和|平成|昭和|令|平|昭|R|H|S)(\d{1,2}|元)(?:年度|年)?$/i;
const TWO_DIGIT_FY = /^FY(\d{2})$/i;

const EXPECTED = "write it as 2024, 2024年度, 令和6年度, R6 or FY2024";

/** Parses a 年度 cell (an empty cell is the caller's business: it is reported as a type error here). */
export function parseFiscalYear(raw: string): FiscalYearParse {
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  if (text === "") return typeError(`年度 is empty: ${EXPECTED}`);

  const western = WESTERN.exec(text);
  if (western) return inRange(Number(western[1]), raw);

  const era = ERA.exec(text);
  if (era) {
    const eraName = eraFromLabel(era[1]!)!;
    const year = era[2] === "元" ? 1 : Number(era[2]);
    if (!isYearOfEra(eraName, year)) return constraintError(`年度 "${raw}": ${eraName} has no year ${year}`);
    return inRange(westernYear(eraName, year), raw);
  }

  // FY24 could be 2024 or (in some ministries' tables) 平成24: never guess between them.
  if (TWO_DIGIT_FY.test(text)) return typeError(`年度 "${raw}" has a two-digit year: ${EXPECTED}`);
  return typeError(`年度 "${raw}" is not a fiscal year: ${EXPECTED}`);
}

function inRange(fiscalYear: number, raw: string): FiscalYearParse {
  if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > LAST_FISCAL_YEAR) {
    return constraintError(`年度 "${raw}" is outside ${FIRST_FISCAL_YEAR}–${LAST_FISCAL_YEAR}`);
  }
  return {ok: true, fiscalYear};
}

/** Position of a calendar month in the fiscal year: April → 1 … March → 12. */
export function fiscalMonthOrder(month: number): number {
  assertMonth(month);
  return month >= 4 ? month - 3 : month + 9;
}

/** The calendar month at a fiscal position: 1 → April … 12 → March (inverse of `fiscalMonthOrder`). */
export function monthAtFiscalOrder(order: number): number {
  if (!Number.isInteger(order) || order < 1 || order > 12) {
    throw new RangeError(`not a fiscal month position: ${order}`);
  }
  return order <= 9 ? order + 3 : order - 9;
}

/** The calendar year of `month` within fiscal year `fiscalYear`: January–March fall in the next calendar year. */
export function calendarYearOf(fiscalYear: number, month: number): number {
  assertMonth(month);
  return month >= 4 ? fiscalYear : fiscalYear + 1;
}

/** The fiscal year a calendar date falls in. */
export function fiscalYearOf(calendarYear: number, month: number): number {
  assertMonth(month);
  return month >= 4 ? calendarYear : calendarYear - 1;
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a month: ${month}`);
}
