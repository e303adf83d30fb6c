// One J-PlatPat row → one normalised patent record, or the reason it is rejected.
// Raw text is kept beside every derived value; empty optional cells become null ("not known").

import {parseApplicationNumber, type Law} from "./application-number.js";
import {splitApplicants, type ApplicantName} from "./applicants.js";
import {cleanAbstract, splitAppealNumbers} from "./cells.js";
import {JPLATPAT_COLUMNS, type ColumnMap, type JplatpatField} from "./columns.js";
import {parseDocumentNumber, type DocumentKind} from "./document-number.js";
import {splitFiCell} from "./fi.js";
import {parseSlashDate} from "../text/slash-date.js";

export interface PatentRecord {
  applicationNumber: string;
  applicationKey: string;
  law: Law;
  applicationYear: number;
  applicationSerial: number;
  documentNumber: string | null;
  documentKind: DocumentKind | null;
  filingDate: string;
  publicationDate: string | null;
  title: string | null;
  abstract: string | null;
  abstractRaw: string | null;
  publicationNumber: string | null;
  publicationKind: DocumentKind | null;
  examinedNumber: string | null;
  registrationNumber: string | null;
  registrationKind: DocumentKind | null;
  appealNumbersRaw: string | null;
  appealNumbers: string[];
  otherNumbers: string | null;
  stage: string | null;
  lastEvent: string | null;
  url: string | null;
  applicantsRaw: string | null;
  applicants: ApplicantName[];
  fiRaw: string | null;
  /** The FI cell split into its codes (splitFiCell), 筆頭FI first; their parts are parsed once per distinct code. */
  fi: string[];
}

/** Why a row is rejected, with a Frictionless-style error type (the same vocabulary as the KPI rows). */
export interface RowRejection {
  ok: false;
  errorType: "required-value" | "type-error" | "constraint-error";
  reason: string;
}

export type RowResult = {ok: true; record: PatentRecord} | RowRejection;

export function normalisePatentRow(fields: readonly string[], columns: ColumnMap): RowResult {
  const cell = (field: JplatpatField): string | null => {
    const index = columns[field];
    if (index < 0) return null;
    const value = fields[index]!;
    return value.trim() === "" ? null : value;
  };

  const applicationRaw = cell("applicationNumber");
  if (applicationRaw === null) return reject("required-value", "出願番号 is empty");
  const application = parseApplicationNumber(applicationRaw);
  if (!application) return reject("type-error", `出願番号 is not a recognised application number: "${applicationRaw}"`);

  const filingRaw = cell("filingDate");
  if (filingRaw === null) return reject("required-value", "出願日 is empty");
  const filing = parseSlashDate(filingRaw);
  if (!filing.ok) return reject(filing.errorType, `出願日: ${filing.reason}`);

  let publicationDate: string | null = null;
  const publicationRaw = cell("publicationDate");
  if (publicationRaw !== null) {
    const publication = parseSlashDate(publicationRaw);
    if (!publication.ok) return reject(publication.errorType, `${JPLATPAT_COLUMNS.publicationDate}: ${publication.reason}`);
    publicationDate = publication.iso;
  }

  const documentNumber = cell("documentNumber");
  const publicationNumber = cell("publicationNumber");
  const registrationNumber = cell("registrationNumber");
  const abstractRaw = cell("abstract");
  const appealNumbersRaw = cell("appealNumbers");
  const applicantsRaw = cell("applicants");
  const fiRaw = cell("fi");

  return {
    ok: true,
    record: {
      applicationNumber: applicationRaw.trim(),
      applicationKey: application.key,
      law: application.law,
      applicationYear: application.year,
      applicationSerial: application.serial,
      documentNumber,
      documentKind: documentNumber === null ? null : (parseDocumentNumber(documentNumber)?.kind ?? null),
      filingDate: filing.iso,
      publicationDate,
      title: cell("title"),
      abstract: abstractRaw === null ? null : cleanAbstract(abstractRaw),
      abstractRaw,
      publicationNumber,
      publicationKind: publicationNumber === null ? null : (parseDocumentNumber(publicationNumber)?.kind ?? null),
      examinedNumber: cell("examinedNumber"),
      registrationNumber,
      registrationKind: registrationNumber === null ? null : (parseDocumentNumber(registrationNumber)?.kind ?? null),
      appealNumbersRaw,
      appealNumbers: appealNumbersRaw === null ? [] : splitAppealNumbers(appealNumbersRaw),
      otherNumbers: cell("otherNumbers"),
      stage: cell("stage"),
      lastEvent: cell("lastEvent"),
      url: cell("url"),
      applicantsRaw,
      applicants: applicantsRaw === null ? [] : splitApplicants(applicantsRaw),
      fiRaw,
      fi: fiRaw === null ? [] : splitFiCell(fiRaw)
    }
  };
}

function reject(errorType: RowRejection["errorType"], reason: string): RowRejection {
  return {ok: false, errorType, reason};
}

/**
 * Merges a later occurrence of the same application into an earlier one: a value present in `later` wins,
 * a value missing from `later` never erases one in `earlier` (an abstract from a 16-column export survives a
 * later 13-column export). Lists (applicants, FI) are replaced only by a non-empty later list.
 */
export function mergePatentRecords(earlier: PatentRecord, later: PatentRecord): PatentRecord {
  const merged = {...earlier} as Record<string, unknown>;
  for (const [key, value] of Object.entries(later)) {
    if (value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    merged[key] = value;
  }
  // The application is the same one: keep the spelling it was first seen under.
  merged.applicationNumber = earlier.applicationNumber;
  return merged as unknown as PatentRecord;
}
