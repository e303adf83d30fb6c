// The 参考値 rule (landscape-and-kpi.md §2). Applications are published about 18 months after filing, so the
// exports cannot yet hold every application filed in the last 18 months: filing-year counts there are incomplete.
//
// The choice, applied to every chart by year:
// - Reference date: the latest date of the chosen basis in the whole data set (not the filtered part): the last
//   出願日 for 出願日 charts, the last 公知日 for 公知日 charts. The data carry no search date, and the last date
//   present is the best stand-in the data itself gives; as the last filings are themselves early publications
//   (utility models, early-publication requests), this marks about the last two filing years, as JPO statistics
//   and PatSeer do.
// - 出願日: a year (暦年 or 年度) is 参考値 when any part of it lies within the 18 months up to the reference date.
// - 公知日: publication counts do not suffer the lag; only a year that the reference date cuts short (the data end
//   before the year does) is 参考値.

import {addMonths, dayOf} from "./calendar.js";
import type {DateBasis, YearKind} from "./year-basis.js";

export const REFERENCE_MONTHS = 18;

/** First and last day of a calendar year or a fiscal year (April–March). */
export function yearBounds(year: number, kind: YearKind): [number, number] {
  return kind === "fiscal"
    ? [dayOf(year, 4, 1), dayOf(year + 1, 4, 1) - 1]
    : [dayOf(year, 1, 1), dayOf(year + 1, 1, 1) - 1];
}

export function isReferenceYear(year: number, kind: YearKind, basis: DateBasis, latestDay: number | null): boolean {
  if (latestDay === null) return false;
  const [first, last] = yearBounds(year, kind);
  if (basis === "publication") return first <= latestDay && latestDay < last;
  const windowStart = addMonths(latestDay, -REFERENCE_MONTHS);
  return last > windowStart && first <= latestDay;
}

/** The footnote every chart by year carries. */
export function referenceNote(basis: DateBasis): string {
  return basis === "filing"
    ? `色の薄い年は参考値です（データ中の最新の出願日から${REFERENCE_MONTHS}か月以内を含む年。出願から公開まで約1年6か月かかるため、件数は今後増えます）。`
    : "色の薄い年は参考値です（データ中の最新の公知日で途切れている年）。";
}
