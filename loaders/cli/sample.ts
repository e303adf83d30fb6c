// Writes the synthetic J-PlatPat sample (fictional data) to a folder.
//
//   npx tsx loaders/cli/sample.ts [--out DIR] [--records N] [--per-file N] [--seed S] [--variants mixed|13|15|16]
//                                 [--with-defects]
//
// Without options it regenerates the bundled sample in data/sample/patents/. Sample files left by an earlier run
// (named サンプル_*.csv) are removed first, so a smaller run never leaves stale files behind; nothing else in the
// folder is touched.

import {mkdirSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {parseArgs} from "node:util";
import {projectPath} from "../project-root.js";
import {DEFAULT_SAMPLE_OPTIONS, generatePatentFiles, type PatentSampleOptions} from "../sample/patent-sample.js";

const DEFAULT_OUT = projectPath("data/sample/patents");
const SAMPLE_FILE = /^サンプル_.*\.csv$/;

const USAGE =
  "usage: npx tsx loaders/cli/sample.ts [--out DIR] [--records N] [--per-file N] [--seed S] " +
  "[--variants mixed|13|15|16] [--with-defects]";

function main(): void {
  const {values} = parseArgs({
    options: {
      out: {type: "string"},
      records: {type: "string"},
      "per-file": {type: "string"},
      seed: {type: "string"},
      variants: {type: "string"},
      "with-defects": {type: "boolean"},
      help: {type: "boolean", short: "h"}
    },
    strict: true
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options: PatentSampleOptions = {
    totalRecords: integerOption("--records", values.records) ?? DEFAULT_SAMPLE_OPTIONS.totalRecords,
    maxRecordsPerFile: integerOption("--per-file", values["per-file"]) ?? DEFAULT_SAMPLE_OPTIONS.maxRecordsPerFile,
    seed: integerOption("--seed", values.seed) ?? DEFAULT_SAMPLE_OPTIONS.seed,
    variants: variantsOption(values.variants),
    withDefects: values["with-defects"] ?? false
  };
  const outDir = values.out === undefined ? DEFAULT_OUT : resolve(values.out);
  // Checks the options before anything is deleted.
  const sample = generatePatentFiles(options);

  mkdirSync(outDir, {recursive: true});
  const stale = readdirSync(outDir).filter((name) => SAMPLE_FILE.test(name));
  for (const name of stale) rmSync(join(outDir, name));

  const started = performance.now();
  let files = 0;
  let records = 0;
  let bytes = 0;
  for (const file of sample) {
    writeFileSync(join(outDir, file.fileName), file.bytes);
    files++;
    records += file.records;
    bytes += file.bytes.length;
    const defects = file.defects.length > 0 ? `  ${file.defects.length} defects` : "";
    const count = `${String(file.records).padStart(5)} records`;
    const size = `${file.bytes.length.toLocaleString("en-US")} bytes`;
    console.log(`${file.fileName}  ${file.columns} columns  ${file.encoding.padEnd(5)}  ${count}  ${size}${defects}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = relative(process.cwd(), outDir) || ".";
  console.log(
    `${files} files, ${records.toLocaleString("en-US")} records, ${bytes.toLocaleString("en-US")} bytes in ${where} ` +
      `(${seconds} s; removed ${stale.length} earlier sample files)`
  );
}

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${name} needs an integer, got "${value}"`);
  return Number(value);
}

function variantsOption(value: string | undefined): PatentSampleOptions["variants"] {
  if (value === undefined || value === "mixed") return "mixed";
  if (value === "13" || value === "15" || value === "16") return Number(value) as 13 | 15 | 16;
  throw new UsageError(`--variants must be mixed, 13, 15 or 16, got "${value}"`);
}

class UsageError extends Error {}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs throws TypeError on unknown options, the generator RangeError on values out of range.
  const isUsage = error instanceof UsageError || error instanceof TypeError || error instanceof RangeError;
  console.error(isUsage ? `${message}\n${USAGE}` : message);
  process.exitCode = isUsage ? 2 : 1;
}
