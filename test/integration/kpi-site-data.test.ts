// The KPI pages' datasets (loaders/site/kpi-reference.ts, kpi-facts.ts) against real DuckDB files: the bundled
// sample ingested as the fictional sample, and no warehouse at all (the site must still build and explain).
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";
import {kpiFactsParquet} from "../../loaders/site/kpi-facts.js";
import {HOW_TO_LOAD_KPI, readKpiReference} from "../../loaders/site/kpi-reference.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {queryRows} from "../../loaders/warehouse/query.js";
import {makeTempDir} from "../support/temp-dir.js";
import {query, tempWarehouse} from "../support/warehouse.js";

const SAMPLE_KPI = path.resolve(import.meta.dirname, "../../data/sample/kpi");

/** Reads Parquet bytes back with DuckDB: column types and the rows. */
async function readParquet(bytes: Buffer): Promise<{types: Record<string, string>; rows: Record<string, unknown>[]}> {
  const file = path.join(makeTempDir("kpi-parquet"), "facts.parquet");
  fs.writeFileSync(file, bytes);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const described = await queryRows<{column_name: string; column_type: string}>(
      connection,
      `DESCRIBE SELECT * FROM '${file}'`
    );
    const rows = await queryRows(connection, `SELECT * FROM '${file}'`);
    return {types: Object.fromEntries(described.map((d) => [d.column_name, d.column_type])), rows};
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("KPI datasets for the site", () => {
  it("ships the sample's facts and reference, flagged as the fictional sample", async () => {
    const db = tempWarehouse("kpi-site");
    await ingestFiles(db, collectInputs([SAMPLE_KPI], null).map((input) => ({...input, isSample: true})));
    const site = await openSiteWarehouse(db);
    try {
      const reference = await readKpiReference(site);
      expect(reference).toMatchObject({status: "ready", sample: "all", fiscalYears: [2024, 2023, 2022]});
      expect(reference.prefectures).toHaveLength(47);
      expect(reference.prefectures.find((p) => p.code === "15")).toEqual({
        code: "15", name: "新潟県", shortName: "新潟", bureau: "関東", tileCol: 11, tileRow: 4
      });
      expect(reference.bureaus.map((b) => b.bureau)).toEqual(["北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州", "沖縄"]);
      const satisfaction = reference.metrics.find((m) => m.metricId === "seminar_satisfaction");
      expect(satisfaction).toMatchObject({unit: "%", valueKind: "percent"});
      expect(reference.measures).toHaveLength(55);
      expect(reference.measures.find((m) => m.measureId === "II-4-a")).toMatchObject({
        agencies: ["中小企業庁", "特許庁・INPIT"], timing: "R5fy", isNew: true, parentMeasureId: null
      });
      expect(reference.programMeasures).toContainEqual({programId: "madoguchi", measureId: "II-4-a"});
      expect(reference.batches).toHaveLength(5);
      expect(reference.batches.every((b) => b.isSample && b.facts > 0)).toBe(true);

      const {types, rows} = await readParquet(await kpiFactsParquet(site));
      // No BIGINT reaches the browser.
      expect(types).toEqual({
        fiscal_year: "INTEGER", month: "INTEGER", prefecture_code: "VARCHAR", program: "VARCHAR", metric: "VARCHAR",
        actual: "DOUBLE", target: "DOUBLE", batch_id: "INTEGER"
      });
      const [facts] = await query<{n: number}>(db, `SELECT count(*)::INTEGER AS n FROM kpi_facts`);
      expect(rows).toHaveLength(facts!.n);
      // Annual targets travel with month NULL, as in the warehouse.
      const tokyoTarget = rows.find(
        (r) => r.month === null && r.prefecture_code === "13" && r.metric === "consultations" && r.fiscal_year === 2024
      );
      expect(tokyoTarget).toMatchObject({actual: null, target: expect.any(Number)});
    } finally {
      site.close();
    }
  });

  it("without a warehouse: empty facts, the shipped reference and how to load data", async () => {
    const site = await openSiteWarehouse(path.join(makeTempDir("kpi-missing"), "none.duckdb"));
    try {
      const reference = await readKpiReference(site);
      expect(reference).toMatchObject({
        status: "missing", sample: "none", fiscalYears: [], batches: [], howToLoad: HOW_TO_LOAD_KPI
      });
      expect(reference.howToLoad).toContain("data/inbox/");
      expect(reference.howToLoad).toContain("npm run ingest --");
      expect(reference.prefectures).toHaveLength(47);
      expect(reference.measures).toHaveLength(55);
      const {rows, types} = await readParquet(await kpiFactsParquet(site));
      expect(rows).toEqual([]);
      expect(types.fiscal_year).toBe("INTEGER");
    } finally {
      site.close();
    }
  });

  it("a warehouse with patents only is 'empty' for the KPI pages", async () => {
    const db = tempWarehouse("kpi-empty");
    await ingestFiles(db, collectInputs([path.resolve(import.meta.dirname, "../fixtures/jplatpat/valid-16col.csv")], null));
    const site = await openSiteWarehouse(db);
    try {
      const reference = await readKpiReference(site);
      expect(reference).toMatchObject({status: "empty", fiscalYears: [], batches: []});
      expect(reference.prefectures).toHaveLength(47);
    } finally {
      site.close();
    }
  });
});
