// The KPI pages' view as the address carries it: what 地域KPI and 事業KPI restore from their query string and write
// back on every choice, so that a reload, Back/Forward and a copied link give the same view. Pure: parsing never
// throws (a malformed value is reported and left to the page's default), writing keeps any parameter it does not own.
//
// Parameters (short, the same on both pages; documented in the README):
//   fy       年度, e.g. 2024
//   program  事業: its id (madoguchi) or its name
//   metric   指標: its id or its name
//   months   the month range inside the 年度, calendar months: 4-9 = April to September, 10-3 = October to March
//   view     what the values show: actual (実績) | rate (達成率) | yoy (前年同期比)
//   bureau   経済産業局: its short name (関東) or official name
//   pref     the prefecture shown month by month (地域KPI): its code (13) or its name (東京都)
//   order    how prefectures are listed: code | value
// `?bureau=` and `?program=` links made before these parameters existed read the same.

import {fiscalOrder, monthAt, normalisePeriod, type FiscalPeriod} from "./fiscal-months.js";
import {PREFECTURE_ORDERS, type PrefectureOrder} from "./prefecture-ranking.js";
import {KPI_VALUES, type KpiValue} from "./value-choice.js";

export interface KpiView {
  fiscalYear: number | null;
  program: string;
  metric: string;
  months: FiscalPeriod | null;
  value: KpiValue | null;
  bureau: string;
  prefecture: string;
  order: PrefectureOrder | null;
}

export const KPI_PARAMS: Readonly<Record<keyof KpiView, string>> = Object.freeze({
  fiscalYear: "fy",
  program: "program",
  metric: "metric",
  months: "months",
  value: "view",
  bureau: "bureau",
  prefecture: "pref",
  order: "order"
});

/** A parameter the address set to something the page cannot read: shown to the user, never silently dropped. */
export interface RejectedParam {
  param: string;
  raw: string;
}

export const EMPTY_KPI_VIEW: Readonly<KpiView> = Object.freeze({
  fiscalYear: null,
  program: "",
  metric: "",
  months: null,
  value: null,
  bureau: "",
  prefecture: "",
  order: null
});

/** "4-9" → April–September (fiscal orders 0–5); "6" → June alone; null when it names no month. */
export function parseMonths(text: string): FiscalPeriod | null {
  const match = /^\s*(\d{1,2})(?:\s*[-–〜~]\s*(\d{1,2}))?\s*$/.exec(text.normalize("NFKC"));
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first < 1 || first > 12 || last < 1 || last > 12) return null;
  return normalisePeriod(fiscalOrder(first), fiscalOrder(last));
}

/** April–September → "4-9". */
export function monthsParam(period: FiscalPeriod): string {
  return `${monthAt(period.from)}-${monthAt(period.to)}`;
}

function oneOf<T extends string>(raw: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** The view a query string describes, and the parameters it could not read (malformed, not merely unknown). */
export function parseKpiView(search: string | URLSearchParams): {view: KpiView; rejected: RejectedParam[]} {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const rejected: RejectedParam[] = [];
  const text = (key: keyof KpiView) => (params.get(KPI_PARAMS[key]) ?? "").trim();
  const typed = <T>(key: keyof KpiView, read: (raw: string) => T | null): T | null => {
    const raw = text(key);
    if (raw === "") return null;
    const value = read(raw);
    if (value === null) rejected.push({param: KPI_PARAMS[key], raw});
    return value;
  };
  const view: KpiView = {
    fiscalYear: typed("fiscalYear", (raw) => (/^\d{4}$/.test(raw.normalize("NFKC")) ? Number(raw.normalize("NFKC")) : null)),
    program: text("program"),
    metric: text("metric"),
    months: typed("months", parseMonths),
    value: typed("value", (raw) => oneOf(raw, KPI_VALUES.map((v) => v.value))),
    bureau: text("bureau"),
    prefecture: text("prefecture"),
    order: typed("order", (raw) => oneOf(raw, PREFECTURE_ORDERS.map((o) => o.value)))
  };
  return {view, rejected};
}

/**
 * The query string ("?…", or "" when empty) of `view`, keeping the parameters of `base` that the KPI view does not
 * own (and the order of those it does). Empty fields are left out.
 */
export function kpiViewSearch(view: Partial<KpiView>, base = ""): string {
  const params = new URLSearchParams(base);
  const values: Record<keyof KpiView, string> = {
    fiscalYear: view.fiscalYear == null ? "" : String(view.fiscalYear),
    program: view.program ?? "",
    metric: view.metric ?? "",
    months: view.months ? monthsParam(view.months) : "",
    value: view.value ?? "",
    bureau: view.bureau ?? "",
    prefecture: view.prefecture ?? "",
    order: view.order ?? ""
  };
  for (const key of Object.keys(KPI_PARAMS) as Array<keyof KpiView>) {
    if (values[key] === "") params.delete(KPI_PARAMS[key]);
    else params.set(KPI_PARAMS[key], values[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/**
 * The option an address value names, compared after folding width, case and spaces against each of `keys` (an id,
 * a name, …). `found: false` when the value is set but names none, so the page can say so and show its default.
 */
export function pickOption<T>(
  raw: string,
  options: readonly T[],
  keys: ReadonlyArray<(option: T) => string | number>
): {found: true; option: T} | {found: false; option: null} {
  if (raw.trim() === "") return {found: false, option: null};
  const wanted = fold(raw);
  const option = options.find((o) => keys.some((key) => fold(String(key(o))) === wanted));
  return option === undefined ? {found: false, option: null} : {found: true, option};
}

/** The filter each parameter sets, as the pages label it (for the notice about values the page could not use). */
export const KPI_PARAM_LABELS: Readonly<Record<string, string>> = Object.freeze({
  fy: "年度",
  program: "事業",
  metric: "指標",
  months: "期間",
  view: "表示",
  bureau: "経済産業局",
  pref: "都道府県",
  order: "並べ方"
});

export interface MetricOption {
  metricId: string;
  name: string;
}

export interface PrefectureOption {
  code: string;
  name: string;
  shortName: string;
}

export const pickMetric = <T extends MetricOption>(raw: string, metrics: readonly T[]) =>
  pickOption(raw, metrics, [(m) => m.metricId, (m) => m.name]);

export const pickPrefecture = <T extends PrefectureOption>(raw: string, prefectures: readonly T[]) =>
  pickOption(raw, prefectures, [(p) => p.code, (p) => p.name, (p) => p.shortName]);

/**
 * The values of the address the page cannot use, with what it shows instead: malformed ones, a 年度 without data,
 * a metric the program shown does not have, an unknown prefecture. (事業 and 経済産業局 have their own notices.)
 */
export function unreadParams(
  asked: KpiView,
  rejected: readonly RejectedParam[],
  known: {fiscalYears: readonly number[]; metrics: readonly MetricOption[]; prefectures?: readonly PrefectureOption[]}
): Array<{label: string; raw: string; shown: string}> {
  const unread = rejected.map((r) => ({label: KPI_PARAM_LABELS[r.param] ?? r.param, raw: r.raw, shown: "既定の値"}));
  if (asked.fiscalYear !== null && !known.fiscalYears.includes(asked.fiscalYear)) {
    unread.push({label: "年度", raw: String(asked.fiscalYear), shown: "最新の年度"});
  }
  if (asked.metric !== "" && !pickMetric(asked.metric, known.metrics).found) {
    unread.push({label: "指標", raw: asked.metric, shown: "事業の最初の指標"});
  }
  if (known.prefectures && asked.prefecture !== "" && !pickPrefecture(asked.prefecture, known.prefectures).found) {
    unread.push({label: "都道府県", raw: asked.prefecture, shown: "最初の都道府県"});
  }
  return unread;
}
