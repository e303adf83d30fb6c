// The 概要 page's figures: what the warehouse holds, in one small JSON document.

import type {DuckDBConnection} from "@duckdb/node-api";
import {queryRows, queryValue} from "../warehouse/query.js";
import {resolvedNamesSource} from "./resolved-names.js";
import type {SiteWarehouse} from "./site-warehouse.js";

export type OverviewStatus = "ready" | "missing" | "empty";

/** Whether the data shown is the bundled fictional sample: "all", "some" (mixed with real files) or "none". */
export type SampleShare = "all" | "some" | "none";

export interface Overview {
  /** "missing": no warehouse yet; "empty": nothing loaded (or only refused files). */
  status: OverviewStatus;
  /** The warehouse's file name, never its folder. */
  warehouseName: string;
  generatedAt: string;
  sample: SampleShare;
  applications: number;
  /** Distinct applicant names as written (出願人名（原文）), entities (名寄せ後) and groups. */
  applicantNames: number;
  applicantEntities: number;
  applicantGroups: number;
  firstFiling: string | null;
  lastFiling: string | null;
  firstPublication: string | null;
  lastPublication: string | null;
  collections: Array<{name: string; applications: number; firstFiling: string | null; lastFiling: string | null}>;
  batchesLoaded: number;
  batchesRefused: number;
  rejects: number;
  kpiFacts: number;
  lastIngest: {at: string; fileName: string} | null;
  /** Applications per filing year (calendar), for the sparkline. */
  trend: Array<{year: number; applications: number}>;
}

async function sampleShare(connection: DuckDBConnection): Promise<SampleShare> {
  const [row] = await queryRows<{sample: number; real: number}>(
    connection,
    `SELECT count(*) FILTER (WHERE is_sample)::INTEGER AS sample, count(*) FILTER (WHERE NOT is_sample)::INTEGER AS real
     FROM batches WHERE status = 'loaded'`
  );
  if (!row || row.sample === 0) return "none";
  return row.real === 0 ? "all" : "some";
}

export async function readOverview(site: SiteWarehouse): Promise<Overview> {
  const {connection} = site;
  const names = await resolvedNamesSource(connection);
  const [totals] = await queryRows<{
    applications: number; first_filing: string | null; last_filing: string | null;
    first_publication: string | null; last_publication: string | null;
  }>(
    connection,
    `SELECT count(*)::INTEGER AS applications, min(filing_date) AS first_filing, max(filing_date) AS last_filing,
            min(publication_date) AS first_publication, max(publication_date) AS last_publication
     FROM patents`
  );
  const [applicants] = await queryRows<{names: number; entities: number; groups: number}>(
    connection,
    `SELECT count(DISTINCT name)::INTEGER AS names, count(DISTINCT entity)::INTEGER AS entities,
            count(DISTINCT group_name)::INTEGER AS groups
     FROM ${names.relation}`
  );
  const collections = await queryRows<Overview["collections"][number]>(
    connection,
    `SELECT c.collection AS name, count(*)::INTEGER AS applications,
            min(p.filing_date) AS "firstFiling", max(p.filing_date) AS "lastFiling"
     FROM collections c JOIN patents p USING (application_number)
     GROUP BY c.collection ORDER BY c.collection`
  );
  const [batches] = await queryRows<{loaded: number; refused: number}>(
    connection,
    `SELECT count(*) FILTER (WHERE status = 'loaded')::INTEGER AS loaded,
            count(*) FILTER (WHERE status = 'refused')::INTEGER AS refused
     FROM batches`
  );
  const [last] = await queryRows<{at: string; fileName: string}>(
    connection,
    `SELECT ingested_at AS at, file_name AS "fileName" FROM batches ORDER BY ingested_at DESC, batch_id DESC LIMIT 1`
  );
  const trend = await queryRows<{year: number; applications: number}>(
    connection,
    `SELECT year(filing_date)::INTEGER AS year, count(*)::INTEGER AS applications FROM patents GROUP BY 1 ORDER BY 1`
  );
  const rejects = (await queryValue<number>(connection, `SELECT count(*)::INTEGER FROM rejects`)) ?? 0;
  const kpiFacts = (await queryValue<number>(connection, `SELECT count(*)::INTEGER FROM kpi_facts`)) ?? 0;
  const applications = totals?.applications ?? 0;
  const loadedAnything = applications > 0 || kpiFacts > 0;
  return {
    status: site.state === "missing" ? "missing" : loadedAnything ? "ready" : "empty",
    warehouseName: site.fileName,
    generatedAt: new Date().toISOString(),
    sample: await sampleShare(connection),
    applications,
    applicantNames: applicants?.names ?? 0,
    applicantEntities: applicants?.entities ?? 0,
    applicantGroups: applicants?.groups ?? 0,
    firstFiling: totals?.first_filing ?? null,
    lastFiling: totals?.last_filing ?? null,
    firstPublication: totals?.first_publication ?? null,
    lastPublication: totals?.last_publication ?? null,
    collections,
    batchesLoaded: batches?.loaded ?? 0,
    batchesRefused: batches?.refused ?? 0,
    rejects,
    kpiFacts,
    lastIngest: last ?? null,
    trend
  };
}
