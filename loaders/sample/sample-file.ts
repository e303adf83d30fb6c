// Writes one planned file of the sample: header, rows newest 公知日 first, and in the defect set the broken rows
// and pasted header it was given, recording the physical line of each so that tests can find them.

import type {ApplicationSkeleton} from "./application-skeletons.js";
import {isoDate} from "./calendar.js";
import {defectiveRowLine, truncationOffset, type FileDefectPlan, type SampleDefect} from "./defects.js";
import type {PlannedFile} from "./file-plan.js";
import {
  CsvTextBuilder, csvRecordLine, encodeSampleText, headerLine, VARIANT_FIELDS, type ColumnVariant, type LineSpan,
  type SampleEncoding
} from "./jplatpat-csv.js";
import {patentRowCells, type PatentRowCells} from "./patent-row.js";

export interface SampleFile {
  fileName: string;
  bytes: Uint8Array;
  /** Data records written (not counting header lines), defective ones included. */
  records: number;
  columns: ColumnVariant;
  encoding: SampleEncoding;
  /** The 公知日 range the file was downloaded for, as ISO dates. */
  publicationDateRange: {from: string; to: string};
  /** The fictional download date, ISO. */
  exportedOn: string;
  /** Deliberate defects; empty except in the set made with `withDefects: true`. */
  defects: SampleDefect[];
}

/** A written file, with what is needed to derive a truncated copy of it. */
export interface WrittenFile {
  file: SampleFile;
  builder: CsvTextBuilder;
  /** Span of every data record, in order. */
  recordSpans: LineSpan[];
}

export function writeSampleFile(
  planned: PlannedFile,
  skeletons: readonly ApplicationSkeleton[],
  seed: number,
  defectPlan: FileDefectPlan | null
): WrittenFile {
  const fields = VARIANT_FIELDS[planned.columns];
  const rowExport = {
    exportDay: planned.exportDay,
    withAbstract: fields.includes("abstract"),
    withStatus: fields.includes("stage")
  };
  const builder = new CsvTextBuilder();
  builder.append(headerLine(planned.columns));
  const recordSpans: LineSpan[] = [];
  const defects: SampleDefect[] = [];
  const noteDefect = (kind: SampleDefect["kind"], span: LineSpan, expected: SampleDefect["expected"]) =>
    defects.push({fileName: planned.fileName, kind, line: span.line, endLine: span.endLine, expected});

  let previous: PatentRowCells | null = null;
  for (let position = planned.start; position < planned.end; position++) {
    const row = position - planned.start;
    const cells = patentRowCells(skeletons[position]!, seed, rowExport);
    if (defectPlan?.pastedHeaderAt === row) {
      // `cat a.csv b.csv`: the second export's header, BOM included, in the middle of the text.
      noteDefect("pasted-header", builder.append("\uFEFF" + headerLine(planned.columns)), "skip");
    }
    for (const defect of defectPlan?.rowDefects ?? []) {
      if (defect.position !== row) continue;
      const line = defectiveRowLine(defect.kind, previous ?? cells, fields, planned.exportDay, defects.length);
      const span = builder.append(line);
      recordSpans.push(span);
      noteDefect(defect.kind, span, "reject");
    }
    recordSpans.push(builder.append(csvRecordLine(fields.map((f) => cells[f]))));
    previous = cells;
  }

  const bytes =
    planned.encoding === "utf-8" ? builder.toUtf8WithBom() : encodeSampleText(builder.toString(), planned.encoding);
  const file: SampleFile = {
    fileName: planned.fileName,
    bytes,
    records: recordSpans.length,
    columns: planned.columns,
    encoding: planned.encoding,
    publicationDateRange: {from: isoDate(planned.fromDay), to: isoDate(planned.toDay)},
    exportedOn: isoDate(planned.exportDay),
    defects
  };
  return {file, builder, recordSpans};
}

/** A copy of a written file cut off in the middle of a record, as an interrupted download leaves it. */
export function truncatedCopy(source: WrittenFile): SampleFile {
  const {file, recordSpans} = source;
  const text = source.builder.toString();
  const victim = Math.floor(recordSpans.length * 0.6);
  const span = recordSpans[victim]!;
  const recordEnd = recordSpans[victim + 1]?.offset ?? text.length;
  const cut = truncationOffset(text, span.offset, recordEnd);
  const kept = text.slice(0, cut);
  let endLine = span.line;
  for (let i = span.offset; i < cut; i++) if (kept.charCodeAt(i) === 10) endLine++;
  const fileName = file.fileName.replace(/\.csv$/, "_途中切断.csv");
  return {
    ...file,
    fileName,
    bytes: encodeSampleText(kept, file.encoding),
    records: victim + 1,
    defects: [
      ...file.defects.filter((d) => d.endLine < span.line).map((d) => ({...d, fileName})),
      {fileName, kind: "truncated-record", line: span.line, endLine, expected: "reject"}
    ]
  };
}
