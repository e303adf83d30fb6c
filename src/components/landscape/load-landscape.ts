// Decodes the landscape archive's members (read by the page with FileAttachment(…).arrayBuffer()/.json()) into
// LandscapeData. Columns become typed arrays straight from Arrow: the loader writes INTEGER columns without NULLs.

import type {Table} from "apache-arrow";
import {loadParquet} from "../parquet.js";
import {
  buildLandscapeData,
  landscapeDocuments,
  type DocumentColumn,
  type LandscapeData,
  type LandscapeDocuments
} from "./landscape-data.js";
import type {LandscapeMeta} from "./landscape-meta.js";

export interface LandscapeFiles {
  meta: LandscapeMeta;
  patents: ArrayBuffer;
  applicants: ArrayBuffer;
  names: ArrayBuffer;
  fi: ArrayBuffer;
  fiCodes: ArrayBuffer;
  collections: ArrayBuffer;
}

/** One record batch per file: several times faster to read than parquet-wasm's default of 1,024 rows. */
const ONE_BATCH = {batchSize: 1 << 24};

function ints(table: Table, column: string): Int32Array {
  const vector = table.getChild(column);
  if (!vector) throw new Error(`landscape data: column ${column} is missing`);
  const values = vector.toArray() as ArrayLike<number>;
  return values instanceof Int32Array ? values : Int32Array.from(values);
}

function strings(table: Table, column: string): string[] {
  const vector = table.getChild(column);
  if (!vector) throw new Error(`landscape data: column ${column} is missing`);
  const values: string[] = new Array(vector.length);
  for (let i = 0; i < vector.length; ++i) values[i] = String(vector.get(i) ?? "");
  return values;
}

export async function decodeLandscape(files: LandscapeFiles): Promise<LandscapeData> {
  const [patents, applicants, names, fi, fiCodes, collections] = await Promise.all(
    [files.patents, files.applicants, files.names, files.fi, files.fiCodes, files.collections].map((bytes) =>
      loadParquet(bytes, ONE_BATCH)
    )
  );
  return buildLandscapeData({
    meta: files.meta,
    patents: {
      filingDay: ints(patents, "filing_day"),
      publicationDay: ints(patents, "publication_day"),
      stage: ints(patents, "stage_id"),
      event: ints(patents, "event_id"),
      sample: ints(patents, "is_sample"),
      applicantCount: ints(patents, "applicants"),
      fiCount: ints(patents, "fi_codes"),
      collectionCount: ints(patents, "collections")
    },
    applicants: ints(applicants, "name_id"),
    names: {
      name: strings(names, "name"),
      entity: ints(names, "entity_id"),
      entityLabel: strings(names, "entity"),
      group: ints(names, "group_id"),
      groupLabel: strings(names, "group_name")
    },
    fi: ints(fi, "code_id"),
    fiCodes: {
      fi: strings(fiCodes, "fi"),
      section: strings(fiCodes, "section"),
      class: strings(fiCodes, "class"),
      subclass: strings(fiCodes, "subclass"),
      mainGroup: strings(fiCodes, "main_group"),
      subgroup: strings(fiCodes, "subgroup")
    },
    collections: ints(collections, "collection_id")
  });
}

const DOCUMENT_COLUMNS: Record<Exclude<DocumentColumn, "applicants">, string> = {
  applicationNumber: "application_number",
  documentNumber: "document_number",
  title: "title",
  url: "url",
  publicationNumber: "publication_number",
  registrationNumber: "registration_number"
};

/** The document text; the 出願人/権利者 cell is the application's names joined by commas, as in the export. */
export async function decodeDocuments(buffer: ArrayBuffer, data: LandscapeData): Promise<LandscapeDocuments> {
  const table = await loadParquet(buffer, ONE_BATCH);
  const vectors = new Map(
    Object.entries(DOCUMENT_COLUMNS).map(([column, name]) => {
      const vector = table.getChild(name);
      if (!vector) throw new Error(`landscape data: column ${name} is missing`);
      return [column as DocumentColumn, vector];
    })
  );
  return landscapeDocuments(table.numRows, (column, app) =>
    column === "applicants" ? applicantsCell(data, app) : String(vectors.get(column)!.get(app) ?? "")
  );
}

export function applicantsCell(data: LandscapeData, app: number): string {
  const names: string[] = [];
  for (let r = data.applicantStart[app]!; r < data.applicantStart[app + 1]!; ++r) {
    names.push(data.names[data.applicantName[r]!]!);
  }
  return names.join(",");
}
