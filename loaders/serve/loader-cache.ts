// Framework's preview re-runs a data loader only when its cached output is missing or older than the loader file
// (@observablehq/framework dist/loader.js): a new ingest does not make it stale. Removing the cached outputs makes
// the next request for each dataset run its loader again, against the warehouse as it is now. Tracked files are
// never touched, so the working tree stays clean.

import fs from "node:fs";
import path from "node:path";

/** Cache folders that hold bundled node_modules (slow to rebuild, never data). */
const BUNDLE_CACHES = new Set(["_node", "_npm", "_jsr", "_duckdb"]);

// A loader writes to "<output>.<pid>" and renames it into place; a failed run leaves "<output>.<pid>.err", which
// Framework consults to avoid re-running a failing loader in a loop. Both belong to a run in progress: leave them.
const IN_PROGRESS = /\.\d+(\.err)?$/;

export function loaderCacheDir(projectRoot: string): string {
  return path.join(projectRoot, "src/.observablehq/cache");
}

/** Removes every cached loader output under `cacheDir`; returns how many files went. */
export function invalidateLoaderOutputs(cacheDir: string): number {
  if (!fs.existsSync(cacheDir)) return 0;
  let removed = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!IN_PROGRESS.test(entry.name)) {
        fs.rmSync(full, {force: true});
        removed++;
      }
    }
  };
  for (const entry of fs.readdirSync(cacheDir, {withFileTypes: true})) {
    if (BUNDLE_CACHES.has(entry.name)) continue;
    const full = path.join(cacheDir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (!IN_PROGRESS.test(entry.name)) {
      fs.rmSync(full, {force: true});
      removed++;
    }
  }
  return removed;
}
