// `npm run build` as a user runs it (the launcher, Framework, the real data loaders), with a fault at a known point:
// the build pauses after its snapshot (CHIZAI_BUILD_TEST_PAUSE) while the test changes the warehouse or breaks the
// snapshot. Oracles: the warehouse's own counts before and after, and the previous site's files byte for byte.

import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest, query} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Builds still running when a test ends (a timeout) are stopped with the Framework process they started (their
 * process group), so that they cannot write into the next test's build.
 */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(process.platform === "win32" ? child.pid : -child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  running.clear();
});

interface PausedBuild {
  /** The build's process id (the launcher runs the command in its own process). */
  pid: number;
  /** The build's temporary folder (TMPDIR), where it keeps its snapshot (in chizai-build-*, beside tsx's cache). */
  tmp: string;
  /** Resolves once the snapshot is taken and the build waits. */
  paused: Promise<void>;
  resume(): void;
  /** Ctrl+C. */
  interrupt(): void;
  done: Promise<{code: number | null; stderr: string}>;
}

/** Starts `npm run build`'s command on the warehouse `db` ("" = none named: the default path under `cwd`). */
function startBuild(db: string, dist: string, work: string, cwd = ROOT): PausedBuild {
  const pause = path.join(work, "pause");
  const tmp = path.join(work, "tmp");
  fs.mkdirSync(pause);
  fs.mkdirSync(tmp);
  const child = spawn(process.execPath, [path.join(ROOT, "loaders/cli/launch.mjs"), "build"], {
    cwd,
    detached: process.platform !== "win32",
    env: {...process.env, CHIZAI_DB: db, CHIZAI_DIST: dist, CHIZAI_BUILD_TEST_PAUSE: pause, TMPDIR: tmp, TMP: tmp, TEMP: tmp}
  });
  running.add(child);
  let stderr = "";
  child.stdout.resume();
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{code: number | null; stderr: string}>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({code, stderr}));
  });
  const paused = (async () => {
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(path.join(pause, "snapshot-taken"))) {
      if (Date.now() > deadline) throw new Error(`the build never paused after its snapshot:\n${stderr}`);
      if (child.exitCode !== null) throw new Error(`the build ended before its snapshot:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    pid: child.pid!,
    tmp,
    paused,
    resume: () => fs.writeFileSync(path.join(pause, "resume"), ""),
    interrupt: () => child.kill("SIGINT"),
    done
  };
}

/** The built file of a data loader: dist/_file/data/<name>.<hash>.<ext>. */
function builtJson<T>(dist: string, folder: string, name: string): T {
  const dir = path.join(dist, "_file/data", folder);
  const file = fs.readdirSync(dir).find((entry) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.json$`).test(entry));
  if (!file) throw new Error(`no ${name}.*.json in ${dir}`);
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as T;
}

/** Every file under `dir` with its content, to compare a folder before and after. */
function folderContents(dir: string): Record<string, string> {
  const contents: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    contents[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
  }
  return contents;
}

// A whole site build takes 30–60 s on two cores, and over 200 s was measured when six builds shared them.
const BUILD_TIMEOUT_MS = 600_000;

const applications = async (db: string) => (await query<{n: number}>(db, "SELECT count(*) AS n FROM patents"))[0]!.n;

describe("npm run build publishes one state of the warehouse, or nothing", () => {
  test("an ingest during the build: every dataset shows the state of the snapshot, and the ingest is not blocked", async () => {
    const work = makeTempDir("build-during-ingest");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const before = await applications(db);
    const dist = path.join(work, "dist");
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "index.html"), "the previous site");

    const build = startBuild(db, dist, work);
    await build.paused;
    // The ingest holds the warehouse for writing: it could not even open it if the build still held its lock.
    const report = await ingest(db, [fixture("jplatpat/defects-15col.csv")]);
    expect(report.totals.loaded).toBe(1);
    const after = await applications(db);
    expect(after).toBeGreaterThan(before);
    build.resume();
    const {code, stderr} = await build.done;
    expect(code, stderr).toBe(0);

    const overview = builtJson<{applications: number}>(dist, "", "overview");
    const landscape = builtJson<{applications: number}>(dist, "landscape", "meta");
    expect(overview.applications).toBe(before);
    expect(landscape.applications).toBe(before);
    expect(stderr).toContain("the warehouse changed during the build");
    // Published in place of the previous site; nothing of the build left beside it or in the temporary folder.
    expect(fs.readFileSync(path.join(dist, "index.html"), "utf8")).toContain("<title>");
    expect(fs.readdirSync(work).sort()).toEqual(["atlas.duckdb", "dist", "pause", "tmp"]);
    expect(fs.readdirSync(build.tmp).filter((entry) => entry.startsWith("chizai-build-"))).toEqual([]);
  }, BUILD_TIMEOUT_MS);

  test("no warehouse named and none at the default path: an empty site that says so, even if one appears meanwhile", async () => {
    const work = makeTempDir("build-first-run");
    const defaultWarehouse = path.join(work, "data/atlas.duckdb");
    const dist = path.join(work, "dist");
    const build = startBuild("", dist, work, work);
    await build.paused;
    await ingest(defaultWarehouse, [fixture("jplatpat/valid-16col.csv")]);
    build.resume();
    const {code, stderr} = await build.done;
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`build: no warehouse at ${defaultWarehouse} yet: the site will say how to load data`);
    const overview = builtJson<{status: string; applications: number}>(dist, "", "overview");
    const landscape = builtJson<{status: string; applications: number}>(dist, "landscape", "meta");
    expect([overview.status, overview.applications]).toEqual(["missing", 0]);
    expect([landscape.status, landscape.applications]).toEqual(["missing", 0]);
  }, BUILD_TIMEOUT_MS);

  test("a dataset that npm start cached under src/ cannot reach the build: it works on its own copy of the sources", async () => {
    const work = makeTempDir("build-beside-preview");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const dist = path.join(work, "dist");
    const build = startBuild(db, dist, work);
    await build.paused;
    // What a preview running beside the build leaves in src/'s cache: a dataset made from another state of the
    // warehouse, newer than its loader, which Framework would reuse as it is. (kpi-reference.json: a dataset no
    // other test reads through a preview while this runs.)
    const cached = path.join(ROOT, "src/.observablehq/cache/data/kpi-reference.json");
    const marker = `preview-${process.pid}-${Date.now()}`;
    fs.mkdirSync(path.dirname(cached), {recursive: true});
    fs.writeFileSync(cached, JSON.stringify({madeBy: marker}));
    try {
      build.resume();
      const {code, stderr} = await build.done;
      expect(code, stderr).toBe(0);
      const built = builtJson<Record<string, unknown>>(dist, "", "kpi-reference");
      expect(built.madeBy).toBeUndefined();
      expect(Object.keys(built).length).toBeGreaterThan(1);
    } finally {
      if (fs.existsSync(cached) && fs.readFileSync(cached, "utf8").includes(marker)) fs.rmSync(cached);
    }
    // The private copy of the sources goes with the build.
    expect(fs.existsSync(path.join(ROOT, `.site-build-${build.pid}`))).toBe(false);
  }, BUILD_TIMEOUT_MS);

  test("a data loader that fails: the build exits 1 with one message and the previous site stays as it was", async () => {
    const work = makeTempDir("build-failing");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const dist = path.join(work, "dist");
    fs.mkdirSync(path.join(dist, "_file"), {recursive: true});
    fs.writeFileSync(path.join(dist, "index.html"), "the previous site");
    fs.writeFileSync(path.join(dist, "_file", "overview.json"), '{"applications": 42}');
    const previous = folderContents(dist);

    const build = startBuild(db, dist, work);
    await build.paused;
    // The fault: the snapshot every loader reads is no DuckDB file any more.
    const buildFolder = fs.readdirSync(build.tmp).find((entry) => entry.startsWith("chizai-build-"));
    fs.writeFileSync(path.join(build.tmp, buildFolder!, "snapshot.duckdb"), "not a database");
    build.resume();
    const {code, stderr} = await build.done;

    expect(code).toBe(1);
    expect(stderr).toMatch(/[\w-]+\.(json|parquet|tar): error: cannot open the warehouse .*not a valid DuckDB database file/);
    expect(stderr).toContain(`build: error: observable build failed (exit code 1); its messages are above. The previous site in ${dist} is unchanged.\n`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(folderContents(dist)).toEqual(previous);
    expect(fs.readdirSync(work).sort()).toEqual(["atlas.duckdb", "dist", "pause", "tmp"]);
    expect(fs.readdirSync(build.tmp).filter((entry) => entry.startsWith("chizai-build-"))).toEqual([]);
  }, BUILD_TIMEOUT_MS);

  test("Ctrl+C during the build: the temporary folders go, the previous site stays", async () => {
    const work = makeTempDir("build-interrupted");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const dist = path.join(work, "dist");
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "index.html"), "the previous site");
    const build = startBuild(db, dist, work);
    await build.paused;
    build.interrupt();
    const {code, stderr} = await build.done;
    expect(code).toBe(130);
    expect(stderr).toContain(`build: stopped. The previous site in ${dist} is unchanged.\n`);
    expect(fs.readdirSync(dist)).toEqual(["index.html"]);
    expect(fs.readdirSync(work).sort()).toEqual(["atlas.duckdb", "dist", "pause", "tmp"]);
    expect(fs.readdirSync(build.tmp).filter((entry) => entry.startsWith("chizai-build-"))).toEqual([]);
  });

  test("an ingest holding the warehouse when the build starts: the build waits its bounded time, then stops saying so", async () => {
    const work = makeTempDir("build-busy");
    const db = path.join(work, "atlas.duckdb");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const dist = path.join(work, "dist");
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "index.html"), "the previous site");
    // A writer that keeps the warehouse open, as an ingest does while it runs.
    const script = `
      import {openWarehouse} from "./loaders/warehouse/connection.ts";
      await openWarehouse(${JSON.stringify(db)});
      console.log("holding");
      setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {cwd: ROOT});
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("holding") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const result = spawnSync(process.execPath, ["loaders/cli/launch.mjs", "build"], {
        cwd: ROOT,
        encoding: "utf8",
        env: {...process.env, CHIZAI_DB: db, CHIZAI_DIST: dist, CHIZAI_LOCK_TIMEOUT_MS: "600"}
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`\\nbuild: error: the warehouse .* is busy: another process \\(PID ${holder.pid}[,)].* has it open for writing\\. .*The previous site in .* is unchanged\\.\\n$`)
      );
      expect(result.stderr).not.toMatch(/site built|observable build failed/);
      expect(fs.readdirSync(dist)).toEqual(["index.html"]);
      expect(fs.readdirSync(work).sort()).toEqual(["atlas.duckdb", "dist"]);
    } finally {
      holder.kill("SIGKILL");
    }
  }, BUILD_TIMEOUT_MS);
});
