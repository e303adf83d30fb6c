// Nothing about the server in the site's data: every data loader's output, built from a warehouse in a folder with
// a distinctive name and from files ingested from a distinctive inbox and from elsewhere, is searched (raw bytes and
// decoded Parquet, archive members included) for those folders. The warehouse itself keeps the paths as given.

import {spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, readdirSync} from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";
import {PROJECT_ROOT} from "../../loaders/project-root.js";
import {findNeedles, outputTexts, type OutputText} from "../support/site-output-text.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, query} from "../support/warehouse.js";

const LOADERS = path.join(PROJECT_ROOT, "src/data");

/** Copies fixtures into `folder` (made if needed); returns their new paths. */
function place(folder: string, names: string[]): string[] {
  mkdirSync(folder, {recursive: true});
  return names.map((name) => {
    const target = path.join(folder, path.basename(name));
    copyFileSync(fixture(name), target);
    return target;
  });
}

describe("site data loaders", () => {
  const server = path.join(makeTempDir("site-paths"), "server-secret-x7q2");
  const warehouseFolder = path.join(server, "warehouse-loc-m4k9");
  const db = path.join(warehouseFolder, "atlas.duckdb");
  const inbox = path.join(server, "inbox-loc-p3w8");
  const elsewhere = path.join(server, "elsewhere-loc-r5t1");
  const outputs = new Map<string, Buffer>();
  let texts: OutputText[] = [];

  beforeAll(async () => {
    place(path.join(inbox, "電池"), ["jplatpat/valid-16col.csv"]);
    place(path.join(inbox, "関東", "2024"), ["kpi/bad-rows.csv"]);
    place(inbox, ["kpi/long-utf8-bom.csv"]);
    const [defects, refused, byRelativePath] = place(elsewhere, [
      "jplatpat/defects-15col.csv",
      "jplatpat/not-jplatpat.csv",
      "jplatpat/status-15col.csv"
    ]);
    await ingestFiles(db, [
      // As npm start collects the inbox: each folder in it is a collection, each file on its own is its own one.
      ...collectInputs(readdirSync(inbox).map((entry) => path.join(inbox, entry)), null),
      ...collectInputs([defects!, refused!], "elsewhere"),
      // As `npm run ingest -- some/folder/file.csv` stores it: relative to the project folder, where npm runs.
      ...collectInputs([path.relative(PROJECT_ROOT, byRelativePath!)], null)
    ]);
    for (const loader of readdirSync(LOADERS).filter((name) => name.endsWith(".ts"))) {
      const result = spawnSync(process.execPath, ["--import", "tsx", path.join(LOADERS, loader)], {
        cwd: PROJECT_ROOT,
        env: {...process.env, CHIZAI_DB: db, CHIZAI_INBOX: inbox},
        maxBuffer: 1 << 26
      });
      if (result.status !== 0) throw new Error(`${loader} failed: ${result.stderr.toString()}`);
      outputs.set(loader.replace(/\.ts$/, ""), result.stdout);
    }
    for (const [name, bytes] of outputs) texts.push(...(await outputTexts(name, bytes)));
  });

  test("the warehouse keeps every path as the ingest was given it", async () => {
    const rows = await query<{file_path: string}>(db, `SELECT file_path FROM batches ORDER BY batch_id`);
    expect(rows.filter((r) => r.file_path.startsWith(inbox))).toHaveLength(3);
    expect(rows.filter((r) => r.file_path.startsWith(elsewhere))).toHaveLength(2);
    expect(rows.filter((r) => !path.isAbsolute(r.file_path))).toHaveLength(1);
  });

  test("every loader ran, and the search reads decoded Parquet and the archive's members", () => {
    expect([...outputs.keys()].sort()).toEqual([
      "batches.parquet", "fi-titles.json", "kpi-facts.parquet", "kpi-reference.json", "landscape.tar",
      "outcome-companies.json", "outcomes.json", "overview.json", "rejects.parquet", "report-basis.json",
      "report-style.json", "search-text.parquet"
    ]);
    expect(texts.some((t) => t.where === "landscape.tar/names.parquet (decoded)")).toBe(true);
    // The search can find what it looks for: a name that is in the data, once decoded.
    expect(findNeedles(texts, ["valid-16col.csv"]).some((hit) => hit.startsWith("batches.parquet (decoded)"))).toBe(true);
  });

  test("no output holds the warehouse's, the inbox's or the other files' folder, whole or in part", () => {
    const needles = [
      db, warehouseFolder, inbox, elsewhere, server, PROJECT_ROOT,
      "server-secret-x7q2", "warehouse-loc-m4k9", "inbox-loc-p3w8", "elsewhere-loc-r5t1"
    ];
    expect(findNeedles(texts, needles)).toEqual([]);
  });

  test("files are shown by their path inside the inbox, or by their name when from elsewhere", async () => {
    const {tableToRows, loadParquet} = await import("../../src/components/parquet.js");
    const batches = tableToRows<{file_name: string; display_path: string; status: string}>(
      await loadParquet(outputs.get("batches.parquet")!)
    );
    expect(Object.fromEntries(batches.map((b) => [b.file_name, b.display_path]))).toEqual({
      "valid-16col.csv": "電池/valid-16col.csv",
      "bad-rows.csv": "関東/2024/bad-rows.csv",
      "long-utf8-bom.csv": "long-utf8-bom.csv",
      "defects-15col.csv": "defects-15col.csv",
      "not-jplatpat.csv": "not-jplatpat.csv",
      "status-15col.csv": "status-15col.csv"
    });
    expect(batches.find((b) => b.file_name === "not-jplatpat.csv")?.status).toBe("refused");
  });

  test("the warehouse is named by its file name only", () => {
    for (const name of ["overview.json", "kpi-reference.json"]) {
      expect(JSON.parse(outputs.get(name)!.toString("utf8")).warehouseName).toBe("atlas.duckdb");
    }
  });
});
