// The Japanese fiscal year (年度) runs April to March. Months are kept as calendar months (1–12, as kpi_facts
// stores them) and placed by their fiscal order: April = 0 … March = 11. A period is a run of months inside one
// 年度, inclusive at both ends, in fiscal order.

/** Calendar months in fiscal order: 4, 5, …, 12, 1, 2, 3. */
export const FISCAL_MONTHS: readonly number[] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

/** April → 0, December → 8, January → 9, March → 11. */
export function fiscalOrder(month: number): number {
  return (month + 8) % 12;
}

/** 0 → 4 (April), 11 → 3 (March). */
export function monthAt(order: number): number {
  return ((order + 3) % 12) + 1;
}

/** 0 → "4月". */
export function monthLabel(order: number): string {
  return `${monthAt(order)}月`;
}

/** Months from `from` to `to` (fiscal orders, inclusive). */
export interface FiscalPeriod {
  from: number;
  to: number;
}

export const FULL_YEAR: FiscalPeriod = {from: 0, to: 11};

/** A period in order, within 0–11, whatever order the two ends were chosen in. */
export function normalisePeriod(a: number, b: number): FiscalPeriod {
  const clamp = (n: number) => Math.min(11, Math.max(0, Math.trunc(n)));
  const [from, to] = [clamp(a), clamp(b)].sort((x, y) => x - y) as [number, number];
  return {from, to};
}

export function isFullYear(period: FiscalPeriod): boolean {
  return period.from === 0 && period.to === 11;
}

/** The fiscal orders the period covers. */
export function periodOrders(period: FiscalPeriod): number[] {
  const orders: number[] = [];
  for (let order = period.from; order <= period.to; ++order) orders.push(order);
  return orders;
}

export function inPeriod(order: number, period: FiscalPeriod): boolean {
  return order >= period.from && order <= period.to;
}

/** "4月〜9月"; the whole year is "4月〜3月（通期）"; a single month "6月". */
export function periodLabel(period: FiscalPeriod): string {
  if (period.from === period.to) return monthLabel(period.from);
  return `${monthLabel(period.from)}〜${monthLabel(period.to)}${isFullYear(period) ? "（通期）" : ""}`;
}

/** The calendar year a month of a 年度 falls in: 2024年度の1月 is January 2025. */
export function calendarYearOf(fiscalYear: number, month: number): number {
  return month < 4 ? fiscalYear + 1 : fiscalYear;
}

/** "2025年3月" for fiscal year 2024, order 11. */
export function yearMonthLabel(fiscalYear: number, order: number): string {
  const month = monthAt(order);
  return `${calendarYearOf(fiscalYear, month)}年${month}月`;
}
