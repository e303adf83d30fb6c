// Who holds the warehouse. DuckDB's lock error names the holder's PID ("Conflicting lock is held in … (PID 4242)");
// a PID alone tells a user little, so where the operating system says what that process runs, we name its command
// too: "PID 4242, chizai sql" tells them which window to close.

import {execFileSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {terminalText} from "../cli/terminal-text.js";

export interface LockHolder {
  pid: number | null;
  /** What the process runs, when the OS says ("chizai sql", "npm start", or its command line); else null. */
  command: string | null;
}

export function lockHolderOf(duckdbMessage: string): LockHolder {
  const pid = Number(/\(PID (\d+)\)/.exec(duckdbMessage)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return {pid: null, command: null};
  return {pid, command: describeCommandLine(commandLineOf(pid))};
}

/** "another process (PID 4242, chizai sql)", for messages. */
export function formatLockHolder(holder: LockHolder): string {
  if (holder.pid === null) return "another process";
  return `another process (PID ${holder.pid}${holder.command ? `, ${holder.command}` : ""})`;
}

// Our own entry points, whether run through the launcher, tsx or the ahead-of-time build.
const LAUNCHED = /(?:^|[\\/])launch\.mjs$/;
const ENTRY = /(?:^|[\\/])(chizai|ingest|start|sample|kpi-sample)\.(?:ts|mjs|js)$/;
const ENTRY_NAMES: Record<string, string> = {
  chizai: "chizai",
  ingest: "npm run ingest",
  start: "npm start",
  sample: "npm run sample",
  "kpi-sample": "npm run kpi-sample"
};

/**
 * A short name for a command line: "chizai sql" or "npm start" for our own commands, else the program and its
 * arguments with folders left out, cut to a readable length. Null when there is nothing to show.
 */
export function describeCommandLine(argv: readonly string[] | null): string | null {
  if (!argv || argv.length === 0) return null;
  const launcher = argv.findIndex((arg) => LAUNCHED.test(arg));
  const entryIndex = launcher >= 0 ? launcher + 1 : argv.findIndex((arg) => ENTRY.test(arg));
  const entryArg = argv[entryIndex];
  if (entryArg !== undefined) {
    const entry = launcher >= 0 ? entryArg : ENTRY.exec(entryArg)![1]!;
    const name = ENTRY_NAMES[entry];
    if (name) {
      // `chizai` is only a dispatcher: its first argument is the command the user typed ("chizai sql"), and the
      // names commands have one more ("chizai names import").
      const words = entry === "chizai" ? argv.slice(entryIndex + 1, argv[entryIndex + 1] === "names" ? entryIndex + 3 : entryIndex + 2) : [];
      return terminalText([name, ...words].join(" "));
    }
  }
  // The site's data loaders run as "tsx src/data/overview.json.ts" under npm start or a build.
  const loader = argv.map((arg) => /(?:^|[\\/])src[\\/]data[\\/](.+)\.(?:ts|js)$/.exec(arg)?.[1]).find(Boolean);
  if (loader) return terminalText(`the site's data loader for ${loader.replace(/\\/g, "/")}`);
  const shown = argv.map((arg, i) => (i === 0 || path.isAbsolute(arg) ? path.basename(arg) : arg)).join(" ");
  return terminalText(shown.length > 80 ? `${shown.slice(0, 79)}…` : shown);
}

/** The process's arguments, where the OS tells without a privilege: /proc on Linux, ps on macOS, tasklist on Windows. */
function commandLineOf(pid: number): string[] | null {
  try {
    if (process.platform === "linux") {
      const raw = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return raw.split("\0").filter((arg) => arg !== "");
    }
    if (process.platform === "darwin") {
      const line = execFileSync("ps", ["-p", String(pid), "-o", "command="], {encoding: "utf8", timeout: 2000}).trim();
      return line ? line.split(/\s+/) : null;
    }
    if (process.platform === "win32") {
      // tasklist gives the image name only ("node.exe"): better than nothing, and it needs no extra rights.
      const csv = execFileSync("tasklist", ["/FI", `PID eq ${pid}`, "/FO", "CSV", "/NH"], {encoding: "utf8", timeout: 5000});
      const image = /^"([^"]+)"/.exec(csv.trim())?.[1];
      return image ? [image] : null;
    }
  } catch {
    // The process may have ended, or the OS may refuse: the PID alone still says something.
  }
  return null;
}
