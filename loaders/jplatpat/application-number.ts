// 出願番号: 特願2021-100093, 実願2022-002016, and before 2000 with a 和暦 year, 特願平11-367973
// (docs/jplatpat-format.md §4.2).

import {numberKeyForm} from "../text/fold.js";
import {eraFromLabel, westernYear} from "../text/japanese-era.js";

export type ApplicationPrefix = "特願" | "実願";
export type Law = "特許" | "実用新案";

export interface ApplicationNumber {
  /** The text as written in the file. */
  raw: string;
  prefix: ApplicationPrefix;
  law: Law;
  /** Western filing year of the number. */
  year: number;
  serial: number;
  /** A spelling-independent key: `特願1999-367973` for `特願平11-367973`. */
  key: string;
}

const APPLICATION = /^(特願|実願)(昭和?|平成?|令和?)?(\d{2,4})-(\d{1,7})$/;

/** Parses an application number; null when empty or not a recognised shape. */
export function parseApplicationNumber(raw: string): ApplicationNumber | null {
  const match = APPLICATION.exec(numberKeyForm(raw));
  if (!match) return null;
  const [, prefix, eraLabel, yearText, serialText] = match;
  const era = eraLabel ? eraFromLabel(eraLabel) : null;
  if (eraLabel && !era) return null;
  const year = era ? westernYear(era, Number(yearText)) : Number(yearText);
  if (!era && yearText!.length !== 4) return null;
  const serial = Number(serialText);
  const law: Law = prefix === "特願" ? "特許" : "実用新案";
  return {raw, prefix: prefix as ApplicationPrefix, law, year, serial, key: `${prefix}${year}-${String(serial).padStart(6, "0")}`};
}
