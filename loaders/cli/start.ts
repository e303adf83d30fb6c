// npm start: ingest what is new, then serve the dashboard on http://127.0.0.1:3000.
//
// On the very first run, with no warehouse and nothing in data/inbox, the bundled fictional sample is ingested
// so that there is something to look at; every page then shows that the data is a sample. Files dropped into
// data/inbox are ingested on every start: a folder there is a collection, a file on its own is its own one.
// Files ingested before are recognised by their sha256 and skipped, so restarting is cheap.

import {spawn} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {collectInputs, type InputFile} from "../ingest/collect-inputs.js";
import {ingestFiles} from "../ingest/ingest-run.js";
import {inboxFolder} from "../inbox-folder.js";
import {PROJECT_ROOT} from "../project-root.js";
import {resolveWarehousePath} from "../warehouse/connection.js";
import {formatFileReport, formatTotals} from "./ingest-summary.js";
import {parseArgs, stringOption} from "./args.js";

const ROOT = PROJECT_ROOT;
// Relative to where the user stands, so the summary shows data/inbox/… rather than a long absolute path.
const INBOX = path.relative(process.cwd(), inboxFolder()) || ".";
const SAMPLE = path.relative(process.cwd(), path.join(ROOT, "data/sample")) || ".";
const SAMPLE_COLLECTION = "サンプル（架空データ）";

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {values: ["db", "port", "host"], flags: ["no-serve"]});
  if (args.options.help) {
    console.log("usage: npm start -- [--db PATH] [--port 3000] [--host 127.0.0.1] [--no-serve]");
    return 0;
  }
  const warehouse = resolveWarehousePath(stringOption(args, "db"));
  const inputs = [...inboxInputs()];
  if (!fs.existsSync(warehouse) && inputs.length === 0) {
    console.log("First run with an empty data/inbox: loading the bundled fictional sample (架空のサンプルデータ).");
    inputs.push(...sampleInputs());
  }
  if (inputs.length > 0) {
    const run = await ingestFiles(warehouse, inputs, {
      onFileDone: (report) => {
        if (report.status !== "skipped") (report.status === "refused" ? console.error : console.log)(formatFileReport(report));
      }
    });
    console.log(formatTotals(run.totals));
  }
  if (!fs.existsSync(warehouse)) {
    console.error(`error: no warehouse at ${warehouse}. Put J-PlatPat exports or KPI CSV files in data/inbox and run npm start again.`);
    return 1;
  }
  if (args.options["no-serve"]) return 0;

  await runNode(["--import", "tsx", "loaders/cli/prebuild.ts"], {CHIZAI_DB: warehouse});
  const host = stringOption(args, "host") ?? "127.0.0.1";
  const port = stringOption(args, "port") ?? "3000";
  console.log(`\nchizai-atlas: http://${host}:${port}/  (Ctrl+C to stop)`);
  return runNode([frameworkCli(), "preview", "--host", host, "--port", port, "--no-open"], {CHIZAI_DB: warehouse});
}

function inboxInputs(): InputFile[] {
  if (!fs.existsSync(INBOX)) return [];
  const entries = fs
    .readdirSync(INBOX, {withFileTypes: true})
    .filter((e) => !e.name.startsWith(".") && (e.isDirectory() || /\.(csv|txt)$/i.test(e.name)))
    .map((e) => path.join(INBOX, e.name));
  return collectInputs(entries, null);
}

function sampleInputs(): InputFile[] {
  const folders = ["patents", "kpi"].map((f) => path.join(SAMPLE, f)).filter((f) => fs.existsSync(f));
  return collectInputs(folders, SAMPLE_COLLECTION).map((input) => ({...input, isSample: true}));
}

function frameworkCli(): string {
  return path.join(ROOT, "node_modules/@observablehq/framework/dist/bin/observable.js");
}

/** Runs node with `args` in the project root, with tsx's binary on PATH for Framework's .ts data loaders. */
function runNode(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        ...env,
        OBSERVABLE_TELEMETRY_DISABLE: "true",
        PATH: `${path.join(ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
);
