// The Parquet lake benchmark (issue 11, item 4): `chizai export --parquet` of a warehouse of 100,000 fictional
// applications (the site benchmark's inputs and, when that section ran first, its warehouse), as a user runs it; the
// lake's size against the warehouse file's; and `chizai status` over the lake against over the warehouse, which is
// what reading a lake costs every command and data loader (the views over the Parquet files are built at open).
// No target of its own: the figures are reported.

import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {readLakeManifest} from "../../loaders/lake/lake-manifest.js";
import {formatMs, formatNumber, median, printTable, type BenchResult} from "./report.js";
import {prepareInputs} from "./site-bench.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APPLICATIONS = 100_000;
const RUNS = 3;

function chizai(args: string[]): {ms: number; stdout: string} {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["loaders/cli/launch.mjs", ...args], {cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28});
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  return {ms, stdout: result.stdout};
}

export async function runLakeBench({workDir}: {workDir: string}): Promise<BenchResult[]> {
  const db = path.join(workDir, "site.duckdb");
  if (!fs.existsSync(db)) {
    const inputs = prepareInputs(path.join(workDir, `site-patents-${APPLICATIONS}`));
    const ingest = chizai(["ingest", "--db", db, "--json", inputs]);
    console.log(`Lake inputs: ${formatNumber(APPLICATIONS)} applications ingested in ${formatMs(ingest.ms)} → ${db}`);
  }
  const lake = path.join(workDir, "lake");
  const exports: number[] = [];
  for (let i = 0; i < RUNS; ++i) {
    exports.push(chizai(["chizai", "export", "--db", db, "--parquet", lake, "--overwrite", "--json"]).ms);
    console.log(`export ${i + 1}: ${formatMs(exports[i]!)}`);
  }
  const manifest = readLakeManifest(lake);
  const lakeBytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
  const patents = manifest.tables.find((t) => t.name === "patents")!;
  const statusOf = (target: string) => median(Array.from({length: RUNS}, () => chizai(["chizai", "status", "--db", target, "--json"]).ms));
  const [statusWarehouse, statusLake] = [statusOf(db), statusOf(lake)];
  const exportMs = median(exports);
  printTable(`Parquet lake (${formatNumber(patents.rows)} applications)`, [
    ["chizai export --parquet (median, CLI start included)", formatMs(exportMs), `runs: ${exports.map(formatMs).join(", ")}`],
    ["lake size / warehouse file", `${(lakeBytes / 2 ** 20).toFixed(1)} MiB`, `warehouse ${(fs.statSync(db).size / 2 ** 20).toFixed(1)} MiB; ${manifest.tables.length} tables, patents in ${patents.files} year folders`],
    ["chizai status: warehouse / lake (median)", `${formatMs(statusWarehouse)} / ${formatMs(statusLake)}`, `×${(statusLake / statusWarehouse).toFixed(2)} over the lake`]
  ]);
  return [];
}
