// Japanese number, date and fiscal-year labels. One place so every page writes 1,234件 and 2024年度 the same way.
//
// Calendar dates (出願日, 公知日) travel as Date objects at UTC midnight (DuckDB, Arrow Date32 and Plot's default
// "utc" time scale all agree on that), so they are formatted in UTC: the day never shifts with the viewer's zone.

/** Shown for null, undefined and NaN: the dash Japanese tables use for "no value". */
export const MISSING = "－";

const integerFormat = new Intl.NumberFormat("ja-JP", {maximumFractionDigits: 0});
const compactFormat = new Intl.NumberFormat("ja-JP", {notation: "compact", maximumFractionDigits: 1});

function isMissing(value: number | null | undefined): value is null | undefined {
  return value == null || Number.isNaN(value);
}

export interface DigitsOption {
  /** Decimal places shown. */
  digits?: number;
}

/**
 * Options are read only from a real object: Plot calls `tickFormat(value, index, ticks)`, so a formatter passed
 * directly (`tickFormat: formatNumber`) receives the tick index as its second argument and must ignore it.
 */
function digitsOf(options: unknown, fallback: number): number {
  return typeof options === "object" && options !== null && typeof (options as DigitsOption).digits === "number"
    ? (options as DigitsOption).digits!
    : fallback;
}

/**
 * One Intl.NumberFormat per option set: constructing one costs about a millisecond, and a chart formats hundreds
 * of labels.
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat("ja-JP", options)));
  return format;
}

/** 1234567 → "1,234,567"; `{digits: 1}` fixes the number of decimals (default: none). Safe as a Plot tickFormat. */
export function formatNumber(value: number | null | undefined, options?: DigitsOption): string {
  if (isMissing(value)) return MISSING;
  const digits = digitsOf(options, 0);
  if (digits === 0) return integerFormat.format(value);
  return numberFormat(`fixed:${digits}`, {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value);
}

/** 1234 → "1,234件" (counts of applications, consultations, …); `{unit: "者"}` for other counters. */
export function formatCount(value: number | null | undefined, options?: {unit?: string}): string {
  const unit = typeof options === "object" && typeof options?.unit === "string" ? options.unit : "件";
  return isMissing(value) ? MISSING : `${formatNumber(value)}${unit}`;
}

/** 12345 → "1.2万", 123456789 → "1.2億": for axis ticks where space is short. */
export function formatCompact(value: number | null | undefined): string {
  return isMissing(value) ? MISSING : compactFormat.format(value);
}

/** A ratio as a percentage: 0.1234 → "12.3%"; `{digits: 0}` → "12%". */
export function formatPercent(ratio: number | null | undefined, options?: DigitsOption): string {
  if (isMissing(ratio)) return MISSING;
  const digits = digitsOf(options, 1);
  return numberFormat(`percent:${digits}`, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(ratio);
}

function isValidDate(value: Date | null | undefined): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A calendar date as "2024/01/07" (the form Japanese spreadsheets and J-PlatPat use). */
export function formatDate(value: Date | null | undefined): string {
  if (!isValidDate(value)) return MISSING;
  return `${value.getUTCFullYear()}/${pad2(value.getUTCMonth() + 1)}/${pad2(value.getUTCDate())}`;
}

/** A calendar date in prose: "2024年1月7日". */
export function formatDateLong(value: Date | null | undefined): string {
  if (!isValidDate(value)) return MISSING;
  return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
}

/** The Japanese fiscal year (年度, April to March) a calendar date falls in: 2025-03-31 → 2024. */
export function fiscalYearOf(value: Date): number {
  const year = value.getUTCFullYear();
  return value.getUTCMonth() >= 3 ? year : year - 1;
}

/** 2024 → "2024年度". */
export function formatFiscalYear(fiscalYear: number | null | undefined): string {
  return isMissing(fiscalYear) ? MISSING : `${fiscalYear}年度`;
}

/**
 * Eras by the first fiscal year they name. A fiscal year is named by the era in force for most of it and numbered
 * by the calendar year it starts in, as government documents do: FY2019 (April 2019–, Reiwa from 1 May) is
 * 令和元年度, FY1988 (ending March 1989) is 昭和63年度. `base` + 1 is the era's first calendar year.
 */
const ERAS = [
  {name: "令和", firstFiscalYear: 2019, base: 2018},
  {name: "平成", firstFiscalYear: 1989, base: 1988},
  {name: "昭和", firstFiscalYear: 1927, base: 1925}
] as const;

/** 2024 → "令和6年度", 2019 → "令和元年度", 2018 → "平成30年度"; before FY1927 the Western label. */
export function formatFiscalYearEra(fiscalYear: number | null | undefined): string {
  if (isMissing(fiscalYear)) return MISSING;
  const era = ERAS.find((e) => fiscalYear >= e.firstFiscalYear);
  if (!era) return formatFiscalYear(fiscalYear);
  const n = fiscalYear - era.base;
  return `${era.name}${n === 1 ? "元" : n}年度`;
}

/** Both labels, for axis titles and tables read by people who think in either: "2024年度（令和6年度）". */
export function formatFiscalYearBoth(fiscalYear: number | null | undefined): string {
  if (isMissing(fiscalYear)) return MISSING;
  return `${formatFiscalYear(fiscalYear)}（${formatFiscalYearEra(fiscalYear)}）`;
}
