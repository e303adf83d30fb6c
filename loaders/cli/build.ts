// npm run build [-- --db PATH]: the site, built from one state of the warehouse and published only when complete.
//
//   1. prebuild (prebuild.ts): the Inputs stylesheet and the offline npm version cache, then a private copy of the
//      site's sources with a cache of its own (private-site-root.ts), so that an `npm start` running meanwhile can
//      neither feed the build its live datasets nor delete the build's;
//   2. a snapshot of the warehouse (site/build-snapshot.ts) that every data loader of this build reads, so an ingest
//      during the build can neither block it nor mix into it; a Parquet lake is read in place instead (nothing
//      writes into a lake: a new export replaces the folder whole);
//   3. `observable build` into a folder beside the target (CHIZAI_DIST, else dist), because Framework empties its
//      output folder before the loaders run;
//   4. the redirect pages that keep addresses without .html working on a plain static server (static-fallbacks.ts);
//   5. the swap (replace-folder.ts): the target is replaced only when everything succeeded.
//
// Progress and timings go to stderr. On failure: exit 1 with one message, the previous site untouched and the
// temporary folders removed. A warehouse named with --db or CHIZAI_DB must exist; with none named and none at the
// default path, the site is built empty and says how to load data (a first run).

import {spawn} from "node:child_process";
import fs from "node:fs";
import {createRequire} from "node:module";
import os from "node:os";
import path from "node:path";
import {PROJECT_ROOT, projectPath} from "../project-root.js";
import {isLake} from "../lake/lake-manifest.js";
import {buildSnapshotEnvValue, BUILD_SNAPSHOT_ENV, copyWarehouse, type BuildSnapshot} from "../site/build-snapshot.js";
import {isPublicationBuild, PUBLISH_ENV} from "../site/publication.js";
import {warehouseStamp} from "../warehouse/warehouse-stamp.js";
import {WarehouseError} from "../warehouse/connection.js";
import {locateWarehouse, requireNamedWarehouse, type WarehouseLocation} from "../warehouse/warehouse-location.js";
import {parseArgs, stringOption, UsageError} from "./args.js";
import {prebuild} from "./prebuild.js";
import {copySiteSources, SITE_ROOT_ENV} from "./private-site-root.js";
import {SITE_PAGES} from "../../src/components/site-pages.js";
import {writeExtensionlessFallbacks} from "../site/static-fallbacks.js";
import {besideFolder, PublishError, replaceFolder} from "./replace-folder.js";

const USAGE = `usage: npm run build [-- [--db PATH] [--publish]]

Builds the site from the warehouse and publishes it in $CHIZAI_DIST, else dist/.
  --db PATH   warehouse file, or a Parquet lake folder (default: $CHIZAI_DB, else data/atlas.duckdb)
  --publish   a publication build (also CHIZAI_PUBLISH=1): support outcomes as aggregates with small counts
              suppressed, no company-level data
The previous site stays in place until the new one is complete.`;

/** Tests only: a folder where the build announces its snapshot and waits for permission to go on. */
const TEST_PAUSE_ENV = "CHIZAI_BUILD_TEST_PAUSE";

class FrameworkError extends Error {}

const log = (line: string) => console.error(`build: ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {values: ["db"], flags: ["publish"]});
  if (args.options.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positional.length) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const location = locateWarehouse(stringOption(args, "db"));
  requireNamedWarehouse(location);
  const target = path.resolve(PROJECT_ROOT, process.env.CHIZAI_DIST || "dist");
  const started = performance.now();

  for (const line of prebuild({cleanCache: false})) log(line.replace(/^prebuild: /, ""));
  // The data loaders read the flag from the environment the build passes on to them.
  if (args.options.publish) process.env[PUBLISH_ENV] = "1";
  if (isPublicationBuild()) {
    log(`publication build (${PUBLISH_ENV}): support outcomes as aggregates with small counts suppressed, no company table`);
  }
  const siteSources = copySiteSources();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "chizai-build-"));
  const staging = besideFolder(target, "building");
  const removeTemporaries = () => {
    fs.rmSync(siteSources.dir, {recursive: true, force: true});
    fs.rmSync(work, {recursive: true, force: true});
    fs.rmSync(staging, {recursive: true, force: true});
  };
  process.once("SIGINT", () => {
    removeTemporaries();
    console.error(`build: stopped.${fs.existsSync(target) ? ` The previous site in ${target} is unchanged.` : ""}`);
    process.exit(130);
  });
  try {
    const {snapshot, stamp} = await takeSnapshot(location, work);
    await pauseForTests();
    const frameworkStarted = performance.now();
    await runFramework(staging, location, snapshot, siteSources.name);
    log(`site built in ${seconds(performance.now() - frameworkStarted)}`);

    // Written into the staging folder before the swap, so that a failure here also leaves the previous site.
    const stubs = writeExtensionlessFallbacks(staging, SITE_PAGES.map((page) => page.path));
    log(`${stubs.length} redirect pages for addresses without .html`);

    const {replacedPrevious} = replaceFolder(staging, target);
    const replaced = replacedPrevious ? ", replacing the previous site" : "";
    log(`published ${target}${replaced}; ${seconds(performance.now() - started)} in all`);
    if (stamp !== null && warehouseStamp(location.path) !== stamp) {
      log(
        "the warehouse changed during the build; the site shows it as it was when the build started. " +
          "Run npm run build again to publish the change."
      );
    }
    return 0;
  } finally {
    removeTemporaries();
  }
}

/** The state every loader of this build reads; `stamp` identifies the warehouse files at the copy. */
async function takeSnapshot(
  location: WarehouseLocation,
  work: string
): Promise<{snapshot: BuildSnapshot; stamp: string | null}> {
  if (!fs.existsSync(location.path)) {
    log(`no warehouse at ${location.path} yet: the site will say how to load data`);
    return {snapshot: {state: "missing"}, stamp: null};
  }
  if (isLake(location.path)) {
    log(`reading the Parquet lake ${location.path} in place`);
    return {snapshot: {state: "ready", path: location.path}, stamp: null};
  }
  const file = path.join(work, "snapshot.duckdb");
  const stats = await copyWarehouse(location.path, file);
  const mb = (stats.bytes / 2 ** 20).toFixed(1);
  log(`snapshot of ${location.path} (${mb} MB, ${stats.tables} tables) in ${seconds(stats.ms)}`);
  return {snapshot: {state: "ready", path: file}, stamp: stats.sourceStamp};
}

/**
 * With CHIZAI_BUILD_TEST_PAUSE=<folder>, writes <folder>/snapshot-taken and waits for <folder>/resume: a test can
 * then change the warehouse at a known point of the build, between the snapshot and the data loaders.
 */
async function pauseForTests(): Promise<void> {
  const folder = process.env[TEST_PAUSE_ENV];
  if (!folder) return;
  fs.writeFileSync(path.join(folder, "snapshot-taken"), "");
  const deadline = Date.now() + 120_000;
  while (!fs.existsSync(path.join(folder, "resume"))) {
    if (Date.now() > deadline) throw new Error(`${TEST_PAUSE_ENV}: no ${folder}/resume after 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `observable build` with its output in `outDir` and the loaders pointed at the snapshot. */
async function runFramework(
  outDir: string,
  location: WarehouseLocation,
  snapshot: BuildSnapshot,
  siteRoot: string
): Promise<void> {
  fs.rmSync(outDir, {recursive: true, force: true});
  const require = createRequire(projectPath("package.json"));
  const frameworkPackage = require.resolve("@observablehq/framework/package.json");
  const bin = JSON.parse(fs.readFileSync(frameworkPackage, "utf8")).bin.observable as string;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHIZAI_DB: location.path,
    CHIZAI_DIST: outDir,
    [SITE_ROOT_ENV]: siteRoot,
    [BUILD_SNAPSHOT_ENV]: buildSnapshotEnvValue(snapshot),
    OBSERVABLE_TELEMETRY_DISABLE: "true"
  };
  // Framework runs .ts loaders as `tsx <file>`: tsx must be on PATH even when this runs outside npm.
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === "PATH") ?? "PATH";
  env[pathKey] = [projectPath("node_modules", ".bin"), env[pathKey]].filter(Boolean).join(path.delimiter);

  // Framework's own progress goes to stderr with ours; stdout stays free for whatever calls this.
  const child = spawn(process.execPath, [path.join(path.dirname(frameworkPackage), bin), "build"], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", 2, 2]
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    throw new FrameworkError(`observable build failed (exit code ${code}); its messages are above`);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const known = error instanceof WarehouseError || error instanceof FrameworkError || error instanceof PublishError;
    const message = known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    const target = path.resolve(PROJECT_ROOT, process.env.CHIZAI_DIST || "dist");
    const kept = fs.existsSync(target) ? ` The previous site in ${target} is unchanged.` : "";
    console.error(`build: error: ${message.endsWith(".") ? message : `${message}.`}${kept}`);
    process.exitCode = 1;
  }
);
