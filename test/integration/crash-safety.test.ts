// kill -9 in the middle of an ingest run: every file that committed is complete, no file is half-loaded, and
// running the same command again finishes the job without loading anything twice.
import {spawn, spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {generatePatentFiles} from "../../loaders/sample/patent-sample.js";
import {makeTempDir} from "../support/temp-dir.js";
import {query} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APPLICATIONS = 24_000;

function writeInputs(folder: string): number {
  let files = 0;
  for (const file of generatePatentFiles({totalRecords: APPLICATIONS, maxRecordsPerFile: 3000, seed: 7})) {
    fs.writeFileSync(path.join(folder, file.fileName), file.bytes);
    files++;
  }
  return files;
}

/** Runs the ingest CLI and kills it with SIGKILL once `filesBeforeKill` files have reported success. */
function ingestAndKill(db: string, folder: string, filesBeforeKill: number): Promise<number> {
  const child = spawn(process.execPath, ["--import", "tsx", "loaders/cli/ingest.ts", "--db", db, folder], {cwd: ROOT});
  let done = 0;
  return new Promise((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      done += (chunk.toString().match(/^✓ /gm) ?? []).length;
      if (done >= filesBeforeKill) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve(done));
  });
}

describe("crash safety", () => {
  it("survives kill -9 mid-run: committed files are whole, the rest loads on the next run", async () => {
    const dir = makeTempDir("crash");
    const inputs = path.join(dir, "inputs");
    fs.mkdirSync(inputs);
    const fileCount = writeInputs(inputs);
    const db = path.join(dir, "atlas.duckdb");

    const reported = await ingestAndKill(db, inputs, 3);
    expect(reported).toBeGreaterThanOrEqual(3);

    const batches = await query<{batch_id: number; rows_read: number; rows_loaded: number; rows_merged: number; sources: number}>(db,
      `SELECT b.batch_id, b.rows_read, b.rows_loaded, b.rows_merged,
              (SELECT count(*) FROM patent_sources s WHERE s.batch_id = b.batch_id) AS sources
       FROM batches b ORDER BY b.batch_id`);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.length).toBeLessThan(fileCount);
    for (const batch of batches) expect(batch.sources).toBe(batch.rows_loaded + batch.rows_merged);
    const [orphans] = await query(db, `SELECT
      (SELECT count(*) FROM patent_sources WHERE batch_id NOT IN (SELECT batch_id FROM batches)) AS sources,
      (SELECT count(*) FROM patents) - (SELECT sum(rows_loaded) FROM batches) AS patents`);
    expect(orphans).toEqual({sources: 0, patents: 0});

    const again = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/ingest.ts", "--db", db, "--json", inputs], {
      cwd: ROOT, encoding: "utf8"
    });
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.totals.skipped).toBe(batches.length);
    expect(report.totals.loaded).toBe(fileCount - batches.length);
    const [{n}] = await query<{n: number}>(db, `SELECT count(*) AS n FROM patents`);
    expect(n).toBe(APPLICATIONS);
  });
});
