// The site's data loaders against real warehouses: the landscape archive decodes (with the browser's own decoder)
// into the same applications, names and FI codes the warehouse holds; the overview and quality datasets count what
// was ingested; a missing warehouse gives empty datasets with a status; a busy one fails with a clear message.

import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import path from "node:path";
import {afterAll, afterEach, beforeAll, describe, expect, test} from "vitest";
import {landscapeArchive} from "../../loaders/site/landscape-archive.js";
import {readOverview} from "../../loaders/site/overview.js";
import {batchesParquet, rejectsParquet} from "../../loaders/site/quality.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {tarArchive} from "../../loaders/site/tar-archive.js";
import {applicationsOf} from "../../src/components/landscape/applicant-profile.js";
import {dayOfIso} from "../../src/components/landscape/calendar.js";
import {latestCollection} from "../../src/components/landscape/view-selection.js";
import {decodeDocuments} from "../../src/components/landscape/load-landscape.js";
import {applicantKeys, keyOfLabel} from "../../src/components/landscape/name-mode.js";
import {initParquet, loadParquet, tableToRows} from "../../src/components/parquet.js";
import {arrayBuffer, decodeArchive} from "../support/landscape-archive.js";
import {untar} from "../support/tar.js";
import {fixture, ingest, query, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const wasm = readFileSync(createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"));

async function withSite<T>(db: string, work: (site: Awaited<ReturnType<typeof openSiteWarehouse>>) => Promise<T>): Promise<T> {
  const site = await openSiteWarehouse(db);
  try {
    return await work(site);
  } finally {
    site.close();
  }
}

beforeAll(async () => {
  await initParquet(wasm);
});

describe("tar archive", () => {
  test("round-trips members, padded to 512-byte blocks, with two empty blocks at the end", () => {
    const archive = tarArchive([
      {name: "a.json", bytes: Buffer.from("{}")},
      {name: "b.bin", bytes: new Uint8Array(512)}
    ]);
    expect(archive.length).toBe(512 + 512 + 512 + 512 + 1024);
    const members = untar(archive);
    expect([...members.keys()]).toEqual(["a.json", "b.bin"]);
    expect(members.get("a.json")!.toString()).toBe("{}");
    expect(() => tarArchive([{name: "日本語.json", bytes: new Uint8Array()}])).toThrow(/unsupported member name/);
  });
});

describe("landscape datasets", () => {
  let db: string;
  beforeAll(async () => {
    db = tempWarehouse("site-landscape");
    await ingest(db, [fixture("jplatpat/valid-16col.csv"), fixture("jplatpat/status-15col.csv")], "電池");
    await ingest(db, [fixture("jplatpat/defects-15col.csv")], "不良");
  });

  test("decode into the warehouse's applications, in filing order, with their dates and stages", async () => {
    const {meta, data} = await decodeArchive(await withSite(db, landscapeArchive));
    const patents = await query<{application_number: string; filing_date: string; publication_date: string | null; stage: string | null}>(
      db,
      `SELECT application_number, filing_date, publication_date, stage FROM patents ORDER BY filing_date, application_number`
    );
    expect(meta.status).toBe("ready");
    expect(meta.applications).toBe(patents.length);
    expect(data.applications).toBe(patents.length);
    expect([...data.filingDay]).toEqual(patents.map((p) => dayOfIso(p.filing_date)));
    expect([...data.publicationDay]).toEqual(patents.map((p) => dayOfIso(p.publication_date)));
    expect(patents.map((_, a) => (data.stage[a] ? meta.stages[data.stage[a]!] : null))).toEqual(patents.map((p) => p.stage || null));
    expect(meta.collections.map((c) => c.name).sort()).toEqual(["不良", "電池"]);
    expect(meta.namesResolved).toBe(true);
  });

  test("name each collection's newest batch, so the pages open on the study ingested last", async () => {
    const {meta} = await decodeArchive(await withSite(db, landscapeArchive));
    const batches = await query<{collection: string; batch: number; at: string}>(
      db,
      `SELECT collection, max(batch_id)::INTEGER AS batch, strftime(max(ingested_at), '%Y-%m-%d %H:%M:%S') AS at
       FROM batches WHERE status = 'loaded' GROUP BY collection`
    );
    for (const collection of meta.collections) {
      const batch = batches.find((b) => b.collection === collection.name)!;
      expect(collection.lastBatch).toBe(batch.batch);
      expect(collection.lastIngestedAt).toBe(batch.at);
    }
    const byName = (name: string) => meta.collections.find((c) => c.name === name)!;
    expect(byName("不良").lastBatch!).toBeGreaterThan(byName("電池").lastBatch!);
    expect(meta.collections[latestCollection(meta)]!.name).toBe("不良");
  });

  test("carry every applicant row, lead first, resolved to entity and group", async () => {
    const {data} = await decodeArchive(await withSite(db, landscapeArchive));
    const rows = await query<{application_number: string; name: string; entity: string}>(
      db,
      `SELECT r.application_number, r.name, r.entity FROM patent_applicants_resolved r JOIN patents p USING (application_number)
       ORDER BY p.filing_date, p.application_number, r.position`
    );
    const decoded: Array<[string, string]> = [];
    for (let a = 0; a < data.applications; ++a) {
      for (let r = data.applicantStart[a]!; r < data.applicantStart[a + 1]!; ++r) {
        const name = data.applicantName[r]!;
        decoded.push([data.names[name]!, data.entities[data.entityOfName[name]!]!]);
      }
    }
    expect(decoded).toEqual(rows.map((r) => [r.name, r.entity]));
  });

  test("carry every FI code with its hierarchy and the 筆頭FI flag", async () => {
    const {data} = await decodeArchive(await withSite(db, landscapeArchive));
    const rows = await query<{fi: string; main_group: string | null; is_lead: boolean}>(
      db,
      `SELECT f.fi, f.main_group, f.is_lead FROM patent_fi f JOIN patents p USING (application_number)
       ORDER BY p.filing_date, p.application_number, f.position`
    );
    const decoded = Array.from(data.fiCode, (code, r) => [data.fiCodes.fi[code], data.fiCodes.mainGroup[code], data.fiLead[r] === 1]);
    expect(decoded).toEqual(rows.map((r) => [r.fi, r.main_group ?? "", r.is_lead]));
  });

  test("documents line up with the application ids", async () => {
    const {members, data} = await decodeArchive(await withSite(db, landscapeArchive));
    const docs = await decodeDocuments(arrayBuffer(members.get("documents.parquet")!), data);
    const numbers = await query<{application_number: string}>(db, `SELECT application_number FROM patents ORDER BY filing_date, application_number`);
    expect(docs.column("applicationNumber")).toEqual(numbers.map((n) => n.application_number));
    expect(docs.get("title", 0)).toBe(docs.column("title")[0]);
    const raw = await query<{applicants_raw: string}>(db, `SELECT applicants_raw FROM patents ORDER BY filing_date, application_number`);
    expect(docs.column("applicants")).toEqual(raw.map((r) => r.applicants_raw));
    const someone = data.names[data.applicantName[0]!]!;
    const {count} = applicationsOf(data, "name", keyOfLabel(applicantKeys(data, "name"), someone));
    const [{n}] = await query<{n: number}>(db, `SELECT count(DISTINCT application_number) AS n FROM patent_applicants WHERE name = '${someone.replaceAll("'", "''")}'`);
    expect(count).toBe(n);
  });

  test("overview and quality datasets count what was ingested", async () => {
    const overview = await withSite(db, readOverview);
    const [{patents, rejects}] = await query<{patents: number; rejects: number}>(
      db,
      `SELECT (SELECT count(*) FROM patents) AS patents, (SELECT count(*) FROM rejects) AS rejects`
    );
    expect(overview).toMatchObject({status: "ready", sample: "none", applications: patents, rejects, batchesLoaded: 3});
    expect(overview.trend.reduce((sum, t) => sum + t.applications, 0)).toBe(patents);
    const batches = tableToRows(await loadParquet(await withSite(db, batchesParquet)));
    expect(batches.map((b) => b.rows_read)).toEqual(batches.map((b) => (b.rows_loaded as number) + (b.rows_merged as number) + (b.rows_rejected as number)));
    const rejected = tableToRows(await loadParquet(await withSite(db, rejectsParquet)));
    expect(rejected).toHaveLength(rejects);
    expect(rejected[0]).toMatchObject({file_name: "defects-15col.csv", line_start: expect.any(Number), reason: expect.any(String)});
    expect(typeof rejected[0]!.raw).toBe("string");
  });
});

describe("no warehouse yet", () => {
  test("empty datasets that say so", async () => {
    const db = tempWarehouse("site-missing");
    const {meta, data} = await decodeArchive(await withSite(db, landscapeArchive));
    expect(meta.status).toBe("missing");
    expect(data.applications).toBe(0);
    expect((await withSite(db, readOverview)).status).toBe("missing");
    expect(tableToRows(await loadParquet(await withSite(db, batchesParquet)))).toEqual([]);
  });
});

describe("the data loader processes", () => {
  let holder: ChildProcess | null = null;
  afterEach(() => {
    holder?.kill("SIGKILL");
    holder = null;
  });
  afterAll(() => holder?.kill("SIGKILL"));

  function runLoader(loader: string, db: string) {
    return spawnSync(process.execPath, ["--import", "tsx", loader], {
      cwd: ROOT,
      env: {...process.env, CHIZAI_DB: db, CHIZAI_LOCK_TIMEOUT_MS: "600"},
      maxBuffer: 1 << 26
    });
  }

  test("write their dataset to stdout and log to stderr", async () => {
    const db = tempWarehouse("site-loader");
    await ingest(db, [fixture("jplatpat/status-15col.csv")]);
    const result = runLoader("src/data/overview.json.ts", db);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.toString("utf8"))).toMatchObject({status: "ready"});
    expect(result.stderr.toString()).toMatch(/overview\.json: [\d,]+ bytes/);
  });

  test("fail with the warehouse's own message, no stack trace, nothing on stdout, when an ingest holds it", async () => {
    const db = tempWarehouse("site-busy");
    await ingest(db, [fixture("jplatpat/status-15col.csv")]);
    const script = `
      import {openWarehouse} from "./loaders/warehouse/connection.ts";
      await openWarehouse(${JSON.stringify(db)});
      console.log("holding");
      setInterval(() => {}, 1000);`;
    holder = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {cwd: ROOT});
    await new Promise<void>((resolve, reject) => {
      holder!.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("holding") && resolve());
      holder!.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
    });
    const result = runLoader("src/data/landscape.tar.ts", db);
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.toString()).toMatch(/landscape\.tar: error: the warehouse .* is busy: .* has it open for writing\./);
    expect(result.stderr.toString()).not.toMatch(/\n\s+at /);
  });
});
