// What the landscape archive (src/data/landscape.tar.ts) says about itself, shared by the loader that writes it and
// the pages that read it. Dates travel as whole days since 1970-01-01 (UTC) so that 100,000 of them fit in one
// Int32Array; the Parquet files carry no NULLs, so typed arrays can be taken from them directly.

/** Day number of a date that the export did not have (a 13-column export has no 公知日 for some rows). */
export const MISSING_DAY = -2147483648;

/** Index 0 of the stage and event dictionaries: the export said nothing (unknown, never "no rights"). */
export const UNKNOWN_INDEX = 0;

export type LandscapeStatus = "ready" | "missing" | "empty";

export interface LandscapeCollection {
  name: string;
  applications: number;
  /** Applications of this collection read from the bundled fictional sample. */
  sampleApplications: number;
  /**
   * The newest batch (batches.batch_id) loaded into this collection, and when (local time, "2026-12-03 18:15:00"):
   * the pages open on the collection ingested most recently. null in an archive written before this was kept.
   */
  lastBatch: number | null;
  lastIngestedAt: string | null;
}

export interface LandscapeMeta {
  /** "missing": no warehouse yet; "empty": a warehouse without patents (only KPI files, say). */
  status: LandscapeStatus;
  /** The warehouse's file name, never its folder. */
  warehouseName: string;
  generatedAt: string;
  applications: number;
  sampleApplications: number;
  /** ステージ values; the patents' stage ids index this list, 0 = unknown. */
  stages: string[];
  /** イベント詳細 values; 0 = unknown. */
  events: string[];
  /** Collection names; collection ids index this list. */
  collections: LandscapeCollection[];
  latestFilingDay: number | null;
  latestPublicationDay: number | null;
  /** False when the warehouse predates applicant names (名寄せ): entity and group then equal the raw name. */
  namesResolved: boolean;
}

/** The members of the archive, in the order the loader writes them. */
export const LANDSCAPE_FILES = [
  "meta.json",
  "patents.parquet",
  "applicants.parquet",
  "names.parquet",
  "fi.parquet",
  "fi-codes.parquet",
  "collections.parquet",
  "documents.parquet"
] as const;
