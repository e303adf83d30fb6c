// Support records × applicant names × patents, over a small hand-made warehouse whose every count is known: the
// linking rules (variants link, look-alikes stay apart, the dictionary and the 法人番号 link, ambiguity by
// prefecture, legal form and entity), and the relative-year counts of support_outcomes at the 年度 boundaries
// (04-01) and the 18-month 参考値 rule. Then the same warehouse through `chizai outcomes --json` and
// `names suggest --support`.
import fs from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {chizai} from "../support/chizai-cli.js";
import {makeTempDir} from "../support/temp-dir.js";
import {ingest, query} from "../support/warehouse.js";

const HEADER =
  '"文献番号","出願番号","出願日","公知日","発明の名称","出願人/権利者","FI","公開番号","公告番号","登録番号","審判番号","その他","文献URL"';

// [出願日, 出願人] — one application each. The latest 出願日 (2024-12-31) sets the 参考値 line: 18 months before it
// is 2023-06-30, so a window ending (Y+3)-03-31 is complete for Y ≤ 2020 and 参考値 for Y ≥ 2021.
const APPLICATIONS: ReadonlyArray<readonly [string, string]> = [
  ["2021/03/31", "トヨタ自動車株式会社"], // 2020年度
  ["2021/04/01", "トヨタ自動車株式会社"], // 2021年度
  ["2023/03/31", "トヨタ自動車株式会社"], // 2022年度
  ["2023/04/01", "トヨタ自動車株式会社"], // 2023年度
  ["2021/06/01", "トヨタ紡織株式会社"],
  ["2022/06/01", "トヨタ紡織株式会社"],
  ["2022/04/01", "株式会社ニュー電子"], // its only one: 2022年度
  ["2019/06/01", "架空精機株式会社"],
  ["2022/06/01", "架空硝子株式会社"],
  ["2021/09/09", "新社名工業株式会社"],
  ["2022/02/02", "エービーシー技研株式会社"],
  ["2020/05/05", "架空エナジー株式会社"],
  ["2024/12/31", "無関係電機株式会社"]
];

function exportCsv(applications: ReadonlyArray<readonly [string, string]> = APPLICATIONS, firstSerial = 100): string {
  const rows = applications.map(([filed, applicant], i) => {
    const serial = String(firstSerial + i).padStart(6, "0");
    const year = filed.slice(0, 4);
    const publication = `特開${Number(year) + 2}-${serial}`;
    const cells = [publication, `特願${year}-${serial}`, filed, `${Number(year) + 2}/01/15`, "架空の発明", applicant,
      "H01M4/13", publication, "", "", "", "", ""];
    return cells.map((c) => `"${c}"`).join(",");
  });
  return "\ufeff" + [HEADER, ...rows].join("\n") + "\n";
}

// Spellings the support file uses: full-width letters, 株式会社 before/after, （株）, spaces.
const SUPPORT = [
  "年度,支援日,都道府県,事業,企業名,法人番号",
  "令和2年度,,東京都,知財総合支援窓口,トヨタ自動車（株）,", // first support 2020年度
  "令和3年度,2021/05/10,東京都,知財総合支援窓口,株式会社　トヨタ自動車,", // same company, later
  "令和3年度,,東京都,加速的支援,トヨタ自動車株式会社,", // another program: its own first year, 2021
  "2020,,愛知県,知財総合支援窓口,トヨタ,", // a prefix of two applicants: links to neither
  "R3,,大阪府,知財総合支援窓口,ニュー電子 株式会社,", // 2021年度: first filing at t = 1
  "2018,,長野県,知財総合支援窓口,株式会社架空精機,",
  "2019,,長野県,知財総合支援窓口,有限会社架空精機,", // same key, another legal form: ambiguous
  "2020,,大阪府,知財総合支援窓口,架空硝子株式会社,",
  "2020,,福岡県,知財総合支援窓口,架空硝子（株）,", // same key, another prefecture: ambiguous
  "2019,,京都府,知財総合支援窓口,旧社名工業株式会社,", // the dictionary says it is 新社名工業
  "2020,,京都府,知財総合支援窓口,ＡＢＣ技研,7000012050002", // the 法人番号 links it to エービーシー技研
  "2020,,北海道,知財総合支援窓口,架空牧場株式会社,", // no patents at all
  "2020,,北海道,知財総合支援窓口,トヨタ自動車紡織株式会社,", // a name no applicant has
  "2020,,兵庫県,知財総合支援窓口,架空エナジ株式会社," // a kana variant the key misses: suggested, not linked
].join("\n");

const DICTIONARY = [
  "name,entity,group,corporate_number",
  "旧社名工業株式会社,新社名工業株式会社,,",
  "エービーシー技研株式会社,エービーシー技研株式会社,,7000012050002"
].join("\n");

let db = "";

beforeAll(async () => {
  const dir = makeTempDir("support-outcomes");
  db = path.join(dir, "atlas.duckdb");
  fs.writeFileSync(path.join(dir, "export.csv"), exportCsv());
  fs.writeFileSync(path.join(dir, "support.csv"), SUPPORT);
  fs.writeFileSync(path.join(dir, "dictionary.csv"), DICTIONARY);
  const report = await ingest(db, [path.join(dir, "export.csv"), path.join(dir, "support.csv")]);
  expect(report.files.map((f) => [f.kind, f.status, f.rowsLoaded, f.rowsRejected])).toEqual([
    ["jplatpat", "loaded", APPLICATIONS.length, 0],
    ["support", "loaded", 14, 0]
  ]);
  const imported = chizai(["names", "import", "--db", db, path.join(dir, "dictionary.csv")]);
  expect(imported.stderr).toBe("");
  expect(imported.code).toBe(0);
}, 180_000);

describe("support_links", () => {
  it("links variants, the dictionary's names and 法人番号, keeps look-alikes apart and marks ambiguous keys", async () => {
    const links = await query(
      db,
      `SELECT company_key, entity, link_kind, ambiguous, ambiguity FROM support_links ORDER BY company_key, entity`
    );
    expect(links).toEqual([
      {company_key: "ABC技研", entity: "エービーシー技研株式会社", link_kind: "corporate_number", ambiguous: false, ambiguity: null},
      {company_key: "トヨタ自動車", entity: "トヨタ自動車株式会社", link_kind: "key", ambiguous: false, ambiguity: null},
      {company_key: "ニュー電子", entity: "株式会社ニュー電子", link_kind: "key", ambiguous: false, ambiguity: null},
      {company_key: "旧社名工業", entity: "新社名工業株式会社", link_kind: "dictionary", ambiguous: false, ambiguity: null},
      {company_key: "架空硝子", entity: "架空硝子株式会社", link_kind: "key", ambiguous: true, ambiguity: "複数の都道府県"},
      {company_key: "架空精機", entity: "架空精機株式会社", link_kind: "key", ambiguous: true, ambiguity: "法人格が異なる"}
    ]);
  });
});

// Each test starts the real CLI (a few seconds each, far more on a busy 2-core machine).
describe("support_outcomes", {timeout: 240_000}, () => {
  it("counts applications by relative 年度, with the 年度 turning on 04-01", async () => {
    const rows = await query(
      db,
      `SELECT program_id, company_key, first_fiscal_year, prefecture, linked, ambiguous,
              [apps_m3, apps_m2, apps_m1, apps_0, apps_p1, apps_p2, apps_p3] AS apps,
              filed_after, first_time_filer, incomplete
       FROM support_outcomes ORDER BY program_id, company_key`
    );
    const row = (program: string, key: string) => rows.find((r) => r.program_id === program && r.company_key === key);
    // トヨタ自動車, first supported by the 窓口 in 2020年度 (two rows, three spellings: one company).
    expect(row("madoguchi", "トヨタ自動車")).toEqual({
      program_id: "madoguchi", company_key: "トヨタ自動車", first_fiscal_year: 2020, prefecture: "東京都",
      linked: true, ambiguous: false,
      // 2021-03-31 is t = 0, 2021-04-01 t = 1, 2023-03-31 t = 2, 2023-04-01 t = 3; トヨタ紡織's are not its own.
      apps: [0, 0, 0, 1, 1, 1, 1],
      filed_after: true, first_time_filer: false, incomplete: false
    });
    // The same company under 加速的支援, first supported in 2021年度: every t moves by one, and 参考値.
    expect(row("kasokuteki", "トヨタ自動車")).toMatchObject({
      first_fiscal_year: 2021, apps: [0, 0, 1, 1, 1, 1, 0], filed_after: true, first_time_filer: false, incomplete: true
    });
    // ニュー電子: nothing before its support, one application at t = 1.
    expect(row("madoguchi", "ニュー電子")).toMatchObject({
      first_fiscal_year: 2021, linked: true, apps: [0, 0, 0, 0, 1, 0, 0], filed_after: true, first_time_filer: true,
      incomplete: true
    });
    // Ambiguous keys are listed, not counted.
    for (const key of ["架空精機", "架空硝子"]) {
      expect(row("madoguchi", key)).toMatchObject({linked: false, ambiguous: true, apps: [0, 0, 0, 0, 0, 0, 0], filed_after: false});
    }
    // 架空硝子's first support is the 大阪 row (same 年度, earlier line).
    expect(row("madoguchi", "架空硝子")?.prefecture).toBe("大阪府");
    expect(row("madoguchi", "旧社名工業")).toMatchObject({linked: true, apps: [0, 0, 0, 0, 0, 1, 0], filed_after: true, incomplete: false});
    expect(row("madoguchi", "ABC技研")).toMatchObject({linked: true, apps: [0, 0, 0, 0, 1, 0, 0], first_time_filer: true});
    for (const key of ["トヨタ", "架空牧場", "トヨタ自動車紡織", "架空エナジ"]) {
      expect(row("madoguchi", key)).toMatchObject({linked: false, ambiguous: false, filed_after: false});
    }
    // 10 companies under the 窓口, トヨタ自動車 under 加速的支援 too.
    expect(rows).toHaveLength(11);
  });

  it("is summed per program by chizai outcomes --json, each company once", () => {
    const result = chizai(["outcomes", "--db", db, "--json"]);
    expect(result.stderr).toBe("");
    const summary = JSON.parse(result.stdout) as {latest_filing_date: string; programs: Record<string, unknown>[]};
    expect(summary.latest_filing_date).toBe("2024-12-31");
    expect(summary.programs.map(({program, companies, linked, filed_after, first_time_filers, incomplete}) => ({
      program, companies, linked, filed_after, first_time_filers, incomplete
    }))).toEqual([
      // Counted by hand from SUPPORT and APPLICATIONS. 窓口: 10 companies (トヨタ自動車, トヨタ, ニュー電子, 架空精機,
      // 架空硝子, 旧社名工業, ABC技研, 架空牧場, トヨタ自動車紡織, 架空エナジ). Linked unambiguously to an applicant with
      // applications: トヨタ自動車, ニュー電子, 旧社名工業 (→ 新社名工業), ABC技研 (→ エービーシー技研) = 4. Filing at
      // t = 1 or 2: all four (トヨタ自動車 2021-04-01; ニュー電子 2022-04-01 for 2021年度; 新社名工業 2021-09-09 for
      // 2019年度; エービーシー技研 2022-02-02 for 2020年度). First-time: all but トヨタ自動車 (2021-03-31 at t = 0) = 3.
      // 参考値 (first support 2021年度 or later): ニュー電子 = 1.
      {program: "知財総合支援窓口", companies: 10, linked: 4, filed_after: 4, first_time_filers: 3, incomplete: 1},
      {program: "加速的支援", companies: 1, linked: 1, filed_after: 1, first_time_filers: 0, incomplete: 1}
    ]);
  });

  it("suggests the link the key missed, never a look-alike, and links it once the suggestion is imported", async () => {
    const out = path.join(path.dirname(db), "support-suggestions.csv");
    const result = chizai(["names", "suggest", "--support", "--db", db, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("1 suggestion for 4 supported companies no link reaches: kana-variant 1");
    // トヨタ and トヨタ自動車紡織 share prefixes with applicants but are no variant of one.
    expect(fs.readFileSync(out, "utf8")).toBe(
      '\ufeff"name","entity","group","reason","count","other_count"\r\n' +
        '"架空エナジ株式会社","架空エナジー株式会社","","kana-variant","1","1"\r\n'
    );
    const imported = chizai(["names", "import", "--db", db, out]);
    expect(imported.code).toBe(0);
    expect(await query(db, `SELECT entity, link_kind FROM support_links WHERE company_key = '架空エナジ'`)).toEqual([
      {entity: "架空エナジー株式会社", link_kind: "dictionary"}
    ]);
  });

  it("keeps company keys in step with the key rules: names rekey recomputes a stale one", async () => {
    const warehouse = await openWarehouse(db);
    try {
      await warehouse.connection.run(`UPDATE support_records SET company_key = 'stale' WHERE company_raw = 'ニュー電子 株式会社'`);
    } finally {
      warehouse.close();
    }
    const result = chizai(["names", "rekey", "--db", db, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({supportRekeyed: 1});
    expect(await query(db, `SELECT company_key FROM support_records WHERE company_raw = 'ニュー電子 株式会社'`)).toEqual([
      {company_key: "ニュー電子"}
    ]);
  });
});

describe("the 参考値 line", {timeout: 180_000}, () => {
  it("falls 18 months before the latest 出願日, to the day", async () => {
    // First support 2020年度: the window t = 1 … 2 ends 2023-03-31. With the latest 出願日 2024-09-30 the 18 months
    // before it start 2023-03-30, inside the window: 参考値. One more application filed 2024-10-01 moves that start
    // to 2023-04-01, after the window: complete.
    const dir = makeTempDir("support-reference-line");
    const warehouse = path.join(dir, "atlas.duckdb");
    fs.writeFileSync(path.join(dir, "a.csv"), exportCsv([["2021/04/01", "架空甲株式会社"], ["2024/09/30", "架空乙株式会社"]], 100));
    fs.writeFileSync(path.join(dir, "b.csv"), exportCsv([["2024/10/01", "架空乙株式会社"]], 200));
    fs.writeFileSync(path.join(dir, "support.csv"), "年度,都道府県,事業,企業名\n2020,東京都,窓口,架空甲株式会社\n");
    await ingest(warehouse, [path.join(dir, "a.csv"), path.join(dir, "support.csv")]);
    const state = `SELECT filed_after, incomplete FROM support_outcomes`;
    expect(await query(warehouse, state)).toEqual([{filed_after: true, incomplete: true}]);
    await ingest(warehouse, [path.join(dir, "b.csv")]);
    expect(await query(warehouse, state)).toEqual([{filed_after: true, incomplete: false}]);
  });
});
