// The 比較 page's numbers over a real warehouse: the fictional sample ingested as two overlapping studies, decoded
// the way the page decodes it, against counts that DuckDB makes from the warehouse's own tables.

import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {beforeAll, describe, expect, test} from "vitest";
import {landscapeArchive} from "../../loaders/site/landscape-archive.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {collectionOverlap, overlapMask} from "../../src/components/compare/collection-overlap.js";
import {alignedTrends, applicantPanels, collectionPanels} from "../../src/components/compare/compare-panels.js";
import {NO_FILTER} from "../../src/components/landscape/filter-mask.js";
import type {LandscapeData} from "../../src/components/landscape/landscape-data.js";
import {initParquet} from "../../src/components/parquet.js";
import {decodeArchive} from "../support/landscape-archive.js";
import {EARLIER_STUDY, ingestSampleStudies, UPDATE_STUDY} from "../support/sample-studies.js";
import {query, tempWarehouse} from "../support/warehouse.js";

const wasm = readFileSync(createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"));

let db: string;
let data: LandscapeData;
beforeAll(async () => {
  await initParquet(wasm);
  db = tempWarehouse("compare-overlap");
  await ingestSampleStudies(db);
  const site = await openSiteWarehouse(db);
  let archive: Buffer;
  try {
    archive = await landscapeArchive(site);
  } finally {
    site.close();
  }
  ({data} = await decodeArchive(archive));
}, 240_000);

const ids = () => [EARLIER_STUDY, UPDATE_STUDY].map((name) => data.meta.collections.findIndex((c) => c.name === name));

describe("comparing two studies of one warehouse", () => {
  test("each panel counts what the warehouse holds for its collection, and the trends add up to it", async () => {
    const sizes = await query<{collection: string; n: number}>(
      db,
      "SELECT collection, count(DISTINCT application_number)::INTEGER AS n FROM collections GROUP BY ALL"
    );
    const panels = collectionPanels(data, NO_FILTER, ids());
    expect(panels.map((p) => [p.label, p.count])).toEqual(
      [EARLIER_STUDY, UPDATE_STUDY].map((name) => [name, sizes.find((s) => s.collection === name)!.n])
    );
    const {trends} = alignedTrends(data, panels, {basis: "filing", yearKind: "calendar"});
    expect(trends.map((t) => t.totals.reduce((n, d) => n + d.count, 0))).toEqual(panels.map((p) => p.count));
  });

  test("the overlap is the set of applications in both collections, as DuckDB counts it", async () => {
    const [{both, either}] = await query<{both: number; either: number}>(
      db,
      `SELECT count(*) FILTER (WHERE n = 2)::INTEGER AS both, count(*)::INTEGER AS either
       FROM (SELECT application_number, count(DISTINCT collection) AS n FROM collections GROUP BY ALL)`
    );
    expect(both).toBeGreaterThan(0);
    const overlap = collectionOverlap(data, new Uint8Array(data.applications).fill(1), ids());
    expect(overlap.inAll).toBe(both);
    expect(overlap.inSeveral).toBe(both);
    expect(overlap.pairs).toEqual([{a: 0, b: 1, count: both}]);
    expect(overlap.union).toBe(either);
    expect(overlap.memberships.reduce((n, m) => n + m.count, 0)).toBe(either);
    const mask = overlapMask(data, new Uint8Array(data.applications).fill(1), ids());
    expect(mask.reduce((n, m) => n + m, 0)).toBe(both);
  });

  test("an applicant's panel counts its applications within the collection, as DuckDB counts them", async () => {
    const [top] = await query<{name: string; n: number}>(
      db,
      `SELECT a.name, count(DISTINCT a.application_number)::INTEGER AS n
       FROM patent_applicants a JOIN collections c USING (application_number)
       WHERE c.collection = '${UPDATE_STUDY}' GROUP BY ALL ORDER BY n DESC, a.name LIMIT 1`
    );
    const scope = collectionPanels(data, NO_FILTER, [ids()[1]!])[0]!.mask;
    const {panels} = applicantPanels(data, scope, "name", [top!.name]);
    expect(panels.map((p) => [p.label, p.count])).toEqual([[top!.name, top!.n]]);
  });
});
