// npm run ingest -- [--db PATH] [--collection NAME] [--json] PATH...
//
// Exit status: 0 when every file was read (even with rejected rows), 1 when any file was refused, 2 on a usage
// error. Reasons go to stderr without stack traces.

import {collectInputs, InputError} from "../ingest/collect-inputs.js";
import {ingestFiles} from "../ingest/ingest-run.js";
import {resolveWarehousePath, WarehouseError} from "../warehouse/connection.js";
import {formatLockHolder} from "../warehouse/lock-holder.js";
import {parseArgs, stringOption, UsageError} from "./args.js";
import {formatFileReport, formatTotals} from "./ingest-summary.js";
import {ProgressBar} from "./progress.js";
import {terminalJson, terminalLines, terminalText} from "./terminal-text.js";

const USAGE = `usage: npm run ingest -- [--db PATH] [--collection NAME] [--json] PATH...

Ingests J-PlatPat exports, KPI sheets and FI title files (code,title) — CSV files, or folders of them — into the warehouse.
  --db PATH          warehouse file (default: $CHIZAI_DB, else data/atlas.duckdb)
  --collection NAME  put every file in this collection (default: the folder name, or the file name)
  --json             print the report as JSON on stdout`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {values: ["db", "collection"], flags: ["json"]});
  if (args.options.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positional.length === 0) throw new UsageError("give at least one file or folder to ingest");
  const json = args.options.json === true;
  const files = collectInputs(args.positional, stringOption(args, "collection"), {
    onSkipped: (skipped, kind) => console.error(`note: skipped ${terminalText(skipped)}: it is ${kind}, not a regular file`)
  });
  if (files.length === 0) throw new InputError(`no .csv files found in ${args.positional.join(", ")}`);

  const warehouse = resolveWarehousePath(stringOption(args, "db"));
  const progress = new ProgressBar(files.length);
  let rows = 0;
  const run = await ingestFiles(warehouse, files, {
    open: {onBusy: (holder) => console.error(`waiting: ${formatLockHolder(holder)} has the warehouse open…`)},
    onFileStart: (file, index) => progress.update(index, rows, file.path),
    onFileDone: (report, index) => {
      rows += report.rowsRead;
      progress.clear();
      if (!json) (report.status === "refused" ? console.error : console.log)(formatFileReport(report));
      progress.update(index + 1, rows, "");
    }
  });
  progress.clear();

  // Peak memory is part of the report so that scripts (and the benchmark) can watch it.
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const {heapUsed, external} = process.memoryUsage();
  if (json) console.log(terminalJson({...run, peakRssBytes, heapUsedBytes: heapUsed, externalBytes: external}));
  else console.log(`${formatTotals(run.totals)}\nWarehouse: ${terminalText(warehouse)}`);
  return run.totals.refused > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`error: ${terminalLines(error.message)}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof InputError || error instanceof WarehouseError) {
      console.error(`error: ${terminalLines(error.message)}`);
      process.exitCode = 1;
    } else {
      // Messages quote paths and values given on the command line or read from files, as do DuckDB's and Node's.
      console.error(`error: ${terminalLines(error instanceof Error ? error.message : String(error))}`);
      if (process.env.CHIZAI_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  }
);
