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

/**
 * Removes every cached loader output under `cacheDir`. Returns how many went and how many could not go now (on
 * Windows a virus scanner or an indexer may hold a file for a moment); the caller tries those again.
 */
export function invalidateLoaderOutputs(cacheDir: string): {removed: number; left: number} {
  const counts = {removed: 0, left: 0};
  if (!fs.existsSync(cacheDir)) return counts;
  const remove = (file: string) => {
    try {
      fs.rmSync(file, {force: true});
      counts.removed++;
    } catch {
      counts.left++;
    }
  };
  const walk = (dir: string, top: boolean) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      if (top && BUNDLE_CACHES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, false);
      else if (!IN_PROGRESS.test(entry.name)) remove(full);
    }
  };
  walk(cacheDir, true);
  return counts;
}
