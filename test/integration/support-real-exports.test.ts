// Support outcomes over the three real J-PlatPat exports, with a hand-written support file (CP932, as Excel saves
// it) naming some of their applicants in other spellings: full-width and half-width letters, 株式会社 before or
// after the name, （株） and (株), a full-width space, no legal form at all. The support rows are invented.
//
// The oracle is a count made once by reading the exports with Python's csv module (not with this project's code):
// for each company, the distinct 出願番号 whose 出願人/権利者 list contains its exact J-PlatPat spelling, with each
// 出願日 turned into its 年度 (April–March) and t = that 年度 − the 年度 of the company's first support in the
// program. None of these companies has another spelling in the exports, and the shipped dictionary maps none of
// their former names that occur there, so the entity of each is exactly that one spelling. The latest 出願日 of the
// three exports is 2022-11-01; 18 months before it is 2021-05-01, so a window ending (Y+3)-03-31 is 参考値 for
// Y ≥ 2019.
import path from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {chizai} from "../support/chizai-cli.js";
import {fixture, ingest, query, tempWarehouse} from "../support/warehouse.js";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const EXPORTS = ["stud-welding_13col.csv", "water-tap_15col.csv", "co2-separation-2020-2022_16col.csv"];

// [program_id, company_key, first 年度, [apps at t = −3 … +3]] as counted by hand (see above).
const HAND_COUNT: ReadonlyArray<readonly [string, string, number, readonly number[]]> = [
  // 株式会社タブチ, 57 applications 1999–2021; first support 平成22年度.
  ["madoguchi", "タブチ", 2010, [1, 1, 0, 1, 11, 6, 7]],
  // 前澤給装工業株式会社, supported in 2013年度 and again in 2015: the first support counts.
  ["madoguchi", "前澤給装工業", 2013, [0, 0, 3, 3, 0, 1, 0]],
  // ＪＦＥスチール株式会社: 2011-03-28 is still 2010年度 (t = 0), 2011-08-04 is t = 1, 2013-04-01 starts 2013年度 (t = 3).
  ["madoguchi", "JFEスチール", 2010, [1, 0, 2, 1, 1, 0, 2]],
  // 株式会社ＩＨＩ: nothing from 2013-04-01 to 2015-03-31, so no filing after support.
  ["madoguchi", "IHI", 2012, [1, 1, 4, 0, 0, 0, 0]],
  // 株式会社親広産業: first application 2019-12-10, after its 平成30年度 support: a first-time filer.
  ["madoguchi", "親広産業", 2018, [0, 0, 0, 0, 1, 6, 0]],
  // 株式会社ジョンクェルコンサルティング: 2020-02-27 is t = 0, 2020-04-24 and 2020-08-27 are t = 1.
  ["madoguchi", "ジョンクェルコンサルティング", 2019, [0, 0, 0, 1, 2, 0, 0]],
  // 株式会社東芝 under the 窓口 (as 東芝) and under 専門家派遣 (as 株式会社 東芝), both 令和元年度.
  ["madoguchi", "東芝", 2019, [0, 0, 6, 10, 7, 2, 0]],
  ["expert_dispatch", "東芝", 2019, [0, 0, 6, 10, 7, 2, 0]],
  ["kaigai", "三菱重工業", 2019, [1, 1, 2, 9, 4, 1, 1]],
  ["ipas", "トヨタ自動車", 2019, [1, 2, 1, 2, 0, 5, 0]]
];

let db = "";

beforeAll(async () => {
  db = tempWarehouse("support-real-exports");
  const run = await ingest(db, [...EXPORTS.map((f) => path.join(SAMPLES, f)), fixture("support/real-applicants-cp932.csv")]);
  const support = run.files.at(-1)!;
  expect([support.kind, support.encoding, support.rowsRead, support.rowsLoaded, support.rowsRejected]).toEqual([
    "support", "cp932", 17, 15, 2
  ]);
  // A 法人番号 whose check digit is wrong, and a prefecture that does not exist: rejected with their lines.
  expect(support.rejects.map((r) => [r.lineStart, r.errorType])).toEqual([
    [17, "constraint-error"],
    [18, "foreign-key"]
  ]);
}, 240_000);

// Each test starts the real CLI (a few seconds each, far more on a busy 2-core machine).
describe("support records over the real exports", {timeout: 240_000}, () => {
  it("link every spelling to its applicant, never to a look-alike, and list the ambiguous key", async () => {
    const links = await query(
      db,
      `SELECT company_key, entity, link_kind, ambiguous, ambiguity FROM support_links ORDER BY company_key`
    );
    const entityOf = Object.fromEntries(links.map((l) => [l.company_key, l.entity]));
    expect(entityOf).toEqual({
      IHI: "株式会社ＩＨＩ",
      JFEスチール: "ＪＦＥスチール株式会社", // not ＪＦＥエンジニアリング株式会社
      ジョンクェルコンサルティング: "株式会社ジョンクェルコンサルティング",
      タクマ: "株式会社タクマ",
      タブチ: "株式会社タブチ",
      トヨタ自動車: "トヨタ自動車株式会社",
      三菱重工業: "三菱重工業株式会社", // not 三菱重工エンジニアリング株式会社
      前澤給装工業: "前澤給装工業株式会社", // not 前澤化成工業 or 前澤工業
      東芝: "株式会社東芝", // not 東芝エネルギーシステムズ株式会社
      親広産業: "株式会社親広産業"
    });
    // トヨタ (a prefix of トヨタ自動車, トヨタホーム, トヨタ車体 …) and a company with no patents link to nothing.
    expect(links.every((l) => l.link_kind === "key")).toBe(true);
    expect(links.filter((l) => l.ambiguous)).toEqual([
      {company_key: "タクマ", entity: "株式会社タクマ", link_kind: "key", ambiguous: true, ambiguity: "法人格が異なる"}
    ]);
  });

  it("count applications by relative 年度 as the hand count does", async () => {
    const rows = await query<{program_id: string; company_key: string; first_fiscal_year: number; apps: number[]}>(
      db,
      `SELECT program_id, company_key, first_fiscal_year, [apps_m3, apps_m2, apps_m1, apps_0, apps_p1, apps_p2, apps_p3] AS apps
       FROM support_outcomes WHERE linked ORDER BY program_id, company_key`
    );
    const expected = HAND_COUNT.map(([program_id, company_key, first_fiscal_year, apps]) => ({
      program_id, company_key, first_fiscal_year, apps
    }));
    const order = (a: {program_id: string; company_key: string}, b: typeof a) =>
      a.program_id.localeCompare(b.program_id) || a.company_key.localeCompare(b.company_key);
    expect([...rows].sort(order)).toEqual([...expected].sort(order));
  });

  it("give outcomes --json per program equal to the hand count", () => {
    const result = chizai(["outcomes", "--db", db, "--json"]);
    expect(result.stderr).toBe("");
    const summary = JSON.parse(result.stdout) as {latest_filing_date: string; programs: Array<Record<string, unknown>>};
    expect(summary.latest_filing_date).toBe("2022-11-01");
    const figures = summary.programs.map(({program, companies, linked, filed_after, first_time_filers, incomplete}) => ({
      program, companies, linked, filed_after, first_time_filers, incomplete
    }));
    expect(figures).toEqual([
      // 窓口: タブチ, 前澤給装工業 (two rows, two spellings), JFEスチール, IHI, 親広産業, ジョンクェルコンサルティング,
      // タクマ (株式会社 and 有限会社: one key, ambiguous), 架空金属加工 (no patents), トヨタ (no link), 東芝 = 10.
      // Linked: all but タクマ, 架空金属加工 and トヨタ = 7. Filing at t = 1 or 2: all linked but IHI = 6. First-time:
      // 親広産業 = 1. 参考値 (first support 2019年度 or later): ジョンクェル, タクマ, 架空金属加工, トヨタ, 東芝 = 5.
      {program: "知財総合支援窓口", companies: 10, linked: 7, filed_after: 6, first_time_filers: 1, incomplete: 5},
      {program: "IPAS / スタートアップ支援", companies: 1, linked: 1, filed_after: 1, first_time_filers: 0, incomplete: 1},
      {program: "専門家派遣", companies: 1, linked: 1, filed_after: 1, first_time_filers: 0, incomplete: 1},
      {program: "海外展開支援 / 外国出願補助金", companies: 1, linked: 1, filed_after: 1, first_time_filers: 0, incomplete: 1}
    ]);
  });
});
