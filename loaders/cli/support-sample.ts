// npx tsx loaders/cli/support-sample.ts [--out DIR]
//
// Writes the fictional support-record sample (loaders/sample/support-sample.ts) to DIR, default data/sample/support/.

import {mkdirSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {projectPath} from "../project-root.js";
import {generateSupportSample} from "../sample/support-sample.js";
import {parseArgs, stringOption, UsageError} from "./args.js";

const USAGE = `usage: npx tsx loaders/cli/support-sample.ts [--out DIR]

Writes the fictional support records (支援実績) for the fictional sample applicants, default data/sample/support/.`;

function main(argv: string[]): number {
  const args = parseArgs(argv, {values: ["out"]});
  if (args.options.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const out = stringOption(args, "out") ?? projectPath("data/sample/support");
  const file = generateSupportSample();
  mkdirSync(out, {recursive: true});
  const path = join(out, file.fileName);
  writeFileSync(path, file.bytes);
  console.log(`${relative(process.cwd(), path)} (${file.bytes.length.toLocaleString("en-US")} bytes)`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}${error instanceof UsageError ? `\n\n${USAGE}` : ""}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
