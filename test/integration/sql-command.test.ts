// chizai sql as an analyst runs it: a real process on a warehouse holding the bundled sample. The README's SQL
// examples are read from the README itself, so the documentation and the tool cannot drift apart.
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {fixture, ingest, tableCounts, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let db: string;

function sql(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "sql", "--db", db, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
    env: {...process.env, CHIZAI_DB: ""}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Every statement of every ```sql block in README.md, with its comment lines. */
function readmeStatements(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks.flatMap((block) => block.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter((s) => s.replace(/^--.*$/gm, "").trim() !== ""));
}

beforeAll(async () => {
  db = tempWarehouse("sql");
  // The README's examples name the study 全固体電池, as a consultant's inbox folder would.
  await ingest(db, [path.join(ROOT, "data/sample/patents")], "全固体電池");
  await ingest(db, [path.join(ROOT, "data/sample/kpi")]);
  // The support examples (支援成果) read the fictional support records, whose links are partly ambiguous on purpose.
  await ingest(db, [path.join(ROOT, "data/sample/support")]);
  // The sample is clean; the rejects example needs a file with rejected rows.
  await ingest(db, [fixture("jplatpat/defects-15col.csv")]);
});

describe("chizai sql", () => {
  it("runs every SQL example of the README and each returns rows", () => {
    const statements = readmeStatements();
    expect(statements.length).toBeGreaterThanOrEqual(5);
    for (const statement of statements) {
      const result = sql(["--json", statement]);
      expect(result.stderr, statement).toBe("");
      expect(result.code, statement).toBe(0);
      const rows = JSON.parse(result.stdout) as unknown[];
      expect(rows.length, statement).toBeGreaterThan(0);
    }
  });

  it("prints an aligned table with NULL, right-aligned numbers and a row count", () => {
    const result = sql(["SELECT 'a' AS name, 12 AS n UNION ALL SELECT '架空', NULL ORDER BY name"]);
    expect(result.code).toBe(0);
    // 架空 takes four terminal columns, so the column is four wide and "a" is padded to it.
    expect(result.stdout).toBe(["name │    n", "─────┼─────", "a    │   12", "架空 │ NULL", "(2 rows)", ""].join("\n"));
  });

  it("prints RFC 4180 CSV and JSON with exact values", () => {
    const query =
      `SELECT 'a,"b"' AS text, NULL AS nothing, DATE '2024-04-01' AS day, TIME '09:05:00.25' AS time, ` +
      `9007199254740993::BIGINT AS big, [1, 2] AS list`;
    const csv = sql(["--csv", query]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(`text,nothing,day,time,big,list\r\n"a,""b""",,2024-04-01,09:05:00.25,9007199254740993,"[1,2]"\r\n`);
    const json = sql(["--json", query]);
    expect(JSON.parse(json.stdout)).toEqual([
      {text: 'a,"b"', nothing: null, day: "2024-04-01", time: "09:05:00.25", big: "9007199254740993", list: [1, 2]}
    ]);
  });

  it("refuses a write with a message that says the warehouse is read-only here, and changes nothing", async () => {
    const before = await tableCounts(db);
    const result = sql(["DELETE FROM patents"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: chizai sql opens the warehouse read-only, so it cannot change it .*DELETE.*npm run ingest/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("reads statements over several lines from its input, shows an error and goes on, and lists the tables", () => {
    const result = sql(["--csv"], "SELECT count(*) AS n\n  FROM patents;\nSELEC oops;\n.tables\nSELECT 'last' AS done;\n");
    expect(result.code).toBe(0);
    const [count] = JSON.parse(sql(["--json", "SELECT count(*) AS n FROM patents"]).stdout) as {n: number}[];
    expect(result.stdout.startsWith(`n\r\n${count!.n}\r\n`)).toBe(true);
    expect(result.stderr).toMatch(/^error: Parser Error: syntax error at or near "SELEC"\n/);
    expect(result.stdout).toMatch(/patent_applicants_resolved +│ view/);
    expect(result.stdout.endsWith("done\r\nlast\r\n")).toBe(true);
  });
});
