// Deliberately broken input for tests of the ingester: rows it must reject (keeping them as rejects with their
// line numbers), a header pasted mid-file that it must skip, and a download cut off mid-record. Only the copy set
// made with `withDefects: true` has them; the bundled sample is clean.

import type {JplatpatField} from "../jplatpat/columns.js";
import {csvRecordLine} from "./jplatpat-csv.js";
import {documentUrl, type PatentRowCells} from "./patent-row.js";

export type SampleDefectKind =
  | "impossible-date"
  | "empty-application-number"
  | "ragged-row"
  | "stray-quote"
  | "pasted-header"
  | "truncated-record";

export interface SampleDefect {
  fileName: string;
  kind: SampleDefectKind;
  /** 1-based physical line where the defect starts (line 1 is the header). */
  line: number;
  /** Last physical line of the defect; equal to `line` except for a truncated multi-line record. */
  endLine: number;
  /** What a robust ingester does with those lines: keep them as rejects, or skip them (a repeated header). */
  expected: "reject" | "skip";
}

/** Row defects, inserted in this order at evenly spaced positions of one file. */
export const ROW_DEFECT_KINDS = ["impossible-date", "empty-application-number", "ragged-row", "stray-quote"] as const;
export type RowDefectKind = (typeof ROW_DEFECT_KINDS)[number];

/** The defects of one file, by row position (0-based, before the clean row at that position). */
export interface FileDefectPlan {
  rowDefects: {position: number; kind: RowDefectKind}[];
  pastedHeaderAt: number | null;
}

export function rowDefectPlan(rowCount: number): FileDefectPlan["rowDefects"] {
  return ROW_DEFECT_KINDS.map((kind, k) => ({position: Math.floor((rowCount * (k + 1)) / 5), kind}));
}

/** Serials no generated application or publication reaches, so defect rows never collide with clean ones. */
const DEFECT_SERIAL_BASE = 900_000;

/**
 * The raw line of a defective row. It copies its neighbour (so that its 公知日 keeps the file's order), takes
 * numbers from a reserved range, leaves 要約 empty so that the defect stays on one physical line, and then breaks
 * one thing.
 */
export function defectiveRowLine(
  kind: RowDefectKind,
  neighbour: PatentRowCells,
  fields: readonly JplatpatField[],
  exportDay: number,
  ordinal: number
): string {
  const serial = String(DEFECT_SERIAL_BASE + ordinal);
  const publicationYear = neighbour.publicationDate.slice(0, 4);
  const documentNumber = `特開${publicationYear}-${serial}`;
  const cells: PatentRowCells = {
    ...neighbour,
    documentNumber,
    applicationNumber: `特願${neighbour.filingDate.slice(0, 4)}-${serial}`,
    abstract: "",
    publicationNumber: documentNumber,
    registrationNumber: "",
    appealNumbers: "",
    otherNumbers: "",
    stage: "",
    lastEvent: "",
    url: documentUrl({number: documentNumber, urlId: `${publicationYear}-${serial}`, urlKind: "11"}, exportDay)
  };
  switch (kind) {
    case "impossible-date":
      return csvRecordLine(fields.map((f) => (f === "filingDate" ? "2021/02/30" : cells[f])));
    case "empty-application-number":
      return csvRecordLine(fields.map((f) => (f === "applicationNumber" ? "" : cells[f])));
    case "ragged-row":
      return csvRecordLine(fields.filter((f) => f !== "otherNumbers").map((f) => cells[f]));
    case "stray-quote": {
      // `"abc"def"`: a quote in the middle of a field that was never doubled.
      const line = csvRecordLine(fields.map((f) => (f === "title" ? "\u0000" : cells[f])));
      const title = cells.title;
      const half = Math.max(1, Math.floor(title.length / 2));
      return line.replace("\u0000", `${title.slice(0, half)}"${title.slice(half)}`);
    }
  }
}

/**
 * Where to cut a download "mid-record": in the middle of the record, moved forward until the cut falls inside a
 * quoted field (so that the last field is never closed) and not just after a line break.
 */
export function truncationOffset(text: string, recordStart: number, recordEnd: number): number {
  let cut = recordStart + Math.floor((recordEnd - recordStart) / 2);
  const insideQuotes = (at: number) => {
    let quotes = 0;
    for (let i = recordStart; i < at; i++) if (text.charCodeAt(i) === 34) quotes++;
    return quotes % 2 === 1;
  };
  while (cut < recordEnd && (!insideQuotes(cut) || text[cut - 1] === "\n" || text[cut - 1] === '"')) cut++;
  return cut;
}
