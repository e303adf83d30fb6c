#!/usr/bin/env node
// Runs a chizai-atlas command (ingest, chizai, start, sample, kpi-sample, build) from an ahead-of-time build of its
// TypeScript, rebuilding the build first whenever a source file is newer.
//
// Why not run the .ts through tsx: its module hooks live in a worker thread and cost about 0.7 s of start-up per
// command, more than the whole ingest of a 3,000-row export. esbuild bundles loaders/ in ~0.2 s, once per change.
// This file is plain JavaScript because it must run before anything is compiled.
//
// package.json runs ingest and start with --max-semi-space-size=32: parsing allocates many short-lived objects,
// and a larger young generation cut the time spent reading 300,000 rows by a third (measured).

import fs from "node:fs";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const COMMANDS = ["ingest", "chizai", "start", "sample", "kpi-sample", "build", "report"];
const BUILD_ROOT = path.join(ROOT, ".build");

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`usage: node loaders/cli/launch.mjs <${COMMANDS.join("|")}> [arguments]`);
  process.exit(2);
}

const outDir = await currentBuild();
// The commands read their arguments from process.argv.slice(2), as they do when run from source.
process.argv = [process.argv[0], path.join(ROOT, "loaders/cli", `${command}.ts`), ...args];
await import(pathToFileURL(path.join(outDir, `${command}.mjs`)).href);

/**
 * The build for the sources as they are now. Builds are named after a fingerprint of the sources and never
 * rewritten in place, so two commands starting at once cannot read a half-written file: each builds into a
 * private folder and renames it into place; the loser of the race uses the winner's build.
 */
async function currentBuild() {
  const outDir = path.join(BUILD_ROOT, `cli-${sourceFingerprint()}`);
  if (fs.existsSync(path.join(outDir, `${command}.mjs`))) return outDir;
  const scratch = `${outDir}.${process.pid}.tmp`;
  const {build} = await import("esbuild");
  await build({
    entryPoints: COMMANDS.map((name) => path.join(ROOT, "loaders/cli", `${name}.ts`)),
    outdir: scratch,
    outExtension: {".js": ".mjs"},
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundle the JavaScript dependencies too: @duckdb/node-api alone is ~60 CommonJS files that Node would
    // otherwise scan one by one at every start (~0.2 s). Only the native DuckDB binding stays outside.
    // The report's Office libraries stay outside too: large, and only `report` loads them.
    external: ["@duckdb/node-bindings", "@duckdb/node-bindings-*", "esbuild", "exceljs", "pptxgenjs"],
    banner: {js: `import {createRequire as createRequireForBundle} from "node:module";\nconst require = createRequireForBundle(import.meta.url);`},
    sourcemap: "inline",
    logLevel: "warning"
  });
  try {
    fs.renameSync(scratch, outDir);
  } catch {
    fs.rmSync(scratch, {recursive: true, force: true}); // another command built the same sources first
  }
  removeOtherBuilds(outDir);
  return outDir;
}

/** Newest modification time and number of the sources: any edit, addition or removal changes it. */
function sourceFingerprint() {
  let newest = fs.statSync(path.join(ROOT, "package-lock.json")).mtimeMs;
  let count = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|mjs)$/.test(entry.name)) {
        count++;
        newest = Math.max(newest, fs.statSync(full).mtimeMs);
      }
    }
  };
  walk(path.join(ROOT, "loaders"));
  // The commands bundle site components too (`report` the chart registry, the deck and the workbook).
  walk(path.join(ROOT, "src/components"));
  return `${Math.floor(newest).toString(36)}-${count}`;
}

/** Drops builds of older sources, leaving recent ones alone in case a command started just before is loading one. */
function removeOtherBuilds(keep) {
  const cutoff = Date.now() - 10 * 60 * 1000;
  for (const entry of fs.readdirSync(BUILD_ROOT)) {
    const full = path.join(BUILD_ROOT, entry);
    if (full === keep || !entry.startsWith("cli-") || fs.statSync(full).mtimeMs > cutoff) continue;
    fs.rmSync(full, {recursive: true, force: true});
  }
}
