// The document list under the charts: the selected applications, narrowed by the keyword search (its matches come
// from src/components/search/), sortable and paged. Pure index work; document-table.ts draws it.

import {dateOfDay} from "./calendar.js";
import type {LandscapeData, LandscapeDocuments} from "./landscape-data.js";
import {MISSING_DAY} from "./landscape-meta.js";
import {stageLabel} from "./rights-status.js";
import {safeHttpUrl} from "./safe-url.js";

export type DocumentSortKey =
  | "filing"
  | "publication"
  | "applicationNumber"
  | "documentNumber"
  | "title"
  | "applicants"
  | "stage";

export const DOCUMENT_COLUMNS: ReadonlyArray<{key: DocumentSortKey | "url"; label: string}> = [
  {key: "applicationNumber", label: "出願番号"},
  {key: "documentNumber", label: "文献番号"},
  {key: "filing", label: "出願日"},
  {key: "publication", label: "公知日"},
  {key: "title", label: "発明の名称"},
  {key: "applicants", label: "出願人/権利者"},
  {key: "stage", label: "ステージ"},
  {key: "url", label: "文献URL"}
];

export interface DocumentQuery {
  /** 1 for each application matching the keyword search (SearchIndex.match); null = no search. */
  matches?: Uint8Array | null;
  sort?: DocumentSortKey;
  descending?: boolean;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Selected application ids matching the keyword search, sorted; ties keep filing order. Default: newest first. */
export function selectDocuments(
  data: LandscapeData,
  docs: LandscapeDocuments,
  mask: Uint8Array,
  {matches = null, sort = "filing", descending = sort === "filing" || sort === "publication"}: DocumentQuery = {}
): Int32Array {
  const ids: number[] = [];
  for (let a = 0; a < data.applications; ++a) if (mask[a] && (!matches || matches[a])) ids.push(a);
  const stageOf = (app: number) => stageLabel(data.meta.stages, data.stage[app]!);
  // Application ids are in filing order already.
  if (sort !== "filing") {
    const compare: (x: number, y: number) => number =
      sort === "publication"
        ? (x, y) => missingLast(data.publicationDay[x]!, data.publicationDay[y]!, descending)
        : sort === "stage"
          ? (x, y) => compareText(stageOf(x), stageOf(y))
          : ((values) => (x: number, y: number) => compareText(values[x]!, values[y]!))(docs.column(sort));
    ids.sort((x, y) => compare(x, y) || x - y);
    if (descending && sort !== "publication") ids.reverse();
  } else if (descending) ids.reverse();
  return Int32Array.from(ids);
}

/** Dates without a value sort last in either direction. */
function missingLast(x: number, y: number, descending: boolean): number {
  if (x === MISSING_DAY || y === MISSING_DAY) return (x === MISSING_DAY ? 1 : 0) - (y === MISSING_DAY ? 1 : 0);
  return descending ? y - x : x - y;
}

export interface DocumentRow {
  app: number;
  applicationNumber: string;
  documentNumber: string;
  filing: Date | null;
  publication: Date | null;
  title: string;
  applicants: string;
  stage: string;
  /** As in the export. */
  url: string;
  /** The URL when it is safe to link (http or https), else null. */
  link: string | null;
}

export function documentRow(data: LandscapeData, docs: LandscapeDocuments, app: number): DocumentRow {
  const url = docs.get("url", app);
  return {
    app,
    applicationNumber: docs.get("applicationNumber", app),
    documentNumber: docs.get("documentNumber", app),
    filing: dateOfDay(data.filingDay[app]!),
    publication: dateOfDay(data.publicationDay[app]!),
    title: docs.get("title", app),
    applicants: docs.get("applicants", app),
    stage: data.stage[app] ? stageLabel(data.meta.stages, data.stage[app]!) : "",
    url,
    link: safeHttpUrl(url)
  };
}

/** The CSV of the document list (the record list consultants pivot in Excel): the columns on screen and more. */
export const DOCUMENT_CSV_COLUMNS: ReadonlyArray<{key: string; label: string}> = [
  ...DOCUMENT_COLUMNS.filter(({key}) => key !== "url"),
  {key: "publicationNumber", label: "公開番号"},
  {key: "registrationNumber", label: "登録番号"},
  {key: "url", label: "文献URL"}
];

/** A row of the CSV: the document row plus the numbers the screen leaves out. */
export function documentCsvRow(data: LandscapeData, docs: LandscapeDocuments, app: number): Record<string, unknown> {
  return {
    ...documentRow(data, docs, app),
    publicationNumber: docs.get("publicationNumber", app),
    registrationNumber: docs.get("registrationNumber", app)
  };
}
