// The Parquet lake (chizai export --parquet): exported from a warehouse made of the three real J-PlatPat exports,
// read back by plain DuckDB with equal counts per table and per filing year; confidential tables (and the rejected
// rows of their files) left out unless named; all or nothing; and the site's landscape datasets built over the lake
// equal to those built over the warehouse. The oracle is always the warehouse itself, queried with plain SQL.
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {exportLake} from "../../loaders/lake/export-lake.js";
import {readLakeManifest, type LakeManifest} from "../../loaders/lake/lake-manifest.js";
import {landscapeEntries} from "../../loaders/site/landscape-archive.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {openWarehouse, WarehouseError} from "../../loaders/warehouse/connection.js";
import {queryRows, type PlainRow} from "../../loaders/warehouse/query.js";
import {chizai} from "../support/chizai-cli.js";
import {makeTempDir} from "../support/temp-dir.js";
import {ingest, query, tableCounts, tempWarehouse} from "../support/warehouse.js";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const SAMPLE_FILES = {co2: "co2-separation-2020-2022_16col.csv", stud: "stud-welding_13col.csv", water: "water-tap_15col.csv"};

let db: string;
let work: string;
let supportBatch: number;

/** Plain DuckDB in memory, no chizai code between the test and the Parquet files. */
async function readParquet<T = PlainRow>(sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await queryRows<T>(connection, sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const glob = (lake: string, table: string) => `'${path.join(lake, table).replace(/'/g, "''")}/**/*.parquet'`;

function exportCli(...args: string[]): {code: number | null; stdout: string; stderr: string} {
  return chizai(["export", "--db", db, ...args]);
}

beforeAll(async () => {
  db = tempWarehouse("lake");
  work = path.dirname(db);
  for (const [collection, file] of Object.entries(SAMPLE_FILES)) await ingest(db, [path.join(SAMPLES, file)], collection);
  // A confidential table, loaded by the real ingest of a support-record file with one row the reader rejects, and a
  // rejected row of a J-PlatPat file (public).
  const supportFile = path.join(work, "支援実績_秘密.csv");
  fs.writeFileSync(
    supportFile,
    ["年度,都道府県,事業,企業名,支援内容", "2023,東京都,知財総合支援窓口,株式会社秘密,相談内容",
     "2023,大阪府,知財総合支援窓口,有限会社内密,面談記録", "令和X年,東京都,知財総合支援窓口,株式会社秘密,相談内容", ""].join("\n")
  );
  const run = await ingest(db, [supportFile], "support");
  expect(run.files.map((f) => [f.status, f.rowsLoaded, f.rowsRejected])).toEqual([["loaded", 2, 1]]);
  const warehouse = await openWarehouse(db);
  try {
    const [batch] = await queryRows<{id: number}>(warehouse.connection, `SELECT batch_id AS id FROM batches WHERE kind = 'support'`);
    supportBatch = batch!.id;
    await warehouse.connection.run(`INSERT INTO rejects VALUES (1, 9, 9, 'field-count', 'expected 13 fields, found 2', 'a,b')`);
  } finally {
    warehouse.close();
  }
}, 180_000);

describe("chizai export --parquet", () => {
  let lake: string;
  let manifest: LakeManifest;
  let counts: Record<string, number>;

  beforeAll(() => {
    lake = path.join(work, "lake");
    const run = exportCli("--parquet", lake, "--json");
    expect(run.stderr).toContain("Left out (confidential): support_records");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {tables: {name: string; rows: number; bytes: number}[]; leftOut: string[]};
    expect(summary.leftOut).toEqual(["support_records"]);
    manifest = readLakeManifest(lake);
    expect(summary.tables.map((t) => t.name)).toEqual(manifest.tables.map((t) => t.name));
    expect(summary.tables.every((t) => t.bytes > 0)).toBe(true);
  });

  beforeAll(async () => {
    counts = await tableCounts(db);
  });

  it("holds every table but the bookkeeping and the confidential one, each with the warehouse's row count", async () => {
    const expected = Object.keys(counts).filter((t) => !["schema_info", "schema_migrations", "support_records"].includes(t));
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(expected.sort());
    expect(counts.patents).toBe(2510);
    for (const table of manifest.tables) {
      const [read] = await readParquet<{n: number}>(`SELECT count(*) AS n FROM read_parquet(${glob(lake, table.name)})`);
      // rejects lose exactly the row of the confidential file.
      const want = table.name === "rejects" ? counts.rejects! - 1 : counts[table.name];
      expect({table: table.name, rows: read!.n}).toEqual({table: table.name, rows: want});
      expect(table.rows).toBe(want);
    }
    expect(fs.existsSync(path.join(lake, "support_records"))).toBe(false);
    const rejects = await readParquet<{batch_id: number}>(`SELECT batch_id FROM read_parquet(${glob(lake, "rejects")})`);
    expect(rejects.map((r) => r.batch_id)).toEqual([1]);
  });

  it("splits patents into one folder per filing year, each holding that year's applications", async () => {
    const byYear = await query<{year: number; n: number}>(
      db,
      `SELECT year(filing_date) AS year, count(*)::INTEGER AS n FROM patents GROUP BY 1 ORDER BY 1`
    );
    const folders = fs.readdirSync(path.join(lake, "patents")).sort();
    expect(folders).toEqual(byYear.map((y) => `filing_year=${y.year}`).sort());
    const read = await readParquet<{year: number; n: number}>(
      `SELECT filing_year::INTEGER AS year, count(*)::INTEGER AS n
       FROM read_parquet(${glob(lake, "patents")}, hive_partitioning = true) GROUP BY 1 ORDER BY 1`
    );
    expect(read).toEqual(byYear);
    // The year is in the folder, derived from filing_date: each file's rows agree with its folder.
    const mismatched = await readParquet<{n: number}>(
      `SELECT count(*) AS n FROM read_parquet(${glob(lake, "patents")}, hive_partitioning = true)
       WHERE year(filing_date) <> filing_year`
    );
    expect(mismatched[0]!.n).toBe(0);
  });

  it("keeps every value: the patents rows read back equal the warehouse's", async () => {
    const columns = manifest.tables.find((t) => t.name === "patents")!.columns.map((c) => c.name);
    expect(columns).not.toContain("filing_year");
    const fingerprint = `SELECT md5(string_agg(row_text, '|' ORDER BY row_text)) AS digest FROM (SELECT (${columns.map((c) => `coalesce(CAST("${c}" AS VARCHAR), '∅')`).join(" || '\t' || ")}) AS row_text FROM `;
    const [fromWarehouse] = await query<{digest: string}>(db, `${fingerprint} patents)`);
    const [fromLake] = await readParquet<{digest: string}>(`${fingerprint} read_parquet(${glob(lake, "patents")}))`);
    expect(fromLake!.digest).toBe(fromWarehouse!.digest);
  });

  it("exports a confidential table and its files' rejects when named with --include", async () => {
    const included = path.join(work, "lake-with-support");
    const run = exportCli("--parquet", included, "--include", "support_records");
    expect(run.code).toBe(0);
    expect(readLakeManifest(included).leftOut).toEqual([]);
    const [records] = await readParquet<{n: number}>(`SELECT count(*) AS n FROM read_parquet(${glob(included, "support_records")})`);
    expect(records!.n).toBe(2);
    const [rejects] = await readParquet<{n: number}>(
      `SELECT count(*) AS n FROM read_parquet(${glob(included, "rejects")}) WHERE batch_id = ${supportBatch}`
    );
    expect(rejects!.n).toBe(1);
  });

  it("refuses a folder of other files, and an existing lake without --overwrite, changing nothing", () => {
    const other = path.join(work, "documents");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "memo.txt"), "keep me");
    for (const args of [["--parquet", other], ["--parquet", other, "--overwrite"]]) {
      const run = exportCli(...args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/not empty and is not a lake/);
    }
    expect(fs.readdirSync(other)).toEqual(["memo.txt"]);

    const stamp = fs.readFileSync(path.join(lake, "_manifest.json"), "utf8");
    const again = exportCli("--parquet", lake);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a lake: add --overwrite/);
    expect(fs.readFileSync(path.join(lake, "_manifest.json"), "utf8")).toBe(stamp);
    expect(exportCli("--parquet", lake, "--overwrite").code).toBe(0);
    expect(readLakeManifest(lake).exportedAt).not.toBe(JSON.parse(stamp).exportedAt);
  }, 240_000); // five runs of the CLI, each a process of its own

  it("leaves no half lake when an export fails midway, and an earlier lake whole", async () => {
    const before = fs.readFileSync(path.join(lake, "_manifest.json"), "utf8");
    const warehouse = await openWarehouse(db, {readOnly: true});
    let written = 0;
    try {
      await expect(
        exportLake(warehouse.connection, db, lake, {
          overwrite: true,
          onTable: () => {
            if (++written === 3) throw new Error("disk full (simulated)");
          }
        })
      ).rejects.toThrow("disk full");
    } finally {
      warehouse.close();
    }
    expect(fs.readFileSync(path.join(lake, "_manifest.json"), "utf8")).toBe(before);
    expect(fs.readdirSync(work).filter((name) => name.includes(".exporting-"))).toEqual([]);
  });

  it("is read-only for chizai: ingest into a lake is refused with a message", async () => {
    await expect(openWarehouse(lake)).rejects.toThrow(WarehouseError);
    await expect(openWarehouse(lake)).rejects.toThrow(/Parquet lake.*read-only/);
  });

  it("opens as the warehouse: the same counts per table through --db LAKE", async () => {
    for (const table of manifest.tables) {
      const [n] = await query<{n: number}>(lake, `SELECT count(*)::INTEGER AS n FROM "${table.name}"`);
      expect({table: table.name, n: n!.n}).toEqual({table: table.name, n: table.rows});
    }
    const status = chizai(["status", "--db", lake, "--json"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).patents).toBe(counts.patents);
  }, 180_000);

  it("gives the site the same landscape datasets as the warehouse", async () => {
    const datasets = async (source: string) => {
      const site = await openSiteWarehouse(source);
      try {
        return await landscapeEntries(site);
      } finally {
        site.close();
      }
    };
    const [fromWarehouse, fromLake] = [await datasets(db), await datasets(lake)];
    expect(fromLake.map((e) => e.name)).toEqual(fromWarehouse.map((e) => e.name));
    const meta = (entries: typeof fromLake) => {
      const parsed = JSON.parse(Buffer.from(entries.find((e) => e.name === "meta.json")!.bytes).toString("utf8"));
      delete parsed.generatedAt;
      delete parsed.warehouseName;
      return parsed;
    };
    expect(meta(fromLake)).toEqual(meta(fromWarehouse));
    expect(meta(fromLake).applications).toBe(2510);
    expect(meta(fromLake).collections.map((c: {name: string}) => c.name)).toEqual(["co2", "stud", "water"]);
    const dir = makeTempDir("lake-datasets");
    for (const entry of fromWarehouse.filter((e) => e.name.endsWith(".parquet"))) {
      const other = fromLake.find((e) => e.name === entry.name)!;
      fs.writeFileSync(path.join(dir, `w-${entry.name}`), entry.bytes);
      fs.writeFileSync(path.join(dir, `l-${entry.name}`), other.bytes);
      const rows = async (prefix: string) =>
        JSON.stringify(await readParquet(`SELECT * FROM read_parquet('${path.join(dir, prefix + entry.name)}')`));
      expect({dataset: entry.name, rows: await rows("l-")}).toEqual({dataset: entry.name, rows: await rows("w-")});
    }
  });
});
