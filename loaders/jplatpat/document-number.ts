// Document numbers as they appear in 文献番号, 公開番号, 公告番号, 登録番号 and その他 (docs/jplatpat-format.md §4.1):
// 特開2022-191708, 特表2023-506519, 再表2019/239461, 再表01/000316, 特許7183463, 実登3238731, WO2019/239461,
// and older kinds with 和暦 years such as 特開昭50-051518.

import {numberKeyForm} from "../text/fold.js";
import {eraFromLabel, westernYear} from "../text/japanese-era.js";

export const DOCUMENT_KINDS = ["特開", "特表", "再表", "特公", "特許", "実開", "実表", "実公", "実登", "WO"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentNumber {
  /** The text as written in the file. */
  raw: string;
  kind: DocumentKind;
  /** Western year of publication, when the number carries one (not for 特許/実登 registration numbers). */
  year: number | null;
  serial: number;
}

const WITH_YEAR = /^(特開|特表|再表|特公|実開|実表|実公|WO)(昭|平|令)?(\d{2,4})[-/](\d+)$/;
const REGISTRATION = /^(特許|実登)(\d+)$/;

/** Parses one document number; null when the text is empty or not a known shape (the raw text is kept anyway). */
export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const text = numberKeyForm(raw);
  if (text === "") return null;
  const registration = REGISTRATION.exec(text);
  if (registration) return {raw, kind: registration[1] as DocumentKind, year: null, serial: Number(registration[2])};
  const dated = WITH_YEAR.exec(text);
  if (!dated) return null;
  const [, kind, eraLabel, yearText, serialText] = dated;
  return {raw, kind: kind as DocumentKind, year: documentYear(yearText!, eraLabel), serial: Number(serialText)};
}

function documentYear(yearText: string, eraLabel: string | undefined): number {
  const year = Number(yearText);
  if (eraLabel) return westernYear(eraFromLabel(eraLabel)!, year);
  // Two-digit years occur on old international numbers (再表01/000316, WO01/000316); the PCT began in 1978.
  if (yearText.length === 2) return year >= 78 ? 1900 + year : 2000 + year;
  return year;
}
