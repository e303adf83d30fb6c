// Runs once per `vitest run` for the browser project: builds the site (10–30 s) and serves it; tests get the URL
// with `inject("siteUrl")` and the built folder with `inject("siteDist")`.

import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {buildSite, serveStatic} from "./harness.js";
import {prepareTestWarehouse, TEST_TMP_DIR} from "./test-warehouse.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the static server for the built site, e.g. http://127.0.0.1:41234. */
    siteUrl: string;
    /** Absolute path of the built site. */
    siteDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await prepareTestWarehouse();
  // A local build whatever the shell says: the 支援成果 tests build the publication variant themselves.
  const {outDir, seconds} = await buildSite({db, outDir: join(TEST_TMP_DIR, "site-dist"), env: {CHIZAI_PUBLISH: ""}});
  console.log(`browser tests: site built in ${seconds.toFixed(1)} s → ${outDir}`);
  const server = await serveStatic(outDir);
  project.provide("siteUrl", server.url);
  project.provide("siteDist", outDir);
  return () => server.close();
}
