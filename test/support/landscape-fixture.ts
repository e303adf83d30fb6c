// Small hand-made landscape data sets for the unit tests of src/components/landscape/: applications written as
// records, numbered the way loaders/site/landscape-archive.ts numbers them (applications by filing date, names,
// entities, groups, FI codes, stages and collections in code-point order), so expected values can be checked by hand.

import {dayOfIso} from "../../src/components/landscape/calendar.js";
import {
  buildLandscapeData,
  landscapeDocuments,
  type DocumentColumn,
  type LandscapeData,
  type LandscapeDocuments
} from "../../src/components/landscape/landscape-data.js";
import {MISSING_DAY, type LandscapeMeta} from "../../src/components/landscape/landscape-meta.js";

export interface FixtureApplication {
  /** 出願日, "2020-05-01". */
  filing: string;
  /** 公知日; null or absent = the export had none. */
  publication?: string | null;
  stage?: string | null;
  event?: string | null;
  /** Raw names, lead first. */
  applicants: string[];
  /** FI codes, 筆頭FI first. */
  fi?: string[];
  collections?: string[];
  sample?: boolean;
  /** Document text (defaults derived from the index). */
  applicationNumber?: string;
  title?: string;
  url?: string;
}

/** 名寄せ of raw names; a name not listed is its own entity and group. */
export type FixtureNames = Record<string, {entity?: string; group?: string}>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dictionary(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byCodePoint);
}

function fiParts(fi: string) {
  const subgroup = fi.replace(/[,@].*$/, "");
  return {
    section: fi.slice(0, 1),
    class: fi.slice(0, 3),
    subclass: fi.slice(0, 4),
    mainGroup: fi.replace(/\/.*$/, ""),
    subgroup
  };
}

export interface Fixture {
  data: LandscapeData;
  docs: LandscapeDocuments;
  /** The application records in id order. */
  apps: FixtureApplication[];
}

/** The order collections were ingested in, oldest first (default: none recorded, as in an old archive). */
export interface FixtureOptions {
  ingestOrder?: string[];
}

export function landscapeFixture(
  records: FixtureApplication[],
  names: FixtureNames = {},
  {ingestOrder = []}: FixtureOptions = {}
): Fixture {
  const apps = records
    .map((record, i) => ({record, i}))
    .sort((x, y) => byCodePoint(x.record.filing, y.record.filing) || x.i - y.i)
    .map(({record}) => record);
  const rawNames = dictionary(apps.flatMap((a) => a.applicants));
  const entityOf = (name: string) => names[name]?.entity ?? name;
  const groupOf = (name: string) => names[name]?.group ?? names[name]?.entity ?? name;
  const entities = dictionary(rawNames.map(entityOf));
  const groups = dictionary(rawNames.map(groupOf));
  const codes = dictionary(apps.flatMap((a) => a.fi ?? []));
  const stages = dictionary(apps.flatMap((a) => (a.stage ? [a.stage] : [])));
  const events = dictionary(apps.flatMap((a) => (a.event ? [a.event] : [])));
  const collectionNames = dictionary(apps.flatMap((a) => a.collections ?? []));

  const filingDay = Int32Array.from(apps, (a) => dayOfIso(a.filing));
  const publicationDay = Int32Array.from(apps, (a) => (a.publication ? dayOfIso(a.publication) : MISSING_DAY));
  const applicantRows = apps.flatMap((a) => a.applicants.map((name) => rawNames.indexOf(name)));
  const fiRows = apps.flatMap((a) => (a.fi ?? []).map((code) => codes.indexOf(code)));
  const collectionRows = apps.flatMap((a) => dictionary(a.collections ?? []).map((c) => collectionNames.indexOf(c)));
  const max = (days: Int32Array) => {
    const known = [...days].filter((d) => d !== MISSING_DAY);
    return known.length ? Math.max(...known) : null;
  };
  const meta: LandscapeMeta = {
    status: apps.length ? "ready" : "empty",
    warehouseName: "fixture.duckdb",
    generatedAt: "2026-01-01T00:00:00.000Z",
    applications: apps.length,
    sampleApplications: apps.filter((a) => a.sample).length,
    stages: ["", ...stages],
    events: ["", ...events],
    collections: collectionNames.map((name) => ({
      name,
      applications: apps.filter((a) => a.collections?.includes(name)).length,
      sampleApplications: apps.filter((a) => a.sample && a.collections?.includes(name)).length,
      lastBatch: ingestOrder.includes(name) ? ingestOrder.indexOf(name) + 1 : null,
      lastIngestedAt: ingestOrder.includes(name) ? `2026-01-0${ingestOrder.indexOf(name) + 1} 09:00:00` : null
    })),
    latestFilingDay: max(filingDay),
    latestPublicationDay: max(publicationDay),
    namesResolved: true
  };
  const parts = codes.map(fiParts);
  const data = buildLandscapeData({
    meta,
    patents: {
      filingDay,
      publicationDay,
      stage: Int32Array.from(apps, (a) => (a.stage ? stages.indexOf(a.stage) + 1 : 0)),
      event: Int32Array.from(apps, (a) => (a.event ? events.indexOf(a.event) + 1 : 0)),
      sample: Int32Array.from(apps, (a) => (a.sample ? 1 : 0)),
      applicantCount: Int32Array.from(apps, (a) => a.applicants.length),
      fiCount: Int32Array.from(apps, (a) => a.fi?.length ?? 0),
      collectionCount: Int32Array.from(apps, (a) => new Set(a.collections ?? []).size)
    },
    applicants: Int32Array.from(applicantRows),
    names: {
      name: rawNames,
      entity: Int32Array.from(rawNames, (n) => entities.indexOf(entityOf(n))),
      entityLabel: rawNames.map(entityOf),
      group: Int32Array.from(rawNames, (n) => groups.indexOf(groupOf(n))),
      groupLabel: rawNames.map(groupOf)
    },
    fi: Int32Array.from(fiRows),
    fiCodes: {
      fi: codes,
      section: parts.map((p) => p.section),
      class: parts.map((p) => p.class),
      subclass: parts.map((p) => p.subclass),
      mainGroup: parts.map((p) => p.mainGroup),
      subgroup: parts.map((p) => p.subgroup)
    },
    collections: Int32Array.from(collectionRows)
  });
  const columns: Record<DocumentColumn, string[]> = {
    applicationNumber: apps.map((a, i) => a.applicationNumber ?? `特願2020-${String(i + 1).padStart(6, "0")}`),
    documentNumber: apps.map((_, i) => `特開2021-${String(i + 1).padStart(6, "0")}`),
    title: apps.map((a, i) => a.title ?? `発明${i + 1}`),
    applicants: apps.map((a) => a.applicants.join(",")),
    url: apps.map((a, i) => a.url ?? `https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2021-${String(i + 1).padStart(6, "0")}/11/ja`),
    publicationNumber: apps.map((_, i) => `特開2021-${String(i + 1).padStart(6, "0")}`),
    registrationNumber: apps.map(() => "")
  };
  const docs = landscapeDocuments(apps.length, (column, app) => columns[column][app]!);
  return {data, docs, apps};
}

/** A mask with 1 for every application. */
export function all(data: LandscapeData): Uint8Array {
  return new Uint8Array(data.applications).fill(1);
}

/** A mask with 1 for the given application ids. */
export function only(data: LandscapeData, ids: number[]): Uint8Array {
  const mask = new Uint8Array(data.applications);
  for (const id of ids) mask[id] = 1;
  return mask;
}
