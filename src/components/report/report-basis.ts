// The data basis of a report (loaders/report/report-basis.ts reads it from the warehouse): per collection, how it
// was searched and which files it holds, with each file's counts balance.

export interface ReportFile {
  name: string;
  /** Rows read = loaded + merged into an application already there + rejected. */
  read: number;
  loaded: number;
  merged: number;
  rejected: number;
  /** Rows replaced by a later file's row for the same application. */
  superseded: number;
  /** The bundled fictional sample. */
  sample: boolean;
  ingested: string;
}

export interface ReportCollection {
  name: string;
  /** 検索式 as recorded with `npm run chizai -- collection set`; null when nobody recorded it. */
  searchQuery: string | null;
  /** 検索日, YYYY-MM-DD. */
  searchDate: string | null;
  note: string | null;
  files: ReportFile[];
}

export interface ReportBasis {
  collections: ReportCollection[];
}

export const EMPTY_BASIS: ReportBasis = {collections: []};
