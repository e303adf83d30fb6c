// A private copy of the site's sources for one build. Framework keeps its loader cache inside the source root
// (src/.observablehq/cache) and reuses any cached output newer than its loader. With one shared root, an
// `npm start` running beside a build would (a) let the build pick up a dataset the preview just made from the live
// warehouse instead of the build's snapshot, and (b) delete loader outputs the build is writing when it clears the
// cache after a warehouse change (a build failing with ENOENT). A copy per build has its own cache: nothing the
// preview or another build does can reach it.
//
// The copy sits in the project folder beside src/, at the same depth, so that the relative imports of the data
// loaders and components (`../../loaders/…`) and node_modules resolve exactly as from src/. Only the bundled-module
// caches (`_node`, `_npm`: the offline npm version cache among them) are copied from src's cache; loader outputs
// never are.

import fs from "node:fs";
import path from "node:path";
import {projectPath} from "../project-root.js";

/** The environment variable observablehq.config.ts reads for its source root (default: src). */
export const SITE_ROOT_ENV = "CHIZAI_SITE_ROOT";

const CACHE = path.join(".observablehq", "cache");
const COPIED_CACHE_ENTRIES = new Set(["_node", "_npm"]);

/** Copies src/ to `<project>/.site-build-<pid>/` and returns its name relative to the project (for SITE_ROOT_ENV). */
export function copySiteSources(): {name: string; dir: string} {
  const name = `.site-build-${process.pid}`;
  const source = projectPath("src");
  const dir = projectPath(name);
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(source, dir, {
    recursive: true,
    filter: (from) => {
      const inside = path.relative(source, from);
      if (!inside.startsWith(CACHE + path.sep)) return true;
      const entry = inside.slice(CACHE.length + 1).split(path.sep)[0]!;
      return COPIED_CACHE_ENTRIES.has(entry);
    }
  });
  return {name, dir};
}
