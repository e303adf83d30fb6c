// The 支援成果 page's datasets (loaders/site/outcomes.ts) over a real DuckDB file holding support outcomes: the
// counts against a hand count of the fixture's companies, the suppression of a publication build, and the company
// table that a publication build must not write.
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {readOutcomeCompanies, readOutcomes} from "../../loaders/site/outcomes.js";
import {batchesParquet, rejectsParquet} from "../../loaders/site/quality.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {queryRows} from "../../loaders/warehouse/query.js";
import type {Figure, OutcomeRow, OutcomeTable} from "../../src/components/outcomes/outcome-types.js";
import {
  addSupportFixture, filedAfter, firstTimeFiler, isLinked, SUPPORT_COMPANIES, SUPPORT_FILE, SUPPORT_REJECTED_RAW,
  type SupportCompany
} from "../support/support-outcomes-fixture.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest, tempWarehouse} from "../support/warehouse.js";

async function supportWarehouse(): Promise<string> {
  const db = tempWarehouse("outcomes-site");
  await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
  await addSupportFixture(db);
  return db;
}

/** The rows of a Parquet dataset, read back with DuckDB. */
async function parquetRows<T>(bytes: Buffer): Promise<T[]> {
  const file = path.join(makeTempDir("outcomes-parquet"), "data.parquet");
  fs.writeFileSync(file, bytes);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await queryRows<T>(connection, `SELECT * FROM '${file}'`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function read(db: string, publication: boolean) {
  const site = await openSiteWarehouse(db);
  try {
    return {data: await readOutcomes(site, {publication}), companies: await readOutcomeCompanies(site, {publication})};
  } finally {
    site.close();
  }
}

/** The counts of a group of fixture companies, by hand from the fixture's own definitions. */
function handCount(companies: readonly SupportCompany[]) {
  return {
    companies: companies.length,
    linked: companies.filter(isLinked).length,
    filedAfter: companies.filter(filedAfter).length,
    firstTimeFilers: companies.filter(firstTimeFiler).length
  };
}

const countsOf = (row: OutcomeRow) => ({
  companies: row.companies, linked: row.linked, filedAfter: row.filedAfter, firstTimeFilers: row.firstTimeFilers
});

const madoguchi = SUPPORT_COMPANIES.filter((c) => c.programId === "madoguchi");

describe("support outcome datasets", () => {
  it("says there are no support records in a warehouse without them, instead of failing", async () => {
    const db = tempWarehouse("outcomes-none");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const {data, companies} = await read(db, false);
    expect(data.status).toBe("empty");
    expect(data.scopes).toEqual([]);
    expect(companies.companies).toEqual([]);
  });

  it("counts each program's companies in the whole country, by bureau, 年度 and prefecture, as a hand count does", async () => {
    const db = await supportWarehouse();
    const {data, companies} = await read(db, false);
    expect(data.status).toBe("ready");
    expect(data.publication).toBe(false);
    expect(data.programs.map((p) => p.programId)).toEqual(["madoguchi", "kasokuteki"]);

    const nation = data.scopes.find((s) => s.programId === "madoguchi" && s.bureau === null)!;
    expect(countsOf(nation.total)).toEqual(handCount(madoguchi));
    for (const row of nation.byFiscalYear.rows) {
      expect(countsOf(row)).toEqual(handCount(madoguchi.filter((c) => String(c.firstFiscalYear) === row.key)));
    }
    expect(nation.byBureau!.rows.map((r) => r.key)).toEqual(["関東", "近畿", "九州"]);
    for (const row of nation.byBureau!.rows) {
      expect(countsOf(row)).toEqual(handCount(madoguchi.filter((c) => c.bureau === row.key)));
    }
    const kanto = data.scopes.find((s) => s.programId === "madoguchi" && s.bureau === "関東")!;
    expect(kanto.byPrefecture.rows.map((r) => [r.label, r.companies])).toEqual([["東京都", 5], ["神奈川県", 3]]);
    expect(countsOf(kanto.total)).toEqual(handCount(madoguchi.filter((c) => c.bureau === "関東")));

    // t = 1 in the whole country: every company whose 年度 first + 1 the warehouse has reached, applications of
    // the linked ones at t = 1 over them.
    const latestFiscalYear = Number(data.latestFiling!.slice(0, 4)) - (Number(data.latestFiling!.slice(5, 7)) < 4 ? 1 : 0);
    const seen = madoguchi.filter((c) => c.firstFiscalYear + 1 <= latestFiscalYear);
    const apps = seen.filter(isLinked).reduce((sum, c) => sum + c.filings.filter((t) => t === 1).length, 0);
    const point = nation.eventStudy.find((p) => p.t === 1)!;
    expect(point.companies).toBe(seen.length);
    expect(point.mean).toBe(seen.length ? Math.round((apps / seen.length) * 100) / 100 : null);

    // The company table: one row per program and company, with its linked entity; the ambiguous link for review.
    expect(companies.companies).toHaveLength(SUPPORT_COMPANIES.length);
    const minato = companies.companies.find((c) => c.company === "株式会社ミナト精機試験" && c.programId === "madoguchi")!;
    expect(minato.entities).toBe("ミナト精機試験株式会社");
    expect(minato.apps).toEqual([0, 1, 0, 0, 1, 2, 0]);
    expect(companies.ambiguous.map((a) => [a.company, a.ambiguity])).toEqual([["株式会社ヨツバ農機試験", "複数の都道府県"]]);
    expect(data.ambiguous).toBe(1);
  });

  it("publishes no count of 1 or 2 companies, none that a published total gives away, and no company", async () => {
    const db = await supportWarehouse();
    const {data, companies} = await read(db, true);
    expect(data.publication).toBe(true);
    expect(companies).toEqual({publication: true, companies: [], ambiguous: []});
    expect(data.ambiguous).toBe("<3");

    const tables: OutcomeTable[] = [
      ...Object.values(data.byProgram),
      ...data.scopes.flatMap((s) => [s.byFiscalYear, s.byPrefecture, ...(s.byBureau ? [s.byBureau] : [])])
    ];
    const measures = ["companies", "linked", "filedAfter", "firstTimeFilers", "incomplete"] as const;
    const figures = tables.flatMap((t) => [...t.rows, ...(t.total ? [t.total] : [])]).flatMap((r) => measures.map((m) => r[m]));
    expect(figures.filter((f) => f === 1 || f === 2)).toEqual([]);
    expect(figures).toContain("<3");
    expect(figures).toContain("x");
    // Secondary suppression: no published total has exactly one hidden cell in its column.
    for (const table of tables.filter((t) => t.total)) {
      for (const m of measures) {
        if (typeof table.total![m] !== "number") continue;
        const hidden = table.rows.filter((r) => typeof r[m] !== "number");
        expect(hidden.length === 1, `${table.dimension} ${m}: ${JSON.stringify(table.rows.map((r) => r[m]))}`).toBe(false);
      }
    }
    // A bureau's count is the same figure in the whole country's table and as the bureau's own total.
    const nation = data.scopes.find((s) => s.programId === "madoguchi" && s.bureau === null)!;
    for (const row of nation.byBureau!.rows) {
      const own = data.scopes.find((s) => s.programId === "madoguchi" && s.bureau === row.key)!;
      expect(countsOf(own.total)).toEqual(countsOf(row));
    }
    // Shares are only given where both counts are published.
    const isNumber = (f: Figure) => typeof f === "number";
    for (const row of tables.flatMap((t) => t.rows)) {
      if (!isNumber(row.companies) || !isNumber(row.filedAfter)) expect(row.filedAfterShare).toBeNull();
    }
    // The event study gives no number of companies, and no mean over fewer than 3.
    expect(data.scopes.flatMap((s) => s.eventStudy).every((p) => p.companies === null || p.companies === "<3")).toBe(true);
  });

  it("keeps the rejected rows of support files off the データ品質 datasets of a publication build", async () => {
    const db = await supportWarehouse();
    await ingest(db, [fixture("jplatpat/defects-15col.csv")]);
    const site = await openSiteWarehouse(db);
    try {
      const local = await parquetRows<{raw: string}>(await rejectsParquet(site));
      const published = await parquetRows<{raw: string; file_name: string}>(await rejectsParquet(site, {publication: true}));
      expect(local.map((r) => r.raw)).toEqual(expect.arrayContaining(SUPPORT_REJECTED_RAW));
      expect(published.map((r) => r.raw).filter((raw) => SUPPORT_REJECTED_RAW.includes(raw))).toEqual([]);
      // The J-PlatPat file's rejects stay: they are public data.
      expect(published.length).toBe(local.length - SUPPORT_REJECTED_RAW.length);
      expect(published.length).toBeGreaterThan(0);
      const files = await parquetRows<{file_name: string; rows_rejected: number}>(await batchesParquet(site, {publication: true}));
      expect(files.find((f) => f.file_name === SUPPORT_FILE)?.rows_rejected).toBe(SUPPORT_REJECTED_RAW.length);
    } finally {
      site.close();
    }
  });
});
