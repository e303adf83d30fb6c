// npm run bench [-- --only ingest|site|lake|search|names|report] [--records N] [--ingest-records N,N,…] [--ingest-runs N]
//   [--dictionary-rows N] [--skip-browser]
//
// Prints figures and ratios against the targets of the issues; speed and memory live here, not in unit tests.
// The machine it runs on matters: run it on a quiet machine and compare ratios, not absolute times.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {parseArgs, stringOption} from "../../loaders/cli/args.js";
import {INGEST_SCALES, runIngestBench} from "./ingest-bench.js";
import {runLakeBench} from "./lake-bench.js";
import {runSearchBench} from "./search-bench.js";
import {runNamesBench} from "./names-bench.js";
import {runReportBench} from "./report-bench.js";
import {runSiteBench} from "./site-bench.js";
import {printTargets, type BenchResult} from "./report.js";

const args = parseArgs(process.argv.slice(2), {
  values: ["only", "records", "ingest-records", "ingest-runs", "dictionary-rows"],
  flags: ["skip-browser"]
});
const dictionaryRows = stringOption(args, "dictionary-rows");

const SECTIONS: Record<string, (options: {records: number; workDir: string}) => Promise<BenchResult[]>> = {
  ingest: ({workDir}) =>
    runIngestBench({
      workDir,
      scales: stringOption(args, "ingest-records")?.split(",").map(Number) ?? INGEST_SCALES,
      runs: Number(stringOption(args, "ingest-runs") ?? 3)
    }),
  site: (options) => runSiteBench(options),
  lake: (options) => runLakeBench(options),
  search: (options) => runSearchBench(options),
  names: (options) => runNamesBench({workDir: options.workDir, rows: dictionaryRows ? Number(dictionaryRows) : undefined}),
  report: (options) => runReportBench({workDir: options.workDir, skipBrowser: args.options["skip-browser"] === true})
};

const only = stringOption(args, "only");
const records = Number(stringOption(args, "records") ?? 300_000);
if (only && !SECTIONS[only]) throw new Error(`unknown section ${only}; sections: ${Object.keys(SECTIONS).join(", ")}`);

const workDir = path.resolve(import.meta.dirname, "../.tmp/bench");
fs.mkdirSync(workDir, {recursive: true});
console.log(`chizai-atlas benchmark: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`);

const results: BenchResult[] = [];
for (const [name, section] of Object.entries(SECTIONS)) {
  if (only && name !== only) continue;
  results.push(...(await section({records, workDir})));
}
printTargets(results);
