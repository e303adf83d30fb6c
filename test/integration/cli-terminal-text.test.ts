// Control characters from data never reach the terminal raw. A file name, a collection folder, a rejected line and
// an applicant name carry ESC (a terminal sequence that retitles the window and recolours the text), CR (which
// returns to the start of the line, so the rest overwrites what was printed), BEL and a bidi override (which
// reverses what follows). Every CLI that shows them runs as a real process; its raw stdout and stderr may hold no
// control character but the line feed, and the escaped forms are what the user sees instead.
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {makeTempDir} from "../support/temp-dir.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** ESC ] 0 ; … BEL retitles the terminal; CR; a right-to-left override; ESC [ 31 m turns the text red. */
const HOSTILE = "\u001b]0;pwned\u0007\r\u202eX\u001b[31m";
/** How terminalText shows HOSTILE. */
const SHOWN = "\\x1b]0;pwned\\x07\\r\\u202eX\\x1b[31m";
/** Any control character but the line feed, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HEADER =
  '"文献番号","出願番号","出願日","公知日","発明の名称","出願人/権利者","FI","要約","公開番号","公告番号","登録番号",' +
  '"審判番号","その他","ステージ","イベント詳細","文献URL"';

function row(number: string, applicationNumber: string, applicant: string): string {
  const cells = [`特開${number}`, applicationNumber, "2021/03/01", "2022/09/01", `発明${HOSTILE}`, applicant, "H01M4/13", "",
    `特開${number}`, "", "", "", "", "", "", ""];
  return cells.map((cell) => `"${cell}"`).join(",");
}

function run(script: "ingest" | "chizai", args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `loaders/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, both: result.stdout + result.stderr};
}

/** `ownTabs`: names list separates its columns with tabs of its own (for cut -f); a tab from data is escaped. */
function expectSafe(output: string, {ownTabs = false} = {}): void {
  const found = UNSAFE.exec(ownTabs ? output.replace(/\t/g, " ") : output);
  // On failure, say which character and show it in context.
  const context = found && JSON.stringify(output.slice(Math.max(0, found.index - 40), found.index + 20));
  expect(found && `U+${found[0].codePointAt(0)!.toString(16).padStart(4, "0")} at ${found.index}: ${context}`).toBeNull();
}

let db: string;
let folder: string;
let exportFile: string;
let ingestRun: ReturnType<typeof run>;

beforeAll(() => {
  const root = makeTempDir("terminal-text");
  db = path.join(root, "atlas.duckdb");
  folder = path.join(root, `調査${HOSTILE}`);
  fs.mkdirSync(folder);
  exportFile = path.join(folder, `export${HOSTILE}.csv`);
  const lines = [
    HEADER,
    row("2022-100001", "特願2021-000101", `架空電機${HOSTILE}株式会社`),
    row("2022-100002", `特願${HOSTILE}`, "架空重工業株式会社"),
    `"特開2022-100003","${HOSTILE}"`
  ];
  fs.writeFileSync(exportFile, `${lines.join("\r\n")}\r\n`);
  ingestRun = run("ingest", ["--db", db, folder]);
});

describe("control characters from data, shown by every command", () => {
  it("ingest: the file's path, its collection and the rejected lines' reasons are escaped", () => {
    expect(ingestRun.code).toBe(0);
    expectSafe(ingestRun.both);
    expect(ingestRun.stdout).toContain(`✓ ${path.join(path.dirname(folder), `調査${SHOWN}`, `export${SHOWN}.csv`)}`);
    expect(ingestRun.stdout).toContain(`collection "調査${SHOWN}"`);
    expect(ingestRun.stdout).toMatch(/read 3 {2}loaded 1 {2}merged 0 {2}rejected 2/);
    // The CRs inside quoted cells count as line breaks, as Excel counts them: the second record spans lines 5–7.
    expect(ingestRun.stdout).toContain(
      `rejected lines 5–7: type-error: 出願番号 is not a recognised application number: "特願${SHOWN}"`
    );
    expect(ingestRun.stdout).toContain("rejected lines 8–9: field-count: expected 16 fields, found 2");
  });

  it("ingest --json: valid JSON that gives back every name exactly, with no raw control character", () => {
    const again = run("ingest", ["--db", path.join(makeTempDir("terminal-text-json"), "atlas.duckdb"), "--json", folder]);
    expect(again.code).toBe(0);
    expectSafe(again.both);
    expect(again.stdout).toContain("\\u202e");
    const report = JSON.parse(again.stdout);
    expect(report.files[0].path).toBe(exportFile);
    expect(report.files[0].collection).toBe(`調査${HOSTILE}`);
    expect(report.files[0].rejects.map((r: {raw: string}) => r.raw.includes(HOSTILE))).toEqual([true, true]);
  });

  it("ingest: a file refused for its header quotes the header escaped", () => {
    const refused = path.join(folder, `refused${HOSTILE}.csv`);
    fs.writeFileSync(refused, `"見出し${HOSTILE}","その他"\r\n"a","b"\r\n`);
    try {
      const result = run("ingest", ["--db", path.join(makeTempDir("terminal-text-refused"), "atlas.duckdb"), refused]);
      expect(result.code).toBe(1);
      expectSafe(result.both);
      expect(result.stderr).toContain(`✗ ${path.join(path.dirname(folder), `調査${SHOWN}`, `refused${SHOWN}.csv`)}`);
      expect(result.stderr).toContain(`its first line is "見出し${SHOWN},その他"`);
      expect(result.stderr).toContain("Expected one of:\n      - J-PlatPat export: ");
    } finally {
      fs.rmSync(refused);
    }
  });

  it("chizai status: the collection is escaped", () => {
    const result = run("chizai", ["status", "--db", db]);
    expect(result.code).toBe(0);
    expectSafe(result.both);
    expect(result.stdout).toContain(`調査${SHOWN}: 1 applications`);
  });

  it("chizai rejects: file name, reason and raw text escaped, the raw text still one physical line under the other", () => {
    const result = run("chizai", ["rejects", "--db", db]);
    expect(result.code).toBe(0);
    expectSafe(result.both);
    expect(result.stdout).toContain(`export${SHOWN}.csv lines 5–7 (batch 1): type-error: 出願番号 is not a recognised`);
    expect(result.stdout).toContain(`    "特開2022-100003","${SHOWN}"`);
    const json = run("chizai", ["rejects", "--db", db, "--json"]);
    expectSafe(json.both);
    const rows = JSON.parse(json.stdout) as {file_name: string; raw: string}[];
    expect(rows.map((r) => r.file_name)).toEqual([`export${HOSTILE}.csv`, `export${HOSTILE}.csv`]);
    expect(rows[1]!.raw).toBe(`"特開2022-100003","${HOSTILE}"`);
  });

  it("chizai names list, names import: dictionary names, entities, sources and errors escaped", () => {
    const dictionary = path.join(path.dirname(db), `client${HOSTILE}.csv`);
    fs.writeFileSync(dictionary, `name,entity,group\n"架空電機${HOSTILE}株式会社","架空電機グループ${HOSTILE}",顧客\n`);
    const imported = run("chizai", ["names", "import", "--db", db, dictionary]);
    expect(imported.code).toBe(0);
    expectSafe(imported.both);
    // A dictionary is named by its full path (its identity); the folder here has no control characters.
    expect(imported.stdout).toContain(`from ${fs.realpathSync(path.dirname(db))}${path.sep}client${SHOWN}.csv`);
    expect(imported.stdout).toContain(`架空電機${SHOWN}株式会社 (1): entity 架空電機${SHOWN}株式会社 → 架空電機グループ${SHOWN}`);

    const listed = run("chizai", ["names", "list", "--db", db, "--source", `client${HOSTILE}.csv`]);
    expect(listed.code).toBe(0);
    expectSafe(listed.both, {ownTabs: true});
    expect(listed.stdout).toContain(`client${SHOWN}.csv:2\t架空電機${SHOWN}株式会社\t→ 架空電機グループ${SHOWN}\t[顧客]`);
    const listedJson = run("chizai", ["names", "list", "--db", db, "--json", "--source", `client${HOSTILE}.csv`]);
    expectSafe(listedJson.both);
    expect(JSON.parse(listedJson.stdout)[0]).toMatchObject({name: `架空電機${HOSTILE}株式会社`, entity: `架空電機グループ${HOSTILE}`});

    const broken = path.join(path.dirname(db), `broken${HOSTILE}.csv`);
    fs.writeFileSync(broken, `name,entity,group\n"名前${HOSTILE}",,\n`);
    const refused = run("chizai", ["names", "import", "--db", db, broken]);
    expect(refused.code).toBe(1);
    expectSafe(refused.both);
    expect(refused.stderr).toContain(`broken${SHOWN}.csv:2: entity is empty for "名前${SHOWN}"`);
  });
});
