// Paths that are not regular files, given to the CLIs as real processes: `/dev/zero` never ends and a FIFO with no
// writer never delivers a byte, so a reader that trusted them would grow without limit or wait for ever. Each run
// has a timeout and is killed when it passes it: a hang fails the test (the process ends by a signal) instead of
// stalling it. A refusal takes a second or two; the timeout is generous because process start-up alone takes many
// seconds on a loaded test machine.
import {execFileSync, spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, query} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TIMEOUT_MS = 45_000;

function run(script: "ingest" | "chizai", args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `loaders/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""},
    timeout: TIMEOUT_MS,
    killSignal: "SIGKILL"
  });
  return {code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr};
}

/** A temp folder with a FIFO (no writer is ever attached) named `pipe.csv`. */
function folderWithFifo(label: string): {folder: string; fifo: string} {
  const folder = makeTempDir(label);
  const fifo = path.join(folder, "pipe.csv");
  execFileSync("mkfifo", [fifo]);
  return {folder, fifo};
}

describe("npm run ingest refuses paths that are not regular files", () => {
  it("refuses /dev/zero and a FIFO by name and loads the regular file given beside them", async () => {
    const {folder, fifo} = folderWithFifo("nonregular-ingest");
    const db = path.join(folder, "atlas.duckdb");
    const result = run("ingest", ["--db", db, "/dev/zero", fifo, fixture("jplatpat/valid-16col.csv")]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("✗ /dev/zero\n    refused: it is a character device, not a regular file");
    expect(result.stderr).toContain(`✗ ${fifo}\n    refused: it is a named pipe (FIFO), not a regular file`);
    expect(result.stdout).toContain("Total: 3 files: 1 loaded, 0 already ingested, 2 refused");

    // Nothing of them was read, so they have no content to record: the warehouse holds the regular file only.
    const batches = await query<{file_name: string; status: string}>(db, `SELECT file_name, status FROM batches ORDER BY batch_id`);
    expect(batches).toEqual([{file_name: "valid-16col.csv", status: "loaded"}]);
  });

  it("/dev/zero alone: refused, nothing loaded", () => {
    const db = path.join(makeTempDir("nonregular-zero"), "atlas.duckdb");
    const result = run("ingest", ["--db", db, "/dev/zero"]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/dev/zero");
    expect(result.stderr).toContain("not a regular file");
  });

  it("in a folder, ingests the regular files and skips the FIFO with a note", async () => {
    const {folder, fifo} = folderWithFifo("nonregular-folder");
    fs.copyFileSync(fixture("jplatpat/valid-16col.csv"), path.join(folder, "valid.csv"));
    const db = path.join(makeTempDir("nonregular-folder-db"), "atlas.duckdb");
    const result = run("ingest", ["--db", db, folder]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`note: skipped ${fifo}: it is a named pipe (FIFO), not a regular file`);
    expect(result.stdout).toContain("Total: 1 files: 1 loaded");
    const batches = await query<{file_name: string}>(db, `SELECT file_name FROM batches`);
    expect(batches.map((b) => b.file_name)).toEqual(["valid.csv"]);
  });
});

describe("npm run chizai -- names import refuses paths that are not regular files", () => {
  for (const [label, target] of [
    ["/dev/zero", () => "/dev/zero"],
    ["a FIFO", () => folderWithFifo("nonregular-names").fifo],
    ["/dev/stdin (a socket under a spawned process)", () => "/dev/stdin"]
  ] as const) {
    it(`refuses ${label}, naming it, and changes nothing`, () => {
      const file = target();
      const db = path.join(makeTempDir("nonregular-names-db"), "atlas.duckdb");
      const result = run("chizai", ["names", "import", "--db", db, file]);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(1);
      const kinds = "(character device|named pipe \\(FIFO\\)|socket)";
      expect(result.stderr).toMatch(new RegExp(`^error: cannot import ${file}: it is a ${kinds}, not a regular file`));
      expect(fs.existsSync(db)).toBe(false);
    });
  }
});
