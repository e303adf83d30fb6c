// npx tsx loaders/cli/kpi-sample.ts [--out DIR] [--seed N]
//
// Writes the fictional KPI sample (loaders/sample/kpi-sample.ts) to DIR, default data/sample/kpi/. CSV files this
// command wrote before (サンプル_*.csv) are removed first, so a renamed file never lingers beside its successor.

import {mkdirSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {projectPath} from "../project-root.js";
import {generateKpiSample, KPI_SAMPLE_PREFIX} from "../sample/kpi-sample.js";
import {parseArgs, stringOption, UsageError} from "./args.js";

const DEFAULT_OUT = projectPath("data/sample/kpi");

const USAGE = `usage: npx tsx loaders/cli/kpi-sample.ts [--out DIR] [--seed N]

Writes fictional program KPI sheets (FY2022–2024, 47 prefectures) for trying the KPI ingest and dashboard.
  --out DIR   where to write (default: data/sample/kpi/); its old サンプル_*.csv files are replaced
  --seed N    another seed gives other (equally fictional) figures`;

function main(argv: string[]): number {
  const args = parseArgs(argv, {values: ["out", "seed"]});
  if (args.options.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const seedText = stringOption(args, "seed");
  const seed = seedText === null ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed must be an integer, not ${seedText}`);
  }
  const out = stringOption(args, "out") ?? DEFAULT_OUT;

  const files = generateKpiSample(seed === undefined ? {} : {seed});
  mkdirSync(out, {recursive: true});
  for (const name of readdirSync(out)) {
    if (name.startsWith(KPI_SAMPLE_PREFIX) && name.toLowerCase().endsWith(".csv")) rmSync(join(out, name));
  }
  for (const file of files) {
    const path = join(out, file.fileName);
    writeFileSync(path, file.bytes);
    console.log(`${relative(process.cwd(), path)} (${file.bytes.length.toLocaleString("en-US")} bytes)`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
