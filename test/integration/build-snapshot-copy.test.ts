// The build's snapshot of a warehouse (loaders/site/build-snapshot.ts) against real DuckDB files, including one whose
// committed rows are still in its .wal because the writer was killed (kill -9) before a checkpoint.

import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, test} from "vitest";
import {copyWarehouse} from "../../loaders/site/build-snapshot.js";
import {warehouseStamp} from "../../loaders/warehouse/warehouse-stamp.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {queryValue} from "../../loaders/warehouse/query.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest, query, tableCounts} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Commits one more batch row in a process that is then killed, so the row exists only in the .wal. */
function commitThenKill(db: string): void {
  const script = `
    import {DuckDBInstance} from "@duckdb/node-api";
    const instance = await DuckDBInstance.create(${JSON.stringify(db)});
    const connection = await instance.connect();
    await connection.run("SET checkpoint_threshold = '1GB'");
    await connection.run("INSERT INTO batches (batch_id, file_name, file_path, sha256, file_bytes, status, ingested_at) " +
      "SELECT max(batch_id) + 1, 'wal-only.csv', 'wal-only.csv', 'x', 0, 'refused', now() FROM batches");
    process.kill(process.pid, "SIGKILL");`;
  spawnSync(process.execPath, ["--input-type=module", "-e", script], {cwd: ROOT});
}

describe("copyWarehouse", () => {
  test("copies every row, those only in the .wal included, into a snapshot with no .wal", async () => {
    const work = makeTempDir("snapshot-wal");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv"), fixture("jplatpat/defects-15col.csv")]);
    commitThenKill(db);
    expect(fs.existsSync(`${db}.wal`)).toBe(true);
    const counts = await tableCounts(db);
    expect(await query(db, "SELECT file_name FROM batches WHERE file_name = 'wal-only.csv'")).toHaveLength(1);

    const before = warehouseStamp(db);
    const snapshot = path.join(work, "snapshot.duckdb");
    const stats = await copyWarehouse(db, snapshot);
    expect(await tableCounts(snapshot)).toEqual(counts);
    expect(stats.tables).toBe(Object.keys(counts).length);
    expect(fs.existsSync(`${snapshot}.wal`)).toBe(false);
    // The warehouse itself is only read: its files (and its .wal) are as they were.
    expect(warehouseStamp(db)).toBe(before);
    expect(stats.sourceStamp).toBe(before);
  });

  test("the site loaders of a build read the snapshot, and report the warehouse's own path", async () => {
    const work = makeTempDir("snapshot-site");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const applications = async () => (await query<{n: number}>(db, "SELECT count(*) AS n FROM patents"))[0]!.n;
    const atSnapshot = await applications();
    const snapshot = path.join(work, "snapshot.duckdb");
    await copyWarehouse(db, snapshot);
    await ingest(db, [fixture("jplatpat/defects-15col.csv")]);
    expect(await applications()).toBeGreaterThan(atSnapshot);

    const saved = process.env.CHIZAI_BUILD_SNAPSHOT;
    try {
      process.env.CHIZAI_BUILD_SNAPSHOT = snapshot;
      const site = await openSiteWarehouse(db);
      try {
        expect(site.state).toBe("ready");
        expect(site.path).toBe(db);
        expect(await queryValue<number>(site.connection, "SELECT count(*) FROM patents")).toBe(atSnapshot);
      } finally {
        site.close();
      }
      process.env.CHIZAI_BUILD_SNAPSHOT = "none";
      const empty = await openSiteWarehouse(db);
      try {
        expect(empty.state).toBe("missing");
        expect(await queryValue<number>(empty.connection, "SELECT count(*) FROM patents")).toBe(0);
      } finally {
        empty.close();
      }
    } finally {
      if (saved === undefined) delete process.env.CHIZAI_BUILD_SNAPSHOT;
      else process.env.CHIZAI_BUILD_SNAPSHOT = saved;
    }
  });
});
