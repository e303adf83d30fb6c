// 支援日 cells: 2024/6/3, 2024-06-03, 2024.6.3 (as J-PlatPat dates), 2024年6月3日, and the 和暦 forms 令和6年6月3日
// and R6.6.3. Returns ISO YYYY-MM-DD; an impossible date (2月30日, 平成32年) is refused, never moved.

import {constraintError, typeError, type CellFailure} from "../kpi/parse-result.js";
import {eraFromLabel, isYearOfEra, westernYear} from "../text/japanese-era.js";
import {parseSlashDate} from "../text/slash-date.js";

export type SupportDateParse = {ok: true; iso: string} | CellFailure;

const KANJI_DATE = /^(令和|平成|R|H)?(\d{1,4}|元)年(\d{1,2})月(\d{1,2})日$/i;
const ERA_DOTTED = /^(R|H)(\d{1,2}|元)[./\-](\d{1,2})[./\-](\d{1,2})$/i;

const EXPECTED = "write it as 2024/6/3, 2024-06-03, 2024年6月3日 or 令和6年6月3日";

export function parseSupportDate(raw: string): SupportDateParse {
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  const match = KANJI_DATE.exec(text) ?? ERA_DOTTED.exec(text);
  if (!match) {
    const slash = parseSlashDate(text);
    if (slash.ok) return slash;
    return slash.errorType === "constraint-error" ? slash : typeError(`支援日 "${raw}" is not a date: ${EXPECTED}`);
  }
  const [, eraLabel, yearText, monthText, dayText] = match;
  let year = yearText === "元" ? 1 : Number(yearText);
  if (eraLabel !== undefined) {
    const era = eraFromLabel(eraLabel)!;
    if (!isYearOfEra(era, year)) return constraintError(`支援日 "${raw}": ${era} has no year ${year}`);
    year = westernYear(era, year);
  } else if (yearText === "元" || year < 1000) {
    return typeError(`支援日 "${raw}" has no era for its year: ${EXPECTED}`);
  }
  const iso = `${year}/${monthText}/${dayText}`;
  const parsed = parseSlashDate(iso);
  return parsed.ok ? parsed : constraintError(`支援日 "${raw}" is not a date that exists`);
}
