// Runs after every `npm run build` (npm's "postbuild" hook): writes the redirect stubs that keep addresses without
// `.html` working on a plain static server (loaders/site/static-fallbacks.ts).

import {relative, resolve} from "node:path";
import {SITE_PAGES} from "../../src/components/site-pages.js";
import {PROJECT_ROOT} from "../project-root.js";
import {writeExtensionlessFallbacks} from "../site/static-fallbacks.js";

// The build's output folder, as observablehq.config.ts chooses it.
const distDir = resolve(PROJECT_ROOT, process.env.CHIZAI_DIST || "dist");
const written = writeExtensionlessFallbacks(distDir, SITE_PAGES.map((page) => page.path));
console.log(`postbuild: ${written.length} redirect pages for addresses without .html in ${relative(PROJECT_ROOT, distDir) || "."}`);
