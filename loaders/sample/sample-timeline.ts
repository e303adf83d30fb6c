// The dates the synthetic sample is set in: a consultant's search of applications filed 2005–2024, one range of
// which was downloaded in the 13-column era (Aug–Sep 2023) and again with 要約 two months later, the rest in
// October 2026. The export date decides what a file can know (registrations, legal status) and its URL form.

import {dayFromIso} from "./calendar.js";

export const FIRST_FILING_YEAR = 2005;
export const LAST_FILING_YEAR = 2024;

/** The first download of the oldest 公知日 range: 13 columns, before ステージ/イベント詳細 existed. */
export const FIRST_EXPORT_DAY = dayFromIso("2023-09-14");
/** The re-download of that range with 要約, two months later. */
export const RE_EXPORT_DAY = dayFromIso("2023-11-21");
/** All other downloads. */
export const LATEST_EXPORT_DAY = dayFromIso("2026-10-06");
/** Nothing in the sample is published after this day, so that every document exists in the latest export. */
export const LATEST_DOCUMENT_DAY = dayFromIso("2026-09-30");
/** J-PlatPat switched its fixed document links from c1800 (with a hash) to c1801 in February 2024. */
export const C1801_URL_SINCE_DAY = dayFromIso("2024-02-01");
/** The last WO year republished domestically as 再表 (the 再公表特許 series ended in 2022). */
export const LAST_REPUBLICATION_YEAR = 2021;
