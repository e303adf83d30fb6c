// The CLIs as a user runs them: real processes, exit codes, stdout/stderr.
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function run(script: "ingest" | "chizai" | "build", args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, `loaders/cli/${script}.ts`), ...args], {
    cwd,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: "", ...env}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe("npm run ingest", () => {
  it("exits 0 when every file was read, even with rejected rows, and prints a summary per file and in total", () => {
    const db = tempWarehouse("cli-ok");
    const result = run("ingest", ["--db", db, fixture("jplatpat/defects-15col.csv"), fixture("jplatpat/valid-16col.csv")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("read 10  loaded 3  merged 1  rejected 6");
    expect(result.stdout).toContain("rejected line 3: stray-quote");
    expect(result.stdout).toMatch(/Total: 2 files: 2 loaded, 0 already ingested, 0 refused; rows read 14 = loaded 7 \+ merged 1 \+ rejected 6/);
  });

  it("exits 1 when a file is refused, with the reason on stderr and no stack trace", () => {
    const db = tempWarehouse("cli-refused");
    const result = run("ingest", ["--db", db, fixture("jplatpat/not-jplatpat.csv"), fixture("jplatpat/status-15col.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not-jplatpat.csv");
    expect(result.stderr).toContain("Expected one of");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain("status-15col.csv");
  });

  it("prints a JSON report with --json and uses CHIZAI_DB when --db is absent", () => {
    const db = tempWarehouse("cli-json");
    const result = run("ingest", ["--json", "--collection", "試験", fixture("jplatpat/valid-16col.csv")], {CHIZAI_DB: db});
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.warehouse).toBe(db);
    expect(report.files[0]).toMatchObject({status: "loaded", collection: "試験", rowsLoaded: 4});
    expect(report.totals).toMatchObject({files: 1, loaded: 1, rowsRead: 4});
  });

  it("rejects usage errors with exit 2 and names a missing path", () => {
    expect(run("ingest", []).code).toBe(2);
    expect(run("ingest", ["--bogus", "x"]).stderr).toContain("unknown option --bogus");
    const missing = run("ingest", ["--db", tempWarehouse("cli-missing"), "no/such/file.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("error: no such file or folder: no/such/file.csv\n");
  });
});

describe("the launcher behind the npm scripts", () => {
  it("runs the ahead-of-time build of a command with its arguments and exit status", () => {
    const db = tempWarehouse("cli-launcher");
    const launch = (args: string[]) =>
      spawnSync(process.execPath, ["loaders/cli/launch.mjs", ...args], {cwd: ROOT, encoding: "utf8", env: {...process.env, CHIZAI_DB: ""}});
    const ok = launch(["ingest", "--db", db, "--json", fixture("jplatpat/valid-16col.csv")]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).totals).toMatchObject({loaded: 1, rowsRead: 4});
    expect(launch(["chizai", "status", "--db", db]).stdout).toMatch(/applications\s+4/);
    expect(launch(["ingest"]).status).toBe(2);
    expect(launch(["no-such-command"]).stderr).toContain("usage: node loaders/cli/launch.mjs");
  });
});

describe("npm run chizai", () => {
  it("status prints what the warehouse holds; rejects lists rows with lines and raw text", () => {
    const db = tempWarehouse("cli-status");
    run("ingest", ["--db", db, "--collection", "欠陥", fixture("jplatpat/defects-15col.csv")]);
    const status = run("chizai", ["status", "--db", db]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/applications\s+3/);
    expect(status.stdout).toContain("欠陥: 3 applications");
    expect(status.stdout).toMatch(/rejected rows 6/);
    const rejects = run("chizai", ["rejects", "--db", db, "--json"]);
    const rows = JSON.parse(rejects.stdout);
    expect(rows.map((r: {line_start: number}) => r.line_start)).toEqual([3, 5, 6, 7, 8, 9]);
    expect(rows[0]).toMatchObject({file_name: "defects-15col.csv", error_type: "stray-quote"});
  });

  it("status says plainly when there is no warehouse yet at the default path", () => {
    const folder = makeTempDir("cli-default");
    const result = run("chizai", ["status"], {}, folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `error: no warehouse at ${path.join(folder, "data/atlas.duckdb")}: ingest some files first ` +
        "(npm run ingest -- data/sample) or set CHIZAI_DB\n"
    );
  });

  it("status refuses a warehouse named with --db or CHIZAI_DB that does not exist, saying who named it", () => {
    const missing = path.join(makeTempDir("cli-none"), "none.duckdb");
    const byOption = run("chizai", ["status", "--db", missing]);
    expect(byOption.code).toBe(1);
    expect(byOption.stderr).toMatch(new RegExp(`^error: --db names the warehouse ${escapeRegExp(missing)}, which does not exist\\. Check the path given with --db`));
    const byVariable = run("chizai", ["status"], {CHIZAI_DB: missing});
    expect(byVariable.code).toBe(1);
    expect(byVariable.stderr).toMatch(new RegExp(`^error: CHIZAI_DB names the warehouse ${escapeRegExp(missing)}, which does not exist\\. Check the CHIZAI_DB`));
    expect(byVariable.stderr).toContain(`npm run ingest -- --db "${missing}"`);
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe("npm run build", () => {
  it("refuses a warehouse named with --db or CHIZAI_DB that does not exist, before touching the published site", () => {
    const folder = makeTempDir("cli-build-none");
    const missing = path.join(folder, "none.duckdb");
    const dist = path.join(folder, "dist");
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, "index.html"), "the previous site");
    for (const [args, env, namedBy] of [
      [["--db", missing], {}, "--db"],
      [[], {CHIZAI_DB: missing}, "CHIZAI_DB"]
    ] as const) {
      const result = run("build", [...args], {...env, CHIZAI_DIST: dist});
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^build: error: ${namedBy} names the warehouse ${escapeRegExp(missing)}, which does not exist\\.`));
      expect(result.stderr).toContain(`The previous site in ${dist} is unchanged.`);
    }
    expect(fs.readdirSync(folder).sort()).toEqual(["dist"]);
    expect(fs.readdirSync(dist)).toEqual(["index.html"]);
    expect(fs.readFileSync(path.join(dist, "index.html"), "utf8")).toBe("the previous site");
  });
});
