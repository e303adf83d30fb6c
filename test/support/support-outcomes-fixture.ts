// Support records and their outcomes, written straight into a test warehouse in the shapes of the support-data
// contract (table support_records, views support_links and support_outcomes), for the 支援成果 page's tests.
//
// Until the support reader and migration 3 are merged, nothing can ingest a support file: this helper creates the
// tables itself (support_links and support_outcomes as tables with the views' columns) plus one batch of kind
// 'support' with two rejected rows, as an ingest of SUPPORT_FILE would. After the merge, replace the body of
// addSupportFixture with an ingest of a support file built from SUPPORT_COMPANIES (the real views then compute
// what is inserted here); the tests read only SUPPORT_COMPANIES and the constants below.

import {entityKey} from "../../loaders/names/entity-key.js";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {queryValue} from "../../loaders/warehouse/query.js";

export const SUPPORT_FILE = "支援実績_テスト局.csv";
export const SUPPORT_BATCH_KIND = "support";

export interface SupportCompany {
  /** The spellings of the support file, first one the representative name. None of them is an applicant name. */
  spellings: string[];
  /** The applicant entity it links to, or null (no patents). */
  entity: string | null;
  /** Listed for review instead of counted (support_links.ambiguity). */
  ambiguity?: string;
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
  {spellings: ["有限会社ひばり化工試験"], entity: "有限会社ひばり化工試験", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2021, filings: [1]},
  {spellings: ["株式会社アサギリ工房試験"], entity: null, ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2021, filings: []},
  {spellings: ["カメリア電子試験株式会社", "カメリア電子試験(株)"], entity: "カメリア電子試験株式会社", ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [0, 3]},
  {spellings: ["株式会社シオサイ製作所試験"], entity: "シオサイ製作所試験株式会社", ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [2]},
  {spellings: ["ツバキ食品試験株式会社"], entity: null, ...KANAGAWA, ...MADOGUCHI, firstFiscalYear: 2022, filings: []},
  {spellings: ["株式会社ユズリハ機械試験"], entity: "ユズリハ機械試験株式会社", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2023, filings: [-1, -1, 1]},
  {spellings: ["ナナカマド技研試験株式会社"], entity: "ナナカマド技研試験株式会社", ...TOKYO, ...MADOGUCHI, firstFiscalYear: 2023, filings: []},
  {spellings: ["株式会社ワカバ薬品試験"], entity: "ワカバ薬品試験株式会社", ...OSAKA, ...MADOGUCHI, firstFiscalYear: 2021, filings: [1, 1]},
  {spellings: ["株式会社モクレン鋼業試験"], entity: null, ...OSAKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: []},
  {spellings: ["株式会社ハヤテ通信試験"], entity: "ハヤテ通信試験株式会社", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2021, filings: [-3, 0, 2]},
  {spellings: ["株式会社ヨツバ農機試験"], entity: "ヨツバ農機試験株式会社", ambiguity: "複数の都道府県", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [1]},
  {spellings: ["イチョウ素材試験株式会社"], entity: "イチョウ素材試験株式会社", ...FUKUOKA, ...MADOGUCHI, firstFiscalYear: 2022, filings: [1, 2, 3]},
  {spellings: ["株式会社ミナト精機試験"], entity: "ミナト精機試験株式会社", ...TOKYO, ...KASOKU, firstFiscalYear: 2022, filings: [1, 1]},
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

const sql = (value: string | number | boolean | null) =>
  value === null ? "NULL" : typeof value === "string" ? `'${value.replaceAll("'", "''")}'` : String(value);

/** Adds SUPPORT_COMPANIES (as sample records when `isSample`) to the warehouse at `db`. */
export async function addSupportFixture(db: string, {isSample = false}: {isSample?: boolean} = {}): Promise<void> {
  const warehouse = await openWarehouse(db);
  const {connection} = warehouse;
  try {
    const batchId = ((await queryValue<number>(connection, "SELECT coalesce(max(batch_id), 0)::INTEGER FROM batches")) ?? 0) + 1;
    const records = SUPPORT_COMPANIES.flatMap((c) => c.spellings.map((spelling) => ({c, spelling})));
    await connection.run(
      `INSERT INTO batches (batch_id, file_name, file_path, sha256, file_bytes, kind, collection, is_sample, encoding,
                            encoding_evidence, column_count, columns, header_count, rows_read, rows_loaded,
                            rows_rejected, status, ingested_at, duration_ms)
       VALUES (${batchId}, ${sql(SUPPORT_FILE)}, ${sql(`data/inbox/${SUPPORT_FILE}`)}, 'fixture', 4096,
               ${sql(SUPPORT_BATCH_KIND)}, NULL, ${isSample}, 'utf-8', 'strict-utf8', 6,
               '年度,都道府県,事業,企業名,法人番号,支援内容', 1, ${records.length + SUPPORT_REJECTED_RAW.length},
               ${records.length}, ${SUPPORT_REJECTED_RAW.length}, 'loaded', now()::TIMESTAMP, 5)`
    );
    const rejectLines = SUPPORT_REJECTED_RAW.map((raw, i) =>
      `(${batchId}, ${records.length + 2 + i}, ${records.length + 2 + i}, 'constraint-error', '事業名が不明です', ${sql(raw)})`
    );
    await connection.run(`INSERT INTO rejects (batch_id, line_start, line_end, error_type, reason, raw) VALUES ${rejectLines.join(", ")}`);

    await connection.run(
      `CREATE TABLE IF NOT EXISTS support_records (
         record_id BIGINT, batch_id INTEGER, line_start INTEGER, line_end INTEGER, fiscal_year INTEGER,
         support_date DATE, prefecture_code VARCHAR, bureau VARCHAR, program_id VARCHAR, company_raw VARCHAR,
         company_key VARCHAR, corporate_number VARCHAR, content VARCHAR, note VARCHAR, is_sample BOOLEAN)`
    );
    const recordRows = records.map(({c, spelling}, i) =>
      `(${i + 1}, ${batchId}, ${i + 2}, ${i + 2}, ${c.firstFiscalYear}, NULL, ${sql(c.prefectureCode)}, ${sql(c.bureau)},
        ${sql(c.programId)}, ${sql(spelling)}, ${sql(entityKey(c.spellings[0]!))}, NULL, '相談', NULL, ${isSample})`
    );
    // Named columns: the warehouse's table may have more (legal_form), which the fixture leaves NULL.
    await connection.run(
      `INSERT INTO support_records (record_id, batch_id, line_start, line_end, fiscal_year, support_date, prefecture_code,
         bureau, program_id, company_raw, company_key, corporate_number, content, note, is_sample)
       VALUES ${recordRows.join(", ")}`
    );

    await connection.run(
      `CREATE TABLE IF NOT EXISTS support_links (
         company_key VARCHAR, company_name VARCHAR, entity_key VARCHAR, entity VARCHAR, link_kind VARCHAR,
         ambiguous BOOLEAN, ambiguity VARCHAR)`
    );
    const linked = SUPPORT_COMPANIES.filter((c, i, all) => c.entity && all.findIndex((o) => o.spellings[0] === c.spellings[0]) === i);
    await connection.run(
      `INSERT INTO support_links VALUES ${linked
        .map((c) => `(${sql(entityKey(c.spellings[0]!))}, ${sql(c.spellings[0]!)}, ${sql(entityKey(c.entity!))},
                      ${sql(c.entity)}, 'key', ${Boolean(c.ambiguity)}, ${sql(c.ambiguity ?? null)})`)
        .join(", ")}`
    );

    // The latest 出願日 of the warehouse decides which windows are 参考値, as the real view does.
    const latest = await queryValue<string>(connection, "SELECT max(filing_date)::VARCHAR FROM patents");
    await connection.run(
      `CREATE TABLE IF NOT EXISTS support_outcomes (
         program_id VARCHAR, program VARCHAR, company_key VARCHAR, company_name VARCHAR, first_fiscal_year INTEGER,
         bureau VARCHAR, prefecture_code VARCHAR, prefecture VARCHAR, linked BOOLEAN, ambiguous BOOLEAN,
         apps_m3 INTEGER, apps_m2 INTEGER, apps_m1 INTEGER, apps_0 INTEGER, apps_p1 INTEGER, apps_p2 INTEGER,
         apps_p3 INTEGER, filed_after BOOLEAN, first_time_filer BOOLEAN, incomplete BOOLEAN, is_sample BOOLEAN)`
    );
    const outcomeRows = SUPPORT_COMPANIES.map((c) => {
      const apps = [-3, -2, -1, 0, 1, 2, 3].map((t) => (isLinked(c) ? c.filings.filter((f) => f === t).length : 0));
      const windowEnd = `DATE '${c.firstFiscalYear + 3}-03-31'`;
      const incomplete = latest ? `${windowEnd} > DATE '${latest}' - INTERVAL 18 MONTH` : "false";
      return `(${sql(c.programId)}, ${sql(c.program)}, ${sql(entityKey(c.spellings[0]!))}, ${sql(c.spellings[0]!)},
               ${c.firstFiscalYear}, ${sql(c.bureau)}, ${sql(c.prefectureCode)},
               (SELECT name FROM prefectures WHERE code = ${sql(c.prefectureCode)}), ${isLinked(c)},
               ${Boolean(c.ambiguity)}, ${apps.join(", ")}, ${filedAfter(c)}, ${firstTimeFiler(c)}, ${incomplete},
               ${isSample})`;
    });
    await connection.run(`INSERT INTO support_outcomes VALUES ${outcomeRows.join(", ")}`);
  } finally {
    warehouse.close();
  }
}
