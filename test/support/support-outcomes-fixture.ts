// Support records and their outcomes for the 支援成果 page's tests, through the real pipeline: addSupportFixture
// writes a support-record file (SUPPORT_FILE, the README's format) built from SUPPORT_COMPANIES, with two bad rows
// that the reader rejects, and a J-PlatPat export giving each linked entity its applications at the relative 年度
// the fixture lists, into a temporary folder, and ingests both with the same function as `npm run ingest`.
// Migration 3's views (support_links, support_outcomes) then compute the links and the outcomes; the tests hold
// them against hand counts from SUPPORT_COMPANIES and the definitions below.

import fs from "node:fs";
import path from "node:path";
import {collectInputs} from "../../loaders/ingest/collect-inputs.js";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";
import {makeTempDir} from "./temp-dir.js";

export const SUPPORT_FILE = "支援実績_テスト局.csv";
export const SUPPORT_BATCH_KIND = "support";

export interface SupportCompany {
  /** The spellings of the support file, first one the representative name. None of them is an applicant name. */
  spellings: string[];
  /** The applicant name its applications are filed under (never one of its spellings: applicant names are public), or null. */
  entity: string | null;
  /** Listed for review instead of counted (support_links.ambiguity). */
  ambiguity?: string;
  /** A later support (年度 first + 1, same program) in another prefecture: what makes the key 複数の都道府県. */
  alsoSupportedIn?: string;
  prefectureCode: string;
  bureau: string;
  programId: string;
  program: string;
  /** 年度 of the first support in the program. */
  firstFiscalYear: number;
  /** Applications of the linked entity by relative 年度 t = 出願年度 − firstFiscalYear (−3 … 3). */
  filings: number[];
}

const MADOGUCHI = {programId: "madoguchi", program: "知財総合支援窓口"};
const KASOKU = {programId: "kasokuteki", program: "加速的支援"};
const TOKYO = {prefectureCode: "13", bureau: "関東"};
const KANAGAWA = {prefectureCode: "14", bureau: "関東"};
const OSAKA = {prefectureCode: "27", bureau: "近畿"};
const FUKUOKA = {prefectureCode: "40", bureau: "九州"};

/** Fictional companies (names that appear in no patent of the test warehouse). */
export const SUPPORT_COMPANIES: SupportCompany[] = [
  {spellings: ["株式会社ミナト精機試験", "（株）ミナト精機試験"], entity: "ミナト精機試験株式会社", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2021, filings: [-2, 1, 2, 2]},
  {spellings: ["有限会社ひばり化工試験"], entity: "ひばり化工試験有限会社", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2021, filings: [1]},
  {spellings: ["株式会社アサギリ工房試験"], entity: null, ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2021, filings: []},
  {spellings: ["カメリア電子試験株式会社", "カメリア電子試験(株)"], entity: "株式会社カメリア電子試験", ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [0, 2]},
  {spellings: ["株式会社シオサイ製作所試験"], entity: "シオサイ製作所試験株式会社", ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [2]},
  {spellings: ["ツバキ食品試験株式会社"], entity: null, ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: []},
  {spellings: ["株式会社ユズリハ機械試験"], entity: "ユズリハ機械試験株式会社", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2023, filings: [-1, -1, 1]},
  {spellings: ["ナナカマド技研試験株式会社"], entity: "株式会社ナナカマド技研試験", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2023, filings: []},
  {spellings: ["株式会社ワカバ薬品試験"], entity: "ワカバ薬品試験株式会社", ...OSAKA, ...MADOGUCHI, firstFiscalYear: 2021, filings: [1, 1]},
  {spellings: ["株式会社モクレン鋼業試験"], entity: null, ...OSAKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: []},
  {spellings: ["株式会社ハヤテ通信試験"], entity: "ハヤテ通信試験株式会社", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2021, filings: [-3, 0, 2]},
  {spellings: ["株式会社ヨツバ農機試験"], entity: "ヨツバ農機試験株式会社", ambiguity: "複数の都道府県", alsoSupportedIn: "佐賀県", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [1]},
  {spellings: ["イチョウ素材試験株式会社"], entity: "株式会社イチョウ素材試験", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [1, 2, 2]},
  // The same entity as in 知財総合支援窓口 (年度 2019, 2022, 2023, 2023), seen from its first 加速的支援 in 2022.
  {spellings: ["株式会社ミナト精機試験"], entity: "ミナト精機試験株式会社", ...TOKYO, ...KASOKU, firstFiscalYear: 2022, filings: [-3, 0, 1, 1]},
  {spellings: ["株式会社サクラダ試作工房"], entity: null, ...OSAKA, ...KASOKU, firstFiscalYear: 2023, filings: []}
];

/** Two rows of SUPPORT_FILE that the reader rejected, with their raw text (never to reach a publication build). */
export const SUPPORT_REJECTED_RAW = [
  "令和5年度,神奈川県,知財総合支援窓口,株式会社ミズナラ試験商会,1234567890123,相談",
  "2023,東京都,存在しない事業,ケヤキ試験物産株式会社,,"
];

/** Whether a company counts as linked (unambiguously, to an entity with applications). */
export const isLinked = (c: SupportCompany) => c.entity !== null && !c.ambiguity && c.filings.length > 0;
export const filedAfter = (c: SupportCompany) => isLinked(c) && c.filings.some((t) => t === 1 || t === 2);
export const firstTimeFiler = (c: SupportCompany) => filedAfter(c) && !c.filings.some((t) => t <= 0);

const PREFECTURE_NAMES: Record<string, string> = {"13": "東京都", "14": "神奈川県", "27": "大阪府", "40": "福岡県"};

/** The support-record file: one row per spelling (and one per later support elsewhere), then the two bad rows. */
function supportFileText(): string {
  const rows = SUPPORT_COMPANIES.flatMap((c) => [
    // The first spelling is the company's name in support_links/support_outcomes (the most rows): with variants, it
    // gets a second row (a second consultation in the same 年度).
    ...[...(c.spellings.length > 1 ? [c.spellings[0]!] : []), ...c.spellings].map((spelling) =>
      [c.firstFiscalYear, PREFECTURE_NAMES[c.prefectureCode]!, c.program, spelling, "", "相談"]
    ),
    ...(c.alsoSupportedIn ? [[c.firstFiscalYear + 1, c.alsoSupportedIn, c.program, c.spellings[0]!, "", "相談"]] : [])
  ]);
  const lines = ["年度,都道府県,事業,企業名,法人番号,支援内容", ...rows.map((row) => row.join(",")), ...SUPPORT_REJECTED_RAW];
  return lines.join("\r\n") + "\r\n";
}

const JPLATPAT_HEADER = [
  "文献番号", "出願番号", "出願日", "公知日", "発明の名称", "出願人/権利者", "FI", "要約", "公開番号", "公告番号",
  "登録番号", "審判番号", "その他", "ステージ", "イベント詳細", "文献URL"
];

/**
 * A J-PlatPat export with one application of the linked entity per entry of `filings`, in 年度 first + t (October).
 * The fixture keeps them before 2025, within the sample's 出願日 (2005〜2024), so that the browser-test warehouse's
 * other pages read as before.
 */
function jplatpatFileText(): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const rows: string[][] = [];
  let serial = 0;
  const entities = new Map<string, string>();
  for (const c of SUPPORT_COMPANIES) {
    if (c.entity === null) continue;
    // The publication test greps every published file for the spellings: an applicant name must be none of them.
    if (SUPPORT_COMPANIES.some((o) => o.spellings.includes(c.entity!))) throw new Error(`${c.entity} is a support spelling`);
    // A company supported in two programs is one entity: its applications are written once, and the fixture must
    // list the same 年度 for it in every program.
    const years = c.filings.map((t) => c.firstFiscalYear + t).sort().join(",");
    const seen = entities.get(c.entity);
    if (seen !== undefined && seen !== years) throw new Error(`${c.entity}: 出願年度 ${years} here, ${seen} elsewhere`);
    if (seen !== undefined) continue;
    entities.set(c.entity, years);
    for (const t of c.filings) {
      serial++;
      const year = c.firstFiscalYear + t;
      // 特願YYYY-7000NN: a range no other test file uses (the hostile-text export has 特願2022-900001 and -900002,
      // which an application here would merge into).
      const number = String(700000 + serial).padStart(6, "0");
      const day = String((serial % 28) + 1).padStart(2, "0");
      const document = `特開${year + 1}-${number}`;
      rows.push([
        document, `特願${year}-${number}`, `${year}/10/${day}`, `${year + 1}/04/${day}`, `架空の支援成果試験装置${serial}`,
        c.entity, "G01N33/00", "", document, "", "", "", "", "", "", ""
      ]);
    }
  }
  return "\uFEFF" + [JPLATPAT_HEADER, ...rows].map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** The files addSupportFixture ingests, written into a new temporary folder: [support file, J-PlatPat export]. */
export function writeSupportFixtureFiles(): [string, string] {
  const dir = makeTempDir("support-fixture");
  const support = path.join(dir, SUPPORT_FILE);
  const patents = path.join(dir, "支援先の出願_テスト.csv");
  fs.writeFileSync(support, supportFileText(), "utf-8");
  fs.writeFileSync(patents, jplatpatFileText(), "utf-8");
  return [support, patents];
}

/**
 * Ingests SUPPORT_FILE (as sample records when `isSample`; both files in `collection`) and the linked entities' applications into the warehouse
 * at `db`, through the real ingest; fails unless the reader loaded every company row and rejected exactly the two bad
 * ones.
 */
export async function addSupportFixture(
  db: string,
  {isSample = false, collection = "支援成果テスト"}: {isSample?: boolean; collection?: string} = {}
): Promise<void> {
  const [support, patents] = writeSupportFixtureFiles();
  const inputs = collectInputs([support, patents], collection).map((input) => ({...input, isSample}));
  const run = await ingestFiles(db, inputs);
  const expected = supportFileText().split("\r\n").length - 2 - SUPPORT_REJECTED_RAW.length;
  const supportReport = run.files.find((file) => file.fileName === SUPPORT_FILE);
  const patentReport = run.files.find((file) => file.fileName !== SUPPORT_FILE);
  const problem =
    supportReport?.status !== "loaded" || patentReport?.status !== "loaded" ||
    supportReport.rowsLoaded !== expected || supportReport.rowsRejected !== SUPPORT_REJECTED_RAW.length ||
    patentReport.rowsRejected !== 0;
  if (problem) throw new Error(`the support fixture did not ingest as intended: ${JSON.stringify(run.files)}`);
}
