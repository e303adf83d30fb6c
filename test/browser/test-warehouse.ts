// The warehouse the browser-test build reads (passed to the build as CHIZAI_DB).
//
// Hook for the ETL: when data loaders exist, create the test warehouse here (for example by ingesting
// data/sample/ into this path with the loaders' API) and return its path. Until then the path may not exist;
// no page reads data yet.

import {mkdirSync} from "node:fs";
import {join} from "node:path";
import {projectRoot} from "./harness.js";

export const TEST_TMP_DIR = join(projectRoot, "test/.tmp");

export async function prepareTestWarehouse(): Promise<string> {
  mkdirSync(TEST_TMP_DIR, {recursive: true});
  return join(TEST_TMP_DIR, "site-warehouse.duckdb");
}
