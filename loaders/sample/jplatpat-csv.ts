// Writes text exactly in the J-PlatPat CSV dialect (docs/jplatpat-format.md §2–3): every field double-quoted,
// LF line endings including after the last record, header on line 1, and UTF-8 with a BOM; or CP932 without a BOM
// for a file re-saved by Excel.

import iconv from "iconv-lite";
import {JPLATPAT_COLUMNS, type JplatpatField} from "../jplatpat/columns.js";

export type ColumnVariant = 13 | 15 | 16;
export type SampleEncoding = "utf-8" | "cp932";

const COLUMNS_13: readonly JplatpatField[] = [
  "documentNumber", "applicationNumber", "filingDate", "publicationDate", "title", "applicants", "fi",
  "publicationNumber", "examinedNumber", "registrationNumber", "appealNumbers", "otherNumbers", "url"
];
const COLUMNS_15: readonly JplatpatField[] = [...COLUMNS_13.slice(0, 12), "stage", "lastEvent", "url"];
const COLUMNS_16: readonly JplatpatField[] = [...COLUMNS_15.slice(0, 7), "abstract", ...COLUMNS_15.slice(7)];

/** The fields of each header variant, in file order. */
export const VARIANT_FIELDS: Readonly<Record<ColumnVariant, readonly JplatpatField[]>> = {
  13: COLUMNS_13,
  15: COLUMNS_15,
  16: COLUMNS_16
};

/** One record: every field quoted (quotes doubled, although J-PlatPat has never been seen to need it), then LF. */
export function csvRecordLine(cells: readonly string[]): string {
  const escaped = cells.some((cell) => cell.includes('"')) ? cells.map((cell) => cell.replaceAll('"', '""')) : cells;
  // One join builds a flat string; a chain of += builds a rope that costs more to encode later.
  return `"${escaped.join('","')}"\n`;
}

export function headerLine(variant: ColumnVariant): string {
  return csvRecordLine(VARIANT_FIELDS[variant].map((field) => JPLATPAT_COLUMNS[field]));
}

export interface LineSpan {
  /** 1-based physical line of the first character. */
  line: number;
  /** 1-based physical line of the last character (a multi-line 要約 spans several). */
  endLine: number;
  /** Character offset of the first character in the text. */
  offset: number;
}

/** Accumulates the text of one file and knows the physical lines of everything appended to it. */
export class CsvTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private nextLine = 1;

  /** Appends text that ends with a line break (or, for a truncated file, deliberately does not). */
  append(text: string): LineSpan {
    const span: LineSpan = {line: this.nextLine, endLine: this.nextLine, offset: this.length};
    let breaks = 0;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) breaks++;
    const endsWithBreak = text.endsWith("\n");
    span.endLine = this.nextLine + breaks - (endsWithBreak ? 1 : 0);
    this.nextLine += breaks;
    this.parts.push(text);
    this.length += text.length;
    return span;
  }

  toString(): string {
    return this.parts.join("");
  }

  /** UTF-8 with a BOM, encoded part by part: no need to build the whole text as one string first. */
  toUtf8WithBom(): Uint8Array {
    let capacity = 3;
    for (const part of this.parts) capacity += part.length * 3;
    const bytes = new Uint8Array(capacity);
    bytes.set(UTF8_BOM);
    let written = UTF8_BOM.length;
    for (const part of this.parts) written += utf8.encodeInto(part, bytes.subarray(written)).written;
    return bytes.slice(0, written);
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const utf8 = new TextEncoder();
const cp932Strict = new TextDecoder("shift_jis", {fatal: true});

/** The bytes of a file: UTF-8 with a BOM as J-PlatPat writes, or CP932 without one as Excel writes. */
export function encodeSampleText(text: string, encoding: SampleEncoding): Uint8Array {
  if (encoding === "utf-8") return utf8.encode("\uFEFF" + text);
  const encoded = iconv.encode(text, "cp932");
  const bytes = new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  // iconv-lite silently writes "?" for characters CP932 lacks (〜 U+301C, the minus sign U+2212, …): check that the
  // bytes read back to the very same text, as the ingester's strict decoder will read them.
  if (cp932Strict.decode(bytes) !== text) {
    const bad = [...text].find((ch) => cp932Strict.decode(iconv.encode(ch, "cp932")) !== ch);
    throw new Error(`the sample text has a character that CP932 cannot encode: U+${bad?.codePointAt(0)?.toString(16)}`);
  }
  return bytes;
}
