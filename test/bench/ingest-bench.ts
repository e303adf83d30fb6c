// The ingest benchmark (issues "Foundation" and 11): J-PlatPat files of 3,000 records at each scale (100,000,
// 300,000 and 1,000,000 by default), ingested through the real CLI into a fresh warehouse, against DuckDB's own
// read_csv of the same files. Each repetition runs the ingest and both read_csv variants back to back, so that the
// ratio compares runs made under the same load; the median ratio is the figure.
// Targets: ingest ≤ 3 × read_csv; peak memory < 1 GiB at every scale; one 3,000-record file < 1 s wall, process
// start included.

import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import iconv from "iconv-lite";
import {readCsvRecords} from "../../loaders/csv/read-records.js";
import {generatePatentFiles} from "../../loaders/sample/patent-sample.js";
import {decodeBytes} from "../../loaders/text/decode.js";
import {formatMs, formatNumber, median, printTable, type BenchResult} from "./report.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Exactly what `npm run ingest` runs (its node flags included), without npm's own start-up. */
const INGEST_COMMAND = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.ingest as string)
  .split(/\s+/)
  .slice(1);

/** The scales of `npm run bench -- --only ingest` without --ingest-records. */
export const INGEST_SCALES = [100_000, 300_000, 1_000_000];

export interface IngestBenchOptions {
  /** Records per scale, each measured in turn. */
  scales: readonly number[];
  /** Back-to-back repetitions per scale; scales above 300,000 run once (minutes each on two cores). */
  runs: number;
  workDir: string;
}

interface ScaleResult {
  records: number;
  rows: number;
  ingestMs: number[];
  autoMs: number[];
  pinnedMs: number[];
  peakRssBytes: number[];
}

export async function runIngestBench({scales, runs, workDir}: IngestBenchOptions): Promise<BenchResult[]> {
  const results: ScaleResult[] = [];
  for (const records of scales) results.push(measureScale(records, records > 300_000 ? 1 : runs, workDir));

  const smallest = path.join(workDir, `patents-${Math.min(...scales)}`);
  const single = singleFileRuns(workDir, smallest);
  const parsers = compareParsers(smallest);

  const ratios = (r: ScaleResult, baseline: number[]) => r.ingestMs.map((ms, i) => ms / baseline[i]!);
  printTable("Ingest by scale (median of back-to-back runs; ratio = ingest ÷ read_csv of the same run)", [
    ...results.map((r): [string, string, string] => [
      `${formatNumber(r.records)} records (${formatNumber(r.rows)} rows), ${r.ingestMs.length} run(s)`,
      formatMs(median(r.ingestMs)),
      `read_csv auto ${formatMs(median(r.autoMs))}, pinned ${formatMs(median(r.pinnedMs))}; ` +
        `ratio ÷ auto ${median(ratios(r, r.autoMs)).toFixed(2)} (${ratios(r, r.autoMs).map((x) => x.toFixed(2)).join(", ")}), ` +
        `÷ pinned ${median(ratios(r, r.pinnedMs)).toFixed(2)}; peak ${(Math.max(...r.peakRssBytes) / 2 ** 20).toFixed(0)} MiB; ` +
        `${formatNumber(Math.round(r.rows / (median(r.ingestMs) / 1000)))} records/s`
    ]),
    ["one 3,000-record file, wall (median of 3)", formatMs(median(single)), `runs: ${single.map(formatMs).join(", ")}`],
    ["CSV parse of the smallest scale: chizai reader vs papaparse", `${formatMs(parsers.ours)} vs ${formatMs(parsers.papaparse)}`, `papaparse ÷ ours: ${(parsers.papaparse / parsers.ours).toFixed(1)}`]
  ]);
  return [
    ...results.flatMap((r): BenchResult[] => {
      const ratio = median(ratios(r, r.autoMs));
      const peak = Math.max(...r.peakRssBytes) / 2 ** 20;
      const scale = formatNumber(r.records);
      return [
        {name: `ingest within 3× read_csv at ${scale}`, value: ratio, target: 3, unit: "×", pass: ratio <= 3},
        {name: `ingest peak memory at ${scale}`, value: peak, target: 1024, unit: "MiB", pass: peak < 1024}
      ];
    }),
    {name: "one 3,000-record file", value: median(single), target: 1000, unit: "ms", pass: median(single) < 1000}
  ];
}

function measureScale(records: number, runs: number, workDir: string): ScaleResult {
  const inputs = path.join(workDir, `patents-${records}`);
  const baselineInputs = path.join(workDir, `patents-${records}-utf8`);
  const generated = prepareInputs(records, inputs, baselineInputs);
  console.log(`Inputs: ${generated.files} files, ${formatNumber(generated.rows)} rows, ${(generated.bytes / 1e6).toFixed(1)} MB in ${inputs}`);
  const result: ScaleResult = {records, rows: generated.rows, ingestMs: [], autoMs: [], pinnedMs: [], peakRssBytes: []};
  for (let run = 0; run < runs; run++) {
    const db = freshDatabase(workDir, "ingest.duckdb");
    const ingest = timed(() => runNode([...INGEST_COMMAND, "--db", db, "--json", inputs]));
    if (ingest.result.status !== 0) throw new Error(`ingest failed:\n${ingest.result.stderr}`);
    const report = JSON.parse(ingest.result.stdout) as {totals: {rowsRead: number}; peakRssBytes: number};
    if (report.totals.rowsRead !== generated.rows) throw new Error(`ingest read ${report.totals.rowsRead} rows of ${generated.rows}`);
    const [auto, pinned] = (["auto", "pinned"] as const).map((mode) => {
      const baseline = timed(() => runNode(["test/bench/read-csv-baseline.mjs", baselineInputs, freshDatabase(workDir, `baseline-${mode}.duckdb`), mode]));
      if (baseline.result.status !== 0) throw new Error(`read_csv baseline failed:\n${baseline.result.stderr}`);
      return baseline.ms;
    });
    result.ingestMs.push(ingest.ms);
    result.autoMs.push(auto!);
    result.pinnedMs.push(pinned!);
    result.peakRssBytes.push(report.peakRssBytes);
    console.log(
      `  run ${run + 1}: ingest ${formatMs(ingest.ms)}, read_csv auto ${formatMs(auto!)}, pinned ${formatMs(pinned!)}, ` +
        `ratio ${(ingest.ms / auto!).toFixed(2)}, peak ${(report.peakRssBytes / 2 ** 20).toFixed(0)} MiB`
    );
  }
  return result;
}

function prepareInputs(records: number, folder: string, utf8Folder: string): {files: number; rows: number; bytes: number} {
  const marker = path.join(folder, ".complete");
  if (!fs.existsSync(marker)) {
    fs.rmSync(folder, {recursive: true, force: true});
    fs.rmSync(utf8Folder, {recursive: true, force: true});
    fs.mkdirSync(folder, {recursive: true});
    fs.mkdirSync(utf8Folder, {recursive: true});
    for (const file of generatePatentFiles({totalRecords: records, maxRecordsPerFile: 3000})) {
      fs.writeFileSync(path.join(folder, file.fileName), file.bytes);
      // DuckDB reads no CP932 offline: its copy of the Excel-saved file is the same text in UTF-8.
      const utf8 = file.encoding === "cp932" ? Buffer.from(iconv.decode(Buffer.from(file.bytes), "cp932"), "utf8") : file.bytes;
      fs.writeFileSync(path.join(utf8Folder, file.fileName), utf8);
    }
    fs.writeFileSync(marker, "");
  }
  const names = fs.readdirSync(folder).filter((f) => f.endsWith(".csv"));
  let rows = 0;
  let bytes = 0;
  for (const name of names) {
    const data = fs.readFileSync(path.join(folder, name));
    bytes += data.length;
    readCsvRecords(decodeBytes(data).text, () => void rows++);
    rows--; // the header
  }
  return {files: names.length, rows, bytes};
}

/** Wall time of ingesting one 3,000-record file into a fresh warehouse, process start included. */
function singleFileRuns(workDir: string, inputs: string): number[] {
  const file = largestFile(inputs);
  return [1, 2, 3].map((i) => {
    const run = timed(() => runNode([...INGEST_COMMAND, "--db", freshDatabase(workDir, `single-${i}.duckdb`), path.join(inputs, file)]));
    if (run.result.status !== 0) throw new Error(`single-file ingest failed:\n${run.result.stderr}`);
    return run.ms;
  });
}

/** The biggest input file: a full 3,000-record export rather than the odd short range at the end of a split. */
function largestFile(folder: string): string {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith(".csv"));
  return files.reduce((best, f) => (fs.statSync(path.join(folder, f)).size > fs.statSync(path.join(folder, best)).size ? f : best));
}

function compareParsers(inputs: string): {ours: number; papaparse: number} {
  const texts = fs.readdirSync(inputs).filter((f) => f.endsWith(".csv")).map((f) => decodeBytes(fs.readFileSync(path.join(inputs, f))).text);
  let ours = 0;
  let papaparse = 0;
  for (const text of texts) {
    let started = performance.now();
    readCsvRecords(text, () => {});
    ours += performance.now() - started;
    started = performance.now();
    Papa.parse(text, {skipEmptyLines: true});
    papaparse += performance.now() - started;
  }
  return {ours, papaparse};
}

function freshDatabase(workDir: string, name: string): string {
  const file = path.join(workDir, name);
  for (const suffix of ["", ".wal"]) fs.rmSync(file + suffix, {force: true});
  return file;
}

/** Runs a plain-JavaScript entry point the way `npm run` scripts do (no TypeScript loader). */
function runNode(args: string[]) {
  return spawnSync(process.execPath, args, {cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28});
}

function timed<T>(work: () => T): {result: T; ms: number} {
  const started = performance.now();
  const result = work();
  return {result, ms: performance.now() - started};
}
