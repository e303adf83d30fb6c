// npm start: ingest what is new, then serve the dashboard on http://127.0.0.1:3000.
//
// On the very first run, with no warehouse and nothing in data/inbox, the bundled fictional sample is ingested
// so that there is something to look at; every page then shows that the data is a sample. Files dropped into
// data/inbox are ingested on every start: a folder there is a collection, a file on its own is its own one.
// Files ingested before are recognised by their sha256 and skipped, so restarting is cheap.
//
// While it serves, npm start keeps the site fresh without a restart: it watches the inbox (a file dropped there is
// ingested once it stops growing, its summary printed here) and the warehouse (any change, from the inbox watch or
// from an ingest or names command in another terminal, clears the cached datasets, so a reload shows the new data).

import {spawn, type ChildProcess} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {collectInputs, type InputFile} from "../ingest/collect-inputs.js";
import type {FileReport} from "../ingest/ingest-file.js";
import {ingestFiles} from "../ingest/ingest-run.js";
import {inboxFolder} from "../inbox-folder.js";
import {PROJECT_ROOT} from "../project-root.js";
import {invalidateLoaderOutputs, loaderCacheDir} from "../serve/loader-cache.js";
import {watchInbox} from "../serve/inbox-watch.js";
import {watchWarehouse} from "../serve/warehouse-watch.js";
import {resolveWarehousePath, WarehouseBusyError, type OpenOptions} from "../warehouse/connection.js";
import {formatLockHolder} from "../warehouse/lock-holder.js";
import {formatFileReport, formatTotals} from "./ingest-summary.js";
import {parseArgs, stringOption} from "./args.js";
import {terminalLines, terminalText} from "./terminal-text.js";

const ROOT = PROJECT_ROOT;
const SAMPLE = path.relative(process.cwd(), path.join(ROOT, "data/sample")) || ".";
const SAMPLE_COLLECTION = "サンプル（架空データ）";

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {values: ["db", "inbox", "port", "host"], flags: ["no-serve"]});
  if (args.options.help) {
    console.log("usage: npm start -- [--db PATH] [--inbox FOLDER] [--port 3000] [--host 127.0.0.1] [--no-serve]");
    return 0;
  }
  const warehouse = resolveWarehousePath(stringOption(args, "db"));
  const namedInbox = stringOption(args, "inbox") ?? (process.env.CHIZAI_INBOX || null);
  // A folder named explicitly must exist: watching a mistyped path would wait forever for files that go elsewhere.
  if (namedInbox !== null && !fs.statSync(namedInbox, {throwIfNoEntry: false})?.isDirectory()) {
    console.error(`error: the inbox ${namedInbox} is not a folder (given by ${stringOption(args, "inbox") ? "--inbox" : "CHIZAI_INBOX"})`);
    return 1;
  }
  const inbox = shownPath(namedInbox ?? inboxFolder());
  const inputs = [...inboxInputs(inbox)];
  const atStart = [...inputs];
  if (!fs.existsSync(warehouse) && inputs.length === 0) {
    console.log(`First run with an empty ${inbox}: loading the bundled fictional sample (架空のサンプルデータ).`);
    inputs.push(...sampleInputs());
  }
  if (inputs.length > 0) {
    // A shell (chizai sql) or a build may hold the warehouse: wait for it, saying once who holds it.
    const run = await untilFree((open) => ingestFiles(warehouse, inputs, {open, onFileDone: printFileReport}));
    console.log(formatTotals(run.totals));
  }
  if (!fs.existsSync(warehouse)) {
    console.error(`error: no warehouse at ${warehouse}. Put J-PlatPat exports or KPI CSV files in ${inbox} and run npm start again.`);
    return 1;
  }
  if (args.options["no-serve"]) return 0;

  await waitForExit(startNode(["--import", "tsx", "loaders/cli/prebuild.ts"], {CHIZAI_DB: warehouse}));
  const host = stringOption(args, "host") ?? "127.0.0.1";
  const port = stringOption(args, "port") ?? "3000";
  console.log(`\nchizai-atlas: http://${host}:${port}/  (Ctrl+C to stop)`);
  console.log(`Watching ${inbox} for new files and the warehouse for changes: reload a page to see them.`);
  // The site's loaders show inbox files by their path inside the inbox: they must know which folder that is.
  const siteEnv = {CHIZAI_DB: warehouse, CHIZAI_INBOX: path.resolve(inbox)};
  const preview = startNode([frameworkCli(), "preview", "--host", host, "--port", port, "--no-open"], siteEnv);
  const watches = [watchWarehouseForSite(warehouse), watchInboxForIngest(warehouse, inbox, atStart)];
  try {
    return await waitForExit(preview);
  } finally {
    for (const watch of watches) watch.stop();
  }
}

/** Relative to where the user stands when inside it, so the summary shows data/inbox/… rather than a long path. */
function shownPath(folder: string): string {
  const relative = path.relative(process.cwd(), path.resolve(folder));
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(folder) : relative;
}

function printFileReport(report: FileReport): void {
  if (report.status !== "skipped") (report.status === "refused" ? console.error : console.log)(formatFileReport(report));
}

/** Clears the cached datasets on every change to the warehouse, and once more when the change has finished. */
function watchWarehouseForSite(warehouse: string) {
  const cache = loaderCacheDir(ROOT);
  const clear = () => {
    if (invalidateLoaderOutputs(cache).left > 0) setTimeout(clear, 1000);
  };
  return watchWarehouse(warehouse, {
    onChange: clear,
    // A loader that read the warehouse just before the change may rename its output into place just after the first
    // clearing; clearing again once the writer is done leaves no dataset from before the change.
    onSettled: () => {
      clear();
      console.log(`${timeOfDay()} warehouse changed: reload a page to see the new data.`);
    }
  });
}

function watchInboxForIngest(warehouse: string, inbox: string, atStart: readonly InputFile[]) {
  let waitingFor: string | null = null;
  return watchInbox({
    list: () => inboxInputs(inbox),
    alreadyIngested: atStart,
    ingest: async (files) => {
      try {
        // A short wait: the site's own loaders hold the warehouse for a second or two while a page loads.
        const run = await ingestFiles(warehouse, files, {open: {lockTimeoutMs: 3000}, onFileDone: printFileReport});
        console.log(formatTotals(run.totals));
        waitingFor = null;
        return "done";
      } catch (error) {
        if (!(error instanceof WarehouseBusyError)) throw error;
        const holder = formatLockHolder(error.holder);
        if (waitingFor !== holder) {
          const names = files.map((f) => terminalText(f.path)).join(", ");
          console.error(`inbox: waiting to ingest ${names}: ${holder} has the warehouse open; trying again until it is free.`);
          waitingFor = holder;
        }
        return "busy";
      }
    }
  });
}

/** Runs `task`, and while the warehouse stays busy says once who holds it and tries again every few seconds. */
async function untilFree<T>(task: (open: Pick<OpenOptions, "lockTimeoutMs" | "onBusy">) => Promise<T>): Promise<T> {
  let told = false;
  for (;;) {
    try {
      return await task({
        lockTimeoutMs: 3000,
        onBusy: (holder) => {
          if (!told) console.error(`waiting: ${formatLockHolder(holder)} has the warehouse open; trying again until it is free…`);
          told = true;
        }
      });
    } catch (error) {
      if (!(error instanceof WarehouseBusyError)) throw error;
    }
  }
}

function timeOfDay(): string {
  return new Date().toTimeString().slice(0, 8);
}

function inboxInputs(inbox: string): InputFile[] {
  if (!fs.existsSync(inbox)) return [];
  const entries = fs
    .readdirSync(inbox, {withFileTypes: true})
    .filter((e) => !e.name.startsWith(".") && (e.isDirectory() || /\.(csv|txt)$/i.test(e.name)))
    .map((e) => path.join(inbox, e.name));
  return collectInputs(entries, null);
}

function sampleInputs(): InputFile[] {
  const folders = ["patents", "kpi", "support"].map((f) => path.join(SAMPLE, f)).filter((f) => fs.existsSync(f));
  return collectInputs(folders, SAMPLE_COLLECTION).map((input) => ({...input, isSample: true}));
}

function frameworkCli(): string {
  return path.join(ROOT, "node_modules/@observablehq/framework/dist/bin/observable.js");
}

/** Starts node with `args` in the project root, with tsx's binary on PATH for Framework's .ts data loaders. */
function startNode(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      ...env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      PATH: `${path.join(ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`
    }
  });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(terminalLines(`error: ${error instanceof Error ? error.message : String(error)}`));
    process.exitCode = 1;
  }
);
