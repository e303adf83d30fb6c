// One support-record row → the record it states, or the reason it is rejected. Unknown prefectures and programs,
// bad dates and 法人番号 with a wrong check digit are rejected, never guessed. When a row gives both 年度 and 支援日,
// they must agree (2024-03-15 is in 2023年度): one of them is wrong and only the bureau can say which.

import {fiscalYearOf, parseFiscalYear} from "../kpi/fiscal-year.js";
import type {KpiLookups} from "../kpi/kpi-lookups.js";
import {entityKey} from "../names/entity-key.js";
import {parseCorporateNumber} from "./corporate-number.js";
import {legalFormOf} from "./legal-form.js";
import {parseSupportDate} from "./support-date.js";
import type {SupportField, SupportLayout} from "./support-layout.js";

export interface SupportRecord {
  fiscalYear: number;
  /** ISO date, or null when the row gives only its 年度. */
  supportDate: string | null;
  prefectureCode: string;
  bureau: string;
  programId: string;
  /** The company cell exactly as written. */
  companyRaw: string;
  /** entityKey(companyRaw): how the company meets applicant names. */
  companyKey: string;
  /** The legal form the name is written with (株式会社, 有限会社 …), or null. */
  legalForm: string | null;
  corporateNumber: string | null;
  content: string | null;
  note: string | null;
}

export type SupportRowResult =
  | {ok: true; record: SupportRecord}
  | {ok: false; errorType: string; reason: string};

export function normaliseSupportRecord(
  fields: readonly string[],
  layout: SupportLayout,
  lookups: KpiLookups
): SupportRowResult {
  const cell = (field: SupportField): string | null => {
    const column = layout.columns[field];
    return column === undefined ? null : (fields[column] ?? "");
  };
  const header = (field: SupportField) => layout.headers[layout.columns[field]!];
  const reject = (errorType: string, reason: string): SupportRowResult => ({ok: false, errorType, reason});

  for (const field of ["prefecture", "program", "company"] as const) {
    if (cell(field)!.trim() === "") return reject("required-value", `${header(field)} is empty`);
  }
  const yearCell = cell("fiscalYear")?.trim() ?? "";
  const dateCell = cell("supportDate")?.trim() ?? "";
  if (yearCell === "" && dateCell === "") {
    const which = [layout.columns.fiscalYear, layout.columns.supportDate]
      .filter((c) => c !== undefined)
      .map((c) => layout.headers[c!])
      .join(" and ");
    return reject("required-value", `${which} ${which.includes(" and ") ? "are" : "is"} empty`);
  }

  let supportDate: string | null = null;
  let fiscalYear: number | null = null;
  if (dateCell !== "") {
    const date = parseSupportDate(dateCell);
    if (!date.ok) return reject(date.errorType, date.reason);
    supportDate = date.iso;
    fiscalYear = fiscalYearOf(Number(date.iso.slice(0, 4)), Number(date.iso.slice(5, 7)));
  }
  if (yearCell !== "") {
    const year = parseFiscalYear(yearCell);
    if (!year.ok) return reject(year.errorType, year.reason);
    if (fiscalYear !== null && fiscalYear !== year.fiscalYear) {
      return reject(
        "constraint-error",
        `${header("fiscalYear")} "${yearCell}" is ${year.fiscalYear}年度 but ${header("supportDate")} "${dateCell}" ` +
          `falls in ${fiscalYear}年度 (a 年度 runs April–March): correct one of the two`
      );
    }
    fiscalYear = year.fiscalYear;
  }

  const prefectureCell = cell("prefecture")!;
  const prefecture = lookups.prefectures.resolve(prefectureCell);
  if (!prefecture) {
    return reject("foreign-key", `${header("prefecture")} "${prefectureCell}" is not a prefecture: write 東京都, 東京, 13 or Tokyo`);
  }
  const programCell = cell("program")!;
  const program = lookups.programs.resolveProgram(programCell);
  if (!program) {
    const known = lookups.programs.programs.map((p) => p.name).join(", ");
    return reject(
      "foreign-key",
      `${header("program")} "${programCell}" is not a known program (known: ${known}; other spellings can be added ` +
        `as aliases in data/reference/programs.csv)`
    );
  }

  let corporateNumber: string | null = null;
  const numberCell = cell("corporateNumber");
  if (numberCell !== null) {
    const parsed = parseCorporateNumber(numberCell);
    if (!parsed.ok) return reject(parsed.errorType, parsed.reason);
    corporateNumber = parsed.corporateNumber;
  }

  const companyRaw = cell("company")!;
  const optional = (field: SupportField) => {
    const value = cell(field);
    return value === null || value.trim() === "" ? null : value;
  };
  return {
    ok: true,
    record: {
      fiscalYear: fiscalYear!,
      supportDate,
      prefectureCode: prefecture.code,
      bureau: prefecture.bureau,
      programId: program.id,
      companyRaw,
      companyKey: entityKey(companyRaw),
      legalForm: legalFormOf(companyRaw),
      corporateNumber,
      content: optional("content"),
      note: optional("note")
    }
  };
}
