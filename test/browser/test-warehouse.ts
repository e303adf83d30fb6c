// The warehouse the browser-test build reads (passed to the build as CHIZAI_DB): the bundled fictional sample
// (patents and KPI, marked as sample like `npm start` does) plus a file whose applicant, title and URL are
// hostile text (`<img src=x onerror=alert(1)>`, `<script>`, `=HYPERLINK(…)`), ingested through the real pipeline;
// a KPI file for a 年度 in which four prefectures reported and no target is registered (before the sample's years,
// so that the pages' default 年度 stays the sample's latest); and a file with defective rows and one that is
// refused, for the データ品質 page; and support records with their outcomes (test/support/support-outcomes-fixture.ts),
// for the 支援成果 page.

import {mkdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";
import {addSupportFixture} from "../support/support-outcomes-fixture.js";
import {projectRoot} from "./harness.js";

export const TEST_TMP_DIR = join(projectRoot, "test/.tmp");
export const SAMPLE_COLLECTION = "サンプル（架空データ）";
export const HOSTILE_COLLECTION = "hostile-text";
/** Rows the ingest rejects (with lines and reasons) and a file it refuses, for the データ品質 page. */
export const DEFECTS_COLLECTION = "defects";
export const REFUSED_FILE = "not-jplatpat.csv";
/** The 年度 of test/fixtures/kpi-partial-year/: 相談件数 of 知財総合支援窓口, April to June, no 目標. */
export const PARTIAL_KPI_YEAR = 2021;
export const PARTIAL_KPI_PREFECTURES = ["北海道", "東京都", "愛知県", "福岡県"];

export async function prepareTestWarehouse(): Promise<string> {
  mkdirSync(TEST_TMP_DIR, {recursive: true});
  const db = join(TEST_TMP_DIR, "site-warehouse.duckdb");
  for (const suffix of ["", ".wal"]) rmSync(db + suffix, {force: true});
  const sample = collectInputs([join(projectRoot, "data/sample/patents"), join(projectRoot, "data/sample/kpi")], SAMPLE_COLLECTION);
  const hostile = collectInputs([join(projectRoot, "test/fixtures/browser")], HOSTILE_COLLECTION);
  const partialYear = collectInputs([join(projectRoot, "test/fixtures/kpi-partial-year")], null);
  const defects = collectInputs(
    ["defects-15col.csv", REFUSED_FILE].map((name) => join(projectRoot, "test/fixtures/jplatpat", name)),
    DEFECTS_COLLECTION
  );
  const run = await ingestFiles(db, [...sample.map((input) => ({...input, isSample: true})), ...hostile, ...partialYear, ...defects]);
  const refused = run.files.filter((file) => file.status === "refused" && file.fileName !== REFUSED_FILE);
  if (refused.length > 0) throw new Error(`the browser-test warehouse refused a file: ${JSON.stringify(refused)}`);
  // In the sample's collection: a collection of its own would be one of the two largest, which the 比較 page shows
  // by default.
  await addSupportFixture(db, {collection: SAMPLE_COLLECTION});
  return db;
}
