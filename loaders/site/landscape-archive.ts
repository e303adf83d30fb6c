// The landscape datasets: one compact Parquet file per concept, with small integer ids instead of repeated strings,
// so that the ランドスケープ and 出願人 pages can filter 100,000 applications in the browser with typed arrays.
//
//   patents      filing_day, publication_day, stage_id, event_id, is_sample,        one row per application, by id
//                applicants, fi_codes, collections (how many rows of each list below belong to it)
//   applicants   name_id                                                          by application, lead first
//   names        name_id, name, entity_id, entity, group_id, group_name           名寄せ: raw name → entity → group
//   fi           code_id                                                          by application, 筆頭FI first
//   fi-codes     code_id, fi, section, class, subclass, main_group, subgroup      the FI hierarchy of each code
//   collections  collection_id                                                    by application
//   documents    application_number, document_number, title, url, publication_number, registration_number
//                                                                                  text for the document list, by id
//   meta.json    status, dictionaries (stages, events, collections), latest dates (LandscapeMeta)
//
// Application ids number the applications by filing date (then number), 0…n-1: the row index of patents and of
// documents. The per-application lists carry no application column: the counts in patents say where each one's rows
// start, which halves what the browser decodes. The 出願人/権利者 cell is rebuilt in the browser from applicants and
// names (the export separates names with ASCII commas, which no name contains).
// Everything is cast to INTEGER/VARCHAR (no BIGINT reaches the browser) and NULL-free (MISSING_DAY, id 0 = unknown).

import {
  LANDSCAPE_FILES,
  MISSING_DAY,
  type LandscapeMeta,
  type LandscapeStatus
} from "../../src/components/landscape/landscape-meta.js";
import {queryRows} from "../warehouse/query.js";
import {selectToParquet} from "./parquet-export.js";
import {resolvedNamesSource} from "./resolved-names.js";
import type {SiteWarehouse} from "./site-warehouse.js";
import {tarArchive, type TarEntry} from "./tar-archive.js";

/** The order that numbers applications 0…n-1 (application ids): the search text (search-text.ts) follows it too. */
export const APPLICATION_ORDER = "filing_date, application_number";

const DAY = (column: string) => `datediff('day', DATE '1970-01-01', ${column})`;

/** Temporary id tables: the dictionaries every dataset of one archive shares. */
function idTablesSql(namesRelation: string): string {
  return `
CREATE OR REPLACE TEMP TABLE site_apps AS
SELECT (row_number() OVER (ORDER BY ${APPLICATION_ORDER}) - 1)::INTEGER AS app, application_number
FROM patents;

CREATE OR REPLACE TEMP TABLE site_stages AS
SELECT row_number() OVER (ORDER BY stage)::INTEGER AS stage_id, stage
FROM (SELECT DISTINCT stage FROM patents WHERE coalesce(stage, '') <> '');

CREATE OR REPLACE TEMP TABLE site_events AS
SELECT row_number() OVER (ORDER BY last_event)::INTEGER AS event_id, last_event
FROM (SELECT DISTINCT last_event FROM patents WHERE coalesce(last_event, '') <> '');

CREATE OR REPLACE TEMP TABLE site_sample_apps AS
SELECT DISTINCT s.application_number FROM patent_sources s JOIN batches b USING (batch_id) WHERE b.is_sample;

CREATE OR REPLACE TEMP TABLE site_collections AS
SELECT (row_number() OVER (ORDER BY collection) - 1)::INTEGER AS collection_id, collection
FROM (SELECT DISTINCT collection FROM collections);

CREATE OR REPLACE TEMP TABLE site_names AS
WITH named AS (
  SELECT name, min(entity) AS entity, min(group_name) AS group_name FROM ${namesRelation} GROUP BY name
)
SELECT
  (row_number() OVER (ORDER BY name) - 1)::INTEGER AS name_id, name,
  (dense_rank() OVER (ORDER BY entity) - 1)::INTEGER AS entity_id, entity,
  (dense_rank() OVER (ORDER BY group_name) - 1)::INTEGER AS group_id, group_name
FROM named;

CREATE OR REPLACE TEMP TABLE site_fi_codes AS
SELECT (row_number() OVER (ORDER BY fi) - 1)::INTEGER AS code_id, fi, section, class, subclass, main_group, subgroup
FROM (
  SELECT
    fi,
    coalesce(any_value(section), '') AS section,
    coalesce(any_value(class), '') AS class,
    coalesce(any_value(subclass), '') AS subclass,
    coalesce(any_value(main_group), '') AS main_group,
    coalesce(any_value(main_group || '/' || subgroup), fi) AS subgroup
  FROM patent_fi GROUP BY fi
);`;
}

const DATASETS: Record<Exclude<(typeof LANDSCAPE_FILES)[number], "meta.json">, string> = {
  "patents.parquet": `
    SELECT
      ${DAY("p.filing_date")}::INTEGER AS filing_day,
      coalesce(${DAY("p.publication_date")}, ${MISSING_DAY})::INTEGER AS publication_day,
      coalesce(st.stage_id, 0)::INTEGER AS stage_id,
      coalesce(ev.event_id, 0)::INTEGER AS event_id,
      (sa.application_number IS NOT NULL)::INTEGER AS is_sample,
      coalesce(ac.n, 0)::INTEGER AS applicants,
      coalesce(fc.n, 0)::INTEGER AS fi_codes,
      coalesce(cc.n, 0)::INTEGER AS collections
    FROM site_apps a
    JOIN patents p USING (application_number)
    LEFT JOIN (SELECT application_number, count(*) AS n FROM patent_applicants GROUP BY ALL) ac
      USING (application_number)
    LEFT JOIN (SELECT application_number, count(*) AS n FROM patent_fi GROUP BY ALL) fc USING (application_number)
    LEFT JOIN (SELECT application_number, count(*) AS n FROM collections GROUP BY ALL) cc USING (application_number)
    LEFT JOIN site_stages st ON st.stage = p.stage
    LEFT JOIN site_events ev ON ev.last_event = p.last_event
    LEFT JOIN site_sample_apps sa ON sa.application_number = a.application_number
    ORDER BY a.app`,
  "applicants.parquet": `
    SELECT n.name_id
    FROM patent_applicants r JOIN site_apps a USING (application_number) JOIN site_names n USING (name)
    ORDER BY a.app, r.position`,
  "names.parquet": `SELECT name_id, name, entity_id, entity, group_id, group_name FROM site_names ORDER BY name_id`,
  "fi.parquet": `
    SELECT c.code_id
    FROM patent_fi f JOIN site_apps a USING (application_number) JOIN site_fi_codes c USING (fi)
    ORDER BY a.app, f.position`,
  "fi-codes.parquet": `
    SELECT code_id, fi, section, class, subclass, main_group, subgroup FROM site_fi_codes ORDER BY code_id`,
  "collections.parquet": `
    SELECT c.collection_id
    FROM collections m JOIN site_apps a USING (application_number) JOIN site_collections c USING (collection)
    ORDER BY a.app, c.collection_id`,
  "documents.parquet": `
    SELECT p.application_number,
      coalesce(p.document_number, '') AS document_number,
      coalesce(p.title, '') AS title,
      coalesce(p.url, '') AS url,
      coalesce(p.publication_number, '') AS publication_number,
      coalesce(p.registration_number, '') AS registration_number
    FROM site_apps a JOIN patents p USING (application_number)
    ORDER BY a.app`
};

async function readMeta(site: SiteWarehouse, namesResolved: boolean): Promise<LandscapeMeta> {
  const {connection} = site;
  type Totals = {applications: number; sample: number; filing: number | null; publication: number | null};
  const [totals] = await queryRows<Totals>(
    connection,
    `SELECT count(*)::INTEGER AS applications,
            (SELECT count(*) FROM site_sample_apps)::INTEGER AS sample,
            max(${DAY("filing_date")})::INTEGER AS filing,
            max(${DAY("publication_date")})::INTEGER AS publication
     FROM patents`
  );
  const stages = await queryRows<{stage: string}>(connection, `SELECT stage FROM site_stages ORDER BY stage_id`);
  const events = await queryRows<{last_event: string}>(
    connection,
    `SELECT last_event FROM site_events ORDER BY event_id`
  );
  type CollectionRow = {name: string; applications: number; sample: number; batch: number | null; at: string | null};
  const collections = await queryRows<CollectionRow>(
    connection,
    `SELECT c.collection AS name, count(*)::INTEGER AS applications, count(sa.application_number)::INTEGER AS sample,
            any_value(lb.batch) AS batch, any_value(lb.at) AS at
     FROM site_collections c JOIN collections m USING (collection)
     LEFT JOIN site_sample_apps sa ON sa.application_number = m.application_number
     LEFT JOIN (
       SELECT collection, max(batch_id)::INTEGER AS batch, strftime(max(ingested_at), '%Y-%m-%d %H:%M:%S') AS at
       FROM batches WHERE status = 'loaded' AND collection IS NOT NULL GROUP BY collection
     ) lb USING (collection)
     GROUP BY c.collection_id, c.collection ORDER BY c.collection_id`
  );
  const applications = totals?.applications ?? 0;
  const status: LandscapeStatus = site.state === "missing" ? "missing" : applications === 0 ? "empty" : "ready";
  return {
    status,
    warehouseName: site.fileName,
    generatedAt: new Date().toISOString(),
    applications,
    sampleApplications: totals?.sample ?? 0,
    stages: ["", ...stages.map((s) => s.stage)],
    events: ["", ...events.map((e) => e.last_event)],
    collections: collections.map((c) => ({
      name: c.name,
      applications: c.applications,
      sampleApplications: c.sample,
      lastBatch: c.batch,
      lastIngestedAt: c.at
    })),
    latestFilingDay: totals?.filing ?? null,
    latestPublicationDay: totals?.publication ?? null,
    namesResolved
  };
}

/** Every landscape dataset of one warehouse snapshot, as the members of a tar archive. */
export async function landscapeEntries(site: SiteWarehouse): Promise<TarEntry[]> {
  const names = await resolvedNamesSource(site.connection);
  await site.connection.run(idTablesSql(names.relation));
  const meta = await readMeta(site, names.resolved);
  const entries: TarEntry[] = [{name: "meta.json", bytes: Buffer.from(JSON.stringify(meta), "utf8")}];
  for (const [name, select] of Object.entries(DATASETS)) {
    entries.push({name, bytes: await selectToParquet(site.connection, select)});
  }
  return entries;
}

export async function landscapeArchive(site: SiteWarehouse): Promise<Buffer> {
  return tarArchive(await landscapeEntries(site));
}
