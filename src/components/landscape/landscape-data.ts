// The landscape datasets in memory: typed arrays indexed by application id (0…n-1, in filing-date order) plus
// CSR-style offsets into the per-application lists (applicants, FI codes, collections), so every aggregation is a
// loop over integers. Built from plain arrays, so tests can make one by hand (test/support/landscape-fixture.ts).

import type {LandscapeMeta} from "./landscape-meta.js";

export interface FiCodeTable {
  fi: readonly string[];
  section: readonly string[];
  class: readonly string[];
  subclass: readonly string[];
  mainGroup: readonly string[];
  /** main group / subgroup, e.g. "H01M10/0562" (without 展開記号 and 分冊識別記号). */
  subgroup: readonly string[];
}

/** The columns of the landscape Parquet files, as decoded (load-landscape.ts) or written by hand in tests. */
export interface LandscapeParts {
  meta: LandscapeMeta;
  /** One value per application; the counts say how many rows of each list below belong to it. */
  patents: {
    filingDay: Int32Array;
    publicationDay: Int32Array;
    stage: Int32Array;
    event: Int32Array;
    sample: Int32Array;
    applicantCount: Int32Array;
    fiCount: Int32Array;
    collectionCount: Int32Array;
  };
  /** Name ids by application, lead applicant (筆頭出願人) first. */
  applicants: Int32Array;
  /** Indexed by name id; entity and group ids come with their labels (one label per id). */
  names: {
    name: readonly string[];
    entity: Int32Array;
    entityLabel: readonly string[];
    group: Int32Array;
    groupLabel: readonly string[];
  };
  /** FI code ids by application, 筆頭FI first. */
  fi: Int32Array;
  fiCodes: FiCodeTable;
  /** Collection ids by application. */
  collections: Int32Array;
}

export interface LandscapeData {
  meta: LandscapeMeta;
  applications: number;
  filingDay: Int32Array;
  /** MISSING_DAY where the export had no 公知日. */
  publicationDay: Int32Array;
  /** Index into meta.stages / meta.events; 0 = unknown. */
  stage: Int32Array;
  event: Int32Array;
  /** 1 when the application was read from the bundled fictional sample. */
  sample: Int32Array;
  /** Applicants of application a: applicantName[applicantStart[a] … applicantStart[a + 1]). The first is the lead. */
  applicantStart: Int32Array;
  applicantName: Int32Array;
  names: readonly string[];
  entityOfName: Int32Array;
  entities: readonly string[];
  groupOfName: Int32Array;
  groups: readonly string[];
  /** FI codes of application a: fiCode[fiStart[a] … fiStart[a + 1]), with fiLead = 1 for the 筆頭FI (the first). */
  fiStart: Int32Array;
  fiCode: Int32Array;
  fiLead: Uint8Array;
  fiCodes: FiCodeTable;
  /** Collections of application a: collectionOf[collectionStart[a] … collectionStart[a + 1]). */
  collectionStart: Int32Array;
  collectionOf: Int32Array;
}

/** Where each application's rows start in a list, from the number of rows each has: start[a] … start[a + 1]. */
export function offsetsOf(counts: Int32Array, rows: number): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let a = 0; a < counts.length; ++a) start[a + 1] = start[a]! + counts[a]!;
  if (start[counts.length] !== rows) {
    throw new Error(`landscape data: the counts add up to ${start[counts.length]} rows, the list has ${rows}`);
  }
  return start;
}

/** Labels indexed by id from (id, label) pairs given per row. */
function labelsById(ids: Int32Array, labels: readonly string[]): string[] {
  const byId: string[] = [];
  for (let i = 0; i < ids.length; ++i) byId[ids[i]!] ??= labels[i] ?? "";
  for (let id = 0; id < byId.length; ++id) byId[id] ??= "";
  return byId;
}

export function buildLandscapeData(parts: LandscapeParts): LandscapeData {
  const {patents} = parts;
  const applications = patents.filingDay.length;
  const fiStart = offsetsOf(patents.fiCount, parts.fi.length);
  const fiLead = new Uint8Array(parts.fi.length);
  for (let a = 0; a < applications; ++a) if (fiStart[a]! < fiStart[a + 1]!) fiLead[fiStart[a]!] = 1;
  return {
    meta: parts.meta,
    applications,
    filingDay: patents.filingDay,
    publicationDay: patents.publicationDay,
    stage: patents.stage,
    event: patents.event,
    sample: patents.sample,
    applicantStart: offsetsOf(patents.applicantCount, parts.applicants.length),
    applicantName: parts.applicants,
    names: parts.names.name,
    entityOfName: parts.names.entity,
    entities: labelsById(parts.names.entity, parts.names.entityLabel),
    groupOfName: parts.names.group,
    groups: labelsById(parts.names.group, parts.names.groupLabel),
    fiStart,
    fiCode: parts.fi,
    fiLead,
    fiCodes: parts.fiCodes,
    collectionStart: offsetsOf(patents.collectionCount, parts.collections.length),
    collectionOf: parts.collections
  };
}

/** The text columns of the document list (documents.parquet). */
export type DocumentColumn =
  | "applicationNumber"
  | "documentNumber"
  | "title"
  | "applicants"
  | "url"
  | "publicationNumber"
  | "registrationNumber";

/**
 * Text of each application for the document list, indexed by application id. Reading 100,000 titles into strings
 * takes longer than drawing every chart, and a page of the list needs 50: cells are read one by one, and a whole
 * column only when a search or a sort needs it.
 */
export interface LandscapeDocuments {
  readonly length: number;
  /** One cell ("" when empty). */
  get(column: DocumentColumn, app: number): string;
  /** A whole column, read once and kept. */
  column(column: DocumentColumn): readonly string[];
}

/** Documents from a per-cell reader (an Arrow table) or from ready columns (tests). */
export function landscapeDocuments(
  length: number,
  read: (column: DocumentColumn, app: number) => string
): LandscapeDocuments {
  const columns = new Map<DocumentColumn, string[]>();
  return {
    length,
    get: (column, app) => columns.get(column)?.[app] ?? read(column, app),
    column(column) {
      let values = columns.get(column);
      if (!values) {
        values = new Array<string>(length);
        for (let app = 0; app < length; ++app) values[app] = read(column, app);
        columns.set(column, values);
      }
      return values;
    }
  };
}

/** Applications in the mask that came from the bundled fictional sample: the banner shows when this is > 0. */
export function sampleCount(data: LandscapeData, mask: Uint8Array): number {
  let n = 0;
  for (let a = 0; a < data.applications; ++a) if (mask[a] && data.sample[a]) ++n;
  return n;
}
