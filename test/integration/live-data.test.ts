// npm start keeps the site fresh without a restart: a real `npm start` on a temporary warehouse and inbox, real
// HTTP requests for a page and for the dataset the page itself names, and changes made the ways users make them:
// an ingest and a names import in another process, a file copied slowly into the inbox, a SQL shell left open.
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {launchBrowser} from "../browser/harness.js";
import {fixture, ingest} from "../support/warehouse.js";
import {makeTempDir} from "../support/temp-dir.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dir: string;
let db: string;
let inbox: string;
let base: string;
let server: ChildProcess;
let serverLog = "";

interface Overview {
  applications: number;
  applicantEntities: number;
  batchesLoaded: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** The overview dataset as the 概要 page loads it: the page is fetched and the data URL read from it. */
async function loadOverview(): Promise<Overview> {
  const page = await (await fetch(`${base}/`)).text();
  const url = /"\.?\/?(_file\/data\/overview\.json\?sha=[0-9a-f]+)"/.exec(page)?.[1];
  if (!url) throw new Error("the 概要 page names no overview.json");
  const response = await fetch(`${base}/${url}`);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Overview;
}

/** Reloads until `accept` holds; returns the seconds it took. */
async function reloadUntil(accept: (overview: Overview) => boolean, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  let last: Overview | string = "nothing loaded";
  while (Date.now() - started < timeoutMs) {
    try {
      last = await loadOverview();
      if (accept(last)) return (Date.now() - started) / 1000;
    } catch (error) {
      last = String(error); // a loader still waiting for the warehouse: reload again
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no fresh data within ${timeoutMs} ms; last: ${JSON.stringify(last)}\nserver output:\n${serverLog}`);
}

function cli(script: "ingest" | "chizai", args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `loaders/cli/${script}.ts`, ...args, "--db", db], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

/** Copies `source` into the inbox in two writes a while apart, as a slow copy from a network share does. */
async function copySlowly(source: string, target: string): Promise<void> {
  const bytes = fs.readFileSync(source);
  const half = Math.floor(bytes.length / 2);
  fs.writeFileSync(target, bytes.subarray(0, half));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  fs.appendFileSync(target, bytes.subarray(half));
}

beforeAll(async () => {
  dir = makeTempDir("live-data");
  db = path.join(dir, "atlas.duckdb");
  inbox = path.join(dir, "inbox");
  fs.mkdirSync(inbox);
  await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so that afterAll ends the preview and its loaders with it.
  server = spawn(process.execPath, ["loaders/cli/launch.mjs", "start", "--db", db, "--inbox", inbox, "--port", String(port)], {
    cwd: ROOT,
    detached: true,
    env: {...process.env, CHIZAI_DB: ""}
  });
  server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  await reloadUntil(() => true, 120_000);
});

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("npm start shows changes to the warehouse on reload", () => {
  it("an ingest in another terminal", async () => {
    const before = await loadOverview();
    expect(before.applications).toBe(4);
    cli("ingest", [fixture("jplatpat/defects-15col.csv")]); // 3 new applications
    const seconds = await reloadUntil((o) => o.applications === 7);
    console.log(`ingest in another process: new count after ${seconds.toFixed(1)} s`);
  });

  it("in Chromium, reloading the page shows the new figures", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000); // a first load runs the page's loaders; the machine may be busy
      // What the page itself received for its dataset, from the server or (revalidated) from the browser's cache.
      const open = async (go: (page: Page) => Promise<unknown>) => {
        const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("/_file/data/overview.json")), go(page)]);
        return (await response.json()) as Overview;
      };
      const before = await open((p) => p.goto(`${base}/`));
      cli("ingest", [fixture("jplatpat/excel-cp932.csv")]);
      const started = Date.now();
      let now = before;
      while (now.batchesLoaded === before.batchesLoaded && Date.now() - started < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        now = await open((p) => p.reload());
      }
      console.log(`Chromium: new figures on reload after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(now.batchesLoaded).toBe(before.batchesLoaded + 1);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it("a file copied slowly into the inbox is ingested whole, its summary printed", async () => {
    const before = await loadOverview();
    await copySlowly(fixture("jplatpat/later-13col.csv"), path.join(inbox, "later-13col.csv")); // 1 new application
    const seconds = await reloadUntil((o) => o.applications === before.applications + 1);
    console.log(`file dropped into the inbox: new count after ${seconds.toFixed(1)} s`);
    // Read once and whole: a half-copied file would have been read first, with its cut-off last record rejected.
    expect(serverLog.match(/later-13col\.csv\n/g)).toHaveLength(1);
    expect(serverLog).toMatch(/✓ .*later-13col\.csv\n    read 3  loaded 1  merged 2  rejected 0\n/);
  });

  it("a file that cannot be read is refused with its reason, and the site goes on serving", async () => {
    const before = await loadOverview();
    fs.copyFileSync(fixture("jplatpat/not-jplatpat.csv"), path.join(inbox, "not-jplatpat.csv"));
    const deadline = Date.now() + 30_000;
    while (!/✗ .*not-jplatpat\.csv\n    refused: /.test(serverLog) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(serverLog).toMatch(/✗ .*not-jplatpat\.csv\n    refused: .*Expected one of/);
    await reloadUntil((o) => o.applications === before.applications);
  });

  it("a names import in another terminal", async () => {
    const before = await loadOverview();
    const dictionary = path.join(dir, "client.csv");
    fs.writeFileSync(dictionary, "name,entity,group\n架空化学株式会社,架空電機株式会社,架空グループ\n");
    cli("chizai", ["names", "import", dictionary]);
    await reloadUntil((o) => o.applicantEntities === before.applicantEntities - 1);
  });

  it("a SQL shell left open makes the inbox watch wait, name the shell, and ingest once it closes", async () => {
    const before = await loadOverview();
    const shell = spawn(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "sql", "--db", db], {cwd: ROOT});
    try {
      await new Promise<void>((resolve, reject) => {
        shell.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("open") && resolve());
        shell.on("exit", (code) => reject(new Error(`the shell exited with ${code}`)));
        shell.stdin!.write("SELECT 'open' AS shell;\n");
      });
      fs.copyFileSync(fixture("jplatpat/status-15col.csv"), path.join(inbox, "status-15col.csv"));
      const waiting = new RegExp(`inbox: waiting to ingest .*status-15col\\.csv: another process \\(PID ${shell.pid}, chizai sql\\) has the warehouse open`);
      const deadline = Date.now() + 30_000;
      while (!waiting.test(serverLog) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
      expect(serverLog).toMatch(waiting);
    } finally {
      shell.stdin!.end(".quit\n");
    }
    await reloadUntil((o) => o.batchesLoaded === before.batchesLoaded + 1);
    expect(serverLog).toMatch(/✓ .*status-15col\.csv\n    read 3 /);
  });
});

describe("npm start's inbox option", () => {
  it("refuses an inbox that is not a folder, before touching the warehouse", () => {
    const missing = path.join(makeTempDir("no-inbox"), "missing");
    const warehouse = path.join(path.dirname(missing), "atlas.duckdb");
    const result = spawnSync(process.execPath, ["loaders/cli/launch.mjs", "start", "--db", warehouse, "--inbox", missing, "--no-serve"], {
      cwd: ROOT,
      encoding: "utf8",
      env: {...process.env, CHIZAI_DB: ""}
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: the inbox ${missing} is not a folder (given by --inbox)\n`);
    expect(fs.existsSync(warehouse)).toBe(false);
  });
});
