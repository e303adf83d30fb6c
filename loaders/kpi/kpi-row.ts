// One KPI sheet row → the facts it states, or the reason it is rejected. A long row states one fact (a month's or
// the year's figures); a wide row states up to 12 monthly facts plus an annual one for its 目標 (and for its 合計
// when it has no monthly figures). Unknown prefectures, programs and metrics are rejected, never guessed.

import {parseFiscalYear} from "./fiscal-year.js";
import type {KpiLookups} from "./kpi-lookups.js";
import type {KpiLayout, LongKpiLayout, WideKpiLayout} from "./layouts.js";
import {parseMonth} from "./month.js";
import {parseKpiNumber} from "./number.js";
import type {ProgramMetric} from "./program-catalogue.js";

export interface KpiFact {
  fiscalYear: number;
  /** Calendar month 1–12; null for an annual figure. */
  month: number | null;
  /** JIS X 0401 code: '01' … '47'. */
  prefectureCode: string;
  /** Block short name: 関東 … */
  bureau: string;
  /** program_id */
  program: string;
  /** metric_id */
  metric: string;
  actual: number | null;
  target: number | null;
}

/** Frictionless error types (the vocabulary of Frictionless Data's validation reports). */
export type KpiRowErrorType =
  | "blank-row"
  | "missing-cell"
  | "extra-cell"
  | "required-value"
  | "type-error"
  | "constraint-error"
  | "foreign-key";

export interface KpiRowRejection {
  ok: false;
  errorType: KpiRowErrorType;
  reason: string;
  /** 0-based column of the offending cell; null for row-level problems. */
  columnIndex: number | null;
}

export interface KpiRowAccepted {
  ok: true;
  /** Empty when the row names its keys but states no figure yet (a month not reported). */
  facts: KpiFact[];
  /** Things worth telling the user that did not stop the row (a dash read as no figure). */
  notes: string[];
}

export type KpiRowResult = KpiRowAccepted | KpiRowRejection;

interface RowKeys {
  fiscalYear: number;
  prefectureCode: string;
  bureau: string;
  metric: ProgramMetric;
}

export function normaliseKpiRecord(fields: readonly string[], layout: KpiLayout, lookups: KpiLookups): KpiRowResult {
  if (fields.every((field) => field.trim() === "")) return reject("blank-row", "the row is blank", null);
  if (fields.length < layout.requiredCells) {
    return reject(
      "missing-cell",
      `the row has ${fields.length} cells where the header needs ${layout.requiredCells}: ` +
        "a column may be missing or shifted",
      null
    );
  }
  const extra = fields.findIndex((field, index) => index >= layout.headers.length && field.trim() !== "");
  if (extra >= 0) {
    const reason = `a value beyond the last header column: "${fields[extra]}" in column ${extra + 1}`;
    return reject("extra-cell", reason, extra);
  }

  const keys = readKeys(fields, layout, lookups);
  if (!keys.ok) return keys;
  return layout.kind === "long" ? longFacts(fields, layout, keys.keys) : wideFacts(fields, layout, keys.keys);
}

function readKeys(
  fields: readonly string[],
  layout: KpiLayout,
  lookups: KpiLookups
): {ok: true; keys: RowKeys} | KpiRowRejection {
  for (const column of [layout.fiscalYear, layout.prefecture, layout.program, layout.metric]) {
    if (fields[column]!.trim() === "") return reject("required-value", `${layout.headers[column]} is empty`, column);
  }

  const fiscalYear = parseFiscalYear(fields[layout.fiscalYear]!);
  if (!fiscalYear.ok) return reject(fiscalYear.errorType, fiscalYear.reason, layout.fiscalYear);

  const prefectureCell = fields[layout.prefecture]!;
  const prefecture = lookups.prefectures.resolve(prefectureCell);
  if (!prefecture) {
    return reject(
      "foreign-key",
      `${layout.headers[layout.prefecture]} "${prefectureCell}" is not a prefecture: write 東京都, 東京, 13 or Tokyo`,
      layout.prefecture
    );
  }

  const programCell = fields[layout.program]!;
  const program = lookups.programs.resolveProgram(programCell);
  if (!program) {
    const known = lookups.programs.programs.map((p) => p.name).join(", ");
    return reject(
      "foreign-key",
      `${layout.headers[layout.program]} "${programCell}" is not a known program (known: ${known}; ` +
        `other spellings can be added as aliases in data/reference/programs.csv)`,
      layout.program
    );
  }

  const metricCell = fields[layout.metric]!;
  const metric = lookups.programs.resolveMetric(program.id, metricCell);
  if (!metric) {
    const known = lookups.programs.metricsOf(program.id).map((m) => m.name).join(", ");
    return reject(
      "foreign-key",
      `${layout.headers[layout.metric]} "${metricCell}" is not a metric of ${program.name} (its metrics: ${known}; ` +
        `other spellings can be added as aliases in data/reference/program-metrics.csv)`,
      layout.metric
    );
  }

  return {
    ok: true,
    keys: {fiscalYear: fiscalYear.fiscalYear, prefectureCode: prefecture.code, bureau: prefecture.bureau, metric}
  };
}

function longFacts(fields: readonly string[], layout: LongKpiLayout, keys: RowKeys): KpiRowResult {
  let month: number | null = null;
  if (layout.month !== null) {
    const parsed = parseMonth(fields[layout.month]!);
    if (!parsed.ok) return reject(parsed.errorType, parsed.reason, layout.month);
    month = parsed.month;
  }
  const notes: string[] = [];
  const actual = readFigure(fields, layout, layout.actual, keys.metric, notes);
  if (!actual.ok) return actual;
  const target = layout.target === null ? null : readFigure(fields, layout, layout.target, keys.metric, notes);
  if (target !== null && !target.ok) return target;
  const targetValue = target?.value ?? null;
  if (actual.value === null && targetValue === null) return {ok: true, facts: [], notes};
  return {ok: true, facts: [fact(keys, month, actual.value, targetValue)], notes};
}

function wideFacts(fields: readonly string[], layout: WideKpiLayout, keys: RowKeys): KpiRowResult {
  const notes: string[] = [];
  const facts: KpiFact[] = [];
  let monthSum = 0;
  for (const {month, column} of layout.months) {
    const value = readFigure(fields, layout, column, keys.metric, notes);
    if (!value.ok) return value;
    if (value.value === null) continue;
    monthSum += value.value;
    facts.push(fact(keys, month, value.value, null));
  }

  let annualActual: number | null = null;
  if (layout.annual !== null) {
    const annual = readFigure(fields, layout, layout.annual, keys.metric, notes);
    if (!annual.ok) return annual;
    if (facts.length === 0) annualActual = annual.value;
    else if (annual.value !== null && keys.metric.valueKind === "count" && annual.value !== monthSum) {
      // One of the two is wrong and we cannot tell which: the bureau has to look.
      return reject(
        "constraint-error",
        `${layout.headers[layout.annual]} ${annual.value} differs from the sum of the months (${monthSum})`,
        layout.annual
      );
    }
    // A percentage's 合計 column is an average or nothing at all: the months are what is loaded.
  }

  let target: number | null = null;
  if (layout.target !== null) {
    const parsed = readFigure(fields, layout, layout.target, keys.metric, notes);
    if (!parsed.ok) return parsed;
    target = parsed.value;
  }
  if (annualActual !== null || target !== null) facts.push(fact(keys, null, annualActual, target));
  return {ok: true, facts, notes};
}

function readFigure(
  fields: readonly string[],
  layout: KpiLayout,
  column: number,
  metric: ProgramMetric,
  notes: string[]
): {ok: true; value: number | null} | KpiRowRejection {
  const parsed = parseKpiNumber(fields[column] ?? "", metric.unit);
  const header = layout.headers[column];
  if (!parsed.ok) return reject(parsed.errorType, `${header}: ${parsed.reason}`, column);
  if (parsed.note !== null) notes.push(`${header}: ${parsed.note}`);
  return {ok: true, value: parsed.value};
}

function fact(keys: RowKeys, month: number | null, actual: number | null, target: number | null): KpiFact {
  return {
    fiscalYear: keys.fiscalYear,
    month,
    prefectureCode: keys.prefectureCode,
    bureau: keys.bureau,
    program: keys.metric.programId,
    metric: keys.metric.id,
    actual,
    target
  };
}

function reject(errorType: KpiRowErrorType, reason: string, columnIndex: number | null): KpiRowRejection {
  return {ok: false, errorType, reason, columnIndex};
}
