// Ingests the hand-made KPI fixtures (test/fixtures/kpi/) and the bundled sample into a real DuckDB file through the
// real pipeline. Expected values are read off the fixture text: see test/fixtures/README.md for what each line holds.
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {ingestFiles} from "../../loaders/ingest/ingest-run.js";
import {readPrefectures} from "../../loaders/kpi/prefecture.js";
import {readProgramMetrics, readPrograms} from "../../loaders/kpi/program-catalogue.js";
import {refreshReferenceTables} from "../../loaders/kpi/load-reference.js";
import {readReferenceTable, REFERENCE_DIR} from "../../loaders/kpi/reference-table.js";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {queryRows} from "../../loaders/warehouse/query.js";
import {fixture, ingest, query, tableCounts, tempWarehouse} from "../support/warehouse.js";

const SAMPLE_KPI = path.resolve(import.meta.dirname, "../../data/sample/kpi");
// Month columns of a wide sheet, in fiscal order (April first), as in wide-cp932.csv.
const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
const FACT_COLUMNS =
  "fiscal_year, month, prefecture_code, bureau, program, metric, actual, target, batch_id, line_start, line_end";

/** Line `n` (1-based, header = 1) of a fixture as written, for comparing with the raw text of a reject. */
function fixtureLine(name: string, n: number): string {
  return fs.readFileSync(fixture(name), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[n - 1]!;
}

function fact(
  fiscal_year: number, month: number | null, prefecture_code: string, bureau: string, program: string, metric: string,
  actual: number | null, target: number | null, batch_id: number, line: number
) {
  const line_start = line;
  const line_end = line;
  return {fiscal_year, month, prefecture_code, bureau, program, metric, actual, target, batch_id, line_start, line_end};
}

describe("ingesting KPI sheets", () => {
  it("loads a long sheet (UTF-8, BOM): ids, JIS codes, bureaus, annual targets, empty rows, restatements", async () => {
    const db = tempWarehouse("kpi-long");
    const run = await ingest(db, [fixture("kpi/long-utf8-bom.csv")]);
    // 8 data rows (lines 2–8 and 10; line 9 is `,,,,,,`). Line 6 states no figure ("-") and line 8 restates the key
    // of line 2: both merged. The other six rows each bring a key of their own.
    expect(run.files[0]).toMatchObject({
      status: "loaded", kind: "kpi", encoding: "utf-8", columnCount: 7, rowsRead: 8, rowsLoaded: 6, rowsMerged: 2,
      rowsRejected: 0, rowsSuperseded: 0, blankRows: 1
    });
    const warnings = run.files[0]!.warnings.join("\n");
    expect(warnings).toMatch(/1 row states no figure .*\(line 6\)/);
    expect(warnings).toMatch(/stated twice in this file .*line 8 over line 2/);

    const facts = await query(db, `SELECT ${FACT_COLUMNS} FROM kpi_facts
      ORDER BY prefecture_code, metric, month NULLS LAST`);
    expect(facts).toEqual([
      fact(2024, 4, "01", "北海道", "kasokuteki", "kasokuteki_companies", 2, null, 1, 5),
      fact(2024, 4, "13", "関東", "madoguchi", "consultations", 322, null, 1, 8),
      fact(2024, 5, "13", "関東", "madoguchi", "consultations", 1204, null, 1, 3),
      fact(2024, 6, "13", "関東", "madoguchi", "consultations", 280, null, 1, 7),
      fact(2024, null, "13", "関東", "madoguchi", "consultations", null, 3600, 1, 4),
      fact(2024, 3, "47", "沖縄", "seminar", "seminar_satisfaction", 86.5, 90, 1, 10)
    ]);
    // What line 2 said is not lost: line 8 of the same file replaced it.
    const history = await query(db, `SELECT month, prefecture_code, actual, batch_id, line_start, superseded_by_batch_id
      FROM kpi_fact_history`);
    expect(history).toEqual([
      {month: 4, prefecture_code: "13", actual: 321, batch_id: 1, line_start: 2, superseded_by_batch_id: 1}
    ]);
    const [batch] = await query(db, `SELECT kind, encoding, encoding_evidence, rows_read, rows_loaded, rows_merged,
      rows_rejected, rows_superseded, blank_lines FROM batches`);
    expect(batch).toEqual({
      kind: "kpi", encoding: "utf-8", encoding_evidence: "bom", rows_read: 8, rows_loaded: 6, rows_merged: 2,
      rows_rejected: 0, rows_superseded: 0, blank_lines: 1
    });
  });

  it("loads a wide CP932 sheet: 令和6年度, R6, short names, JIS codes, separators, full-width digits", async () => {
    const db = tempWarehouse("kpi-wide");
    const run = await ingest(db, [fixture("kpi/wide-cp932.csv")]);
    // Five data rows, each a series of its own.
    expect(run.files[0]).toMatchObject({
      status: "loaded", encoding: "cp932", columnCount: 18, rowsRead: 5, rowsLoaded: 5, rowsMerged: 0, rowsRejected: 0
    });
    const [batch] = await query(db, `SELECT encoding_evidence FROM batches`);
    expect(batch).toEqual({encoding_evidence: "strict-cp932"});

    const rows = await query<{prefecture_code: string; metric: string; month: number | null; actual: number | null;
      target: number | null; fiscal_year: number; bureau: string; line_start: number}>(
      db,
      `SELECT ${FACT_COLUMNS} FROM kpi_facts ORDER BY prefecture_code, metric, month NULLS LAST`
    );
    const series = (code: string, metric: string) =>
      rows.filter((r) => r.prefecture_code === code && r.metric === metric);
    const provenance = (facts: typeof rows) =>
      new Set(facts.map((r) => `${r.fiscal_year} ${r.bureau} line ${r.line_start}`));
    // 福岡 (line 2): "1,001" … "1,012" from April to March, 合計 "12,078" (not loaded beside the months), 目標 １２，５００.
    const fukuoka = series("40", "consultations");
    expect(fukuoka.map((r) => [r.month, r.actual, r.target])).toEqual([
      ...FISCAL_MONTHS.map((month, i) => [month, 1001 + i, null]).sort((a, b) => a[0]! - b[0]!),
      [null, null, 12500]
    ]);
    expect(provenance(fukuoka)).toEqual(new Set(["2024 九州 line 2"]));
    // 40 (line 3): full-width １０ … ２１, 目標 ２００.
    const expert = series("40", "expert_support");
    expect(expert.map((r) => [r.month, r.actual, r.target])).toEqual([
      ...FISCAL_MONTHS.map((month, i) => [month, 10 + i, null]).sort((a, b) => a[0]! - b[0]!),
      [null, null, 200]
    ]);
    // 佐賀 (line 4): April–June only (0 is a figure), no 目標: no annual fact.
    expect(series("41", "yorozu_collaboration").map((r) => [r.month, r.actual])).toEqual([[4, 1], [5, 0], [6, 2]]);
    // 長崎 (line 5): no months, 合計 7 and 目標 8: one annual fact.
    expect(series("42", "kasokuteki_companies").map((r) => [r.fiscal_year, r.month, r.actual, r.target])).toEqual([
      [2024, null, 7, 8]
    ]);
    // JIS code 1 without its leading zero (line 6), R5 = FY2023.
    const hokkaido = series("01", "consultations");
    expect(hokkaido).toHaveLength(13);
    expect(provenance(hokkaido)).toEqual(new Set(["2023 北海道 line 6"]));
    expect(hokkaido.at(-1)).toMatchObject({month: null, actual: null, target: 1300});
    expect(rows).toHaveLength(13 + 13 + 3 + 1 + 13);
  });

  it("reads English headers and codes", async () => {
    const db = tempWarehouse("kpi-english");
    const run = await ingest(db, [fixture("kpi/english-headers.csv")]);
    expect(run.files[0]).toMatchObject({status: "loaded", rowsRead: 3, rowsLoaded: 3, rowsRejected: 0});
    const facts = await query(db, `SELECT ${FACT_COLUMNS} FROM kpi_facts ORDER BY line_start`);
    expect(facts).toEqual([
      fact(2023, 4, "13", "関東", "madoguchi", "consultations", 300, null, 1, 2),
      fact(2023, null, "27", "近畿", "madoguchi", "consultations", null, 2400, 1, 3),
      fact(2018, 12, "26", "近畿", "ipas", "ipas_startups", 1, null, 1, 4)
    ]);
  });

  it("rejects every bad row with its line, error type, reason and raw text, and never guesses", async () => {
    const db = tempWarehouse("kpi-bad");
    const name = "kpi/bad-rows.csv";
    const run = await ingest(db, [fixture(name)]);
    expect(run.files[0]).toMatchObject({status: "loaded", rowsRead: 10, rowsLoaded: 2, rowsMerged: 0, rowsRejected: 8});
    type Reject = {line_start: number; line_end: number; error_type: string; reason: string; raw: string};
    const rejects = await query<Reject>(
      db,
      `SELECT line_start, line_end, error_type, reason, raw FROM rejects ORDER BY line_start`
    );
    const expected: Array<[line: number, errorType: string, reason: RegExp]> = [
      [3, "foreign-key", /都道府県 "東京府" is not a prefecture/],
      [4, "foreign-key", /事業 "知財相談所" is not a known program/],
      [5, "foreign-key", /指標 "面談件数" is not a metric of 知財総合支援窓口/],
      [6, "constraint-error", /"-5" is negative/],
      [7, "constraint-error", /月 "13" is outside 1–12/],
      [8, "type-error", /"約100" is not a number/],
      [9, "field-count", /expected 7 fields, found 6/],
      [10, "stray-quote", /unexpected text after a closing quote/]
    ];
    expect(rejects.map((r) => [r.line_start, r.line_end, r.error_type])).toEqual(
      expected.map(([line, type]) => [line, line, type])
    );
    for (const [index, [line, , reason]] of expected.entries()) {
      expect(rejects[index]!.reason).toMatch(reason);
      expect(rejects[index]!.raw).toBe(fixtureLine(name, line));
    }
    // Lines 2 and 11 are good; line 11 comes right after the stray quote and is read as usual.
    const facts = await query(db, `SELECT month, actual, line_start FROM kpi_facts ORDER BY line_start`);
    expect(facts).toEqual([{month: 4, actual: 100, line_start: 2}, {month: 9, actual: 90, line_start: 11}]);
  });

  it("lets a later file supersede earlier figures, counts them, and keeps the old values in history", async () => {
    const db = tempWarehouse("kpi-supersede");
    await ingest(db, [fixture("kpi/supersede-a.csv")]);
    const run = await ingest(db, [fixture("kpi/supersede-b.csv")]);
    // B restates May (60 → 65), the annual target (800 → 850) and 加速的支援's target (5 → 6, its actual 3 left empty);
    // June is restated unchanged (70) and July is new.
    expect(run.files[0]).toMatchObject({rowsRead: 5, rowsLoaded: 5, rowsMerged: 0, rowsRejected: 0, rowsSuperseded: 3});

    const facts = await query(db, `SELECT ${FACT_COLUMNS} FROM kpi_facts ORDER BY metric, month NULLS LAST`);
    expect(facts).toEqual([
      fact(2024, 4, "04", "東北", "madoguchi", "consultations", 50, null, 1, 2),
      fact(2024, 5, "04", "東北", "madoguchi", "consultations", 65, null, 2, 2),
      fact(2024, 6, "04", "東北", "madoguchi", "consultations", 70, null, 1, 4),
      fact(2024, 7, "04", "東北", "madoguchi", "consultations", 80, null, 2, 4),
      fact(2024, null, "04", "東北", "madoguchi", "consultations", null, 850, 2, 5),
      // An empty 実績 in B does not erase A's 3.
      fact(2024, null, "04", "東北", "kasokuteki", "kasokuteki_companies", 3, 6, 2, 6)
    ]);
    const history = await query(db, `SELECT ${FACT_COLUMNS}, superseded_by_batch_id FROM kpi_fact_history
      ORDER BY metric, month NULLS LAST`);
    expect(history).toEqual([
      {...fact(2024, 5, "04", "東北", "madoguchi", "consultations", 60, null, 1, 3), superseded_by_batch_id: 2},
      {...fact(2024, null, "04", "東北", "madoguchi", "consultations", null, 800, 1, 5), superseded_by_batch_id: 2},
      {...fact(2024, null, "04", "東北", "kasokuteki", "kasokuteki_companies", 3, 5, 1, 6), superseded_by_batch_id: 2}
    ]);
    const batches = await query(db, `SELECT batch_id, rows_superseded FROM batches ORDER BY batch_id`);
    expect(batches).toEqual([{batch_id: 1, rows_superseded: 0}, {batch_id: 2, rows_superseded: 3}]);
  });

  it("changes nothing when the same files come again", async () => {
    const db = tempWarehouse("kpi-again");
    await ingest(db, [fixture("kpi")]);
    const before = await tableCounts(db);
    const facts = await query(db, `SELECT ${FACT_COLUMNS} FROM kpi_facts ORDER BY ALL`);
    const run = await ingest(db, [fixture("kpi")]);
    expect(run.files.map((f) => f.status)).toEqual(run.files.map(() => "skipped"));
    expect(await tableCounts(db)).toEqual(before);
    expect(await query(db, `SELECT ${FACT_COLUMNS} FROM kpi_facts ORDER BY ALL`)).toEqual(facts);
  });

  it("balances read = loaded + merged + rejected for every batch, and keeps one row per key", async () => {
    const db = tempWarehouse("kpi-balance");
    const run = await ingest(db, [fixture("kpi")]);
    expect(run.totals).toMatchObject({files: 6, loaded: 6, refused: 0});
    const unbalanced = await query(db, `SELECT file_name FROM batches WHERE status = 'loaded'
      AND (rows_read <> rows_loaded + rows_merged + rows_rejected
        OR rows_rejected <> (SELECT count(*) FROM rejects r WHERE r.batch_id = batches.batch_id)
        OR rows_superseded <> (SELECT count(*) FROM kpi_fact_history h
          WHERE h.superseded_by_batch_id = batches.batch_id AND h.batch_id <> batches.batch_id))`);
    expect(unbalanced).toEqual([]);
    const [checks] = await query(db, `SELECT
      (SELECT count(*) FROM (SELECT fiscal_year, month, prefecture_code, program, metric FROM kpi_facts
        GROUP BY ALL HAVING count(*) > 1)) AS duplicate_keys,
      (SELECT count(*) FROM kpi_facts f LEFT JOIN prefectures p ON p.code = f.prefecture_code
        WHERE p.bureau IS DISTINCT FROM f.bureau) AS wrong_bureau,
      (SELECT count(*) FROM kpi_facts f LEFT JOIN program_metrics m ON m.metric_id = f.metric
        WHERE m.program_id IS DISTINCT FROM f.program) AS unknown_metric`);
    expect(checks).toEqual({duplicate_keys: 0, wrong_bureau: 0, unknown_metric: 0});
  });

  it("ingests the bundled sample without a reject, all 47 prefectures, and skips it the second time", async () => {
    const db = tempWarehouse("kpi-sample");
    const first = await ingest(db, [SAMPLE_KPI]);
    expect(first.totals).toMatchObject({files: 5, loaded: 5, refused: 0, rowsRejected: 0});
    expect(first.files.map((f) => f.kind)).toEqual(["kpi", "kpi", "kpi", "kpi", "kpi"]);
    const [joined] = await query(db, `SELECT count(DISTINCT p.code) AS prefectures, count(DISTINCT p.bureau) AS bureaus
      FROM kpi_facts f JOIN prefectures p ON p.code = f.prefecture_code`);
    expect(joined).toEqual({prefectures: 47, bureaus: 9});
    const second = await ingest(db, [SAMPLE_KPI]);
    expect(second.totals).toMatchObject({files: 5, loaded: 0, skipped: 5, refused: 0});
  });

  it("copies the reference data into tables analysts can join, and refreshes them on every run", async () => {
    const db = tempWarehouse("kpi-reference");
    await ingestFiles(db, []);
    const counts = await query(db, `SELECT
      (SELECT count(*) FROM prefectures) AS prefectures, (SELECT count(*) FROM bureaus) AS bureaus,
      (SELECT count(*) FROM programs) AS programs, (SELECT count(*) FROM program_metrics) AS program_metrics,
      (SELECT count(*) FROM action_plan_measures) AS action_plan_measures,
      (SELECT count(*) FROM program_measures) AS program_measures`);
    expect(counts).toEqual([{
      prefectures: 47,
      bureaus: 9,
      programs: readPrograms().length,
      program_metrics: readProgramMetrics().length,
      action_plan_measures: readReferenceTable("action-plan-measures.csv", ["measure_id"]).length,
      program_measures: readReferenceTable("program-measures.csv", ["program_id"]).length
    }]);
    const tokyo = readPrefectures().find((p) => p.code === "13")!;
    const [row] = await query(db, `SELECT p.name, p.short_name, b.name AS bureau_name FROM prefectures p
      JOIN bureaus b USING (bureau) WHERE p.code = '13'`);
    expect(row).toEqual({name: tokyo.name, short_name: tokyo.shortName, bureau_name: "関東経済産業局"});
    const [links] = await query(db, `SELECT count(*) AS orphans FROM program_measures pm
      LEFT JOIN programs p USING (program_id) LEFT JOIN action_plan_measures m USING (measure_id)
      WHERE p.program_id IS NULL OR m.measure_id IS NULL`);
    expect(links).toEqual({orphans: 0});

    // An edited CSV reaches the warehouse on the next refresh, with no re-ingest; an unchanged folder is not rewritten.
    const edited = path.join(path.dirname(db), "reference");
    fs.cpSync(REFERENCE_DIR, edited, {recursive: true});
    const programsCsv = path.join(edited, "programs.csv");
    const original = readPrograms().find((p) => p.id === "madoguchi")!.name;
    fs.writeFileSync(programsCsv, fs.readFileSync(programsCsv, "utf8").replace(original, `${original}（改称）`));
    const warehouse = await openWarehouse(db);
    try {
      await refreshReferenceTables(warehouse.connection, edited);
      const [renamed] = await queryRows(warehouse.connection, `SELECT name FROM programs WHERE program_id = 'madoguchi'`);
      expect(renamed).toEqual({name: `${original}（改称）`});
      await warehouse.connection.run(`UPDATE programs SET name = 'marker' WHERE program_id = 'madoguchi'`);
      await refreshReferenceTables(warehouse.connection, edited);
      const [kept] = await queryRows(warehouse.connection, `SELECT name FROM programs WHERE program_id = 'madoguchi'`);
      expect(kept).toEqual({name: "marker"});
    } finally {
      warehouse.close();
    }
    await ingestFiles(db, []);
    const [program] = await query(db, `SELECT name FROM programs WHERE program_id = 'madoguchi'`);
    expect(program).toEqual({name: original});
  });

  it("names the KPI layouts when it refuses a file of no known kind", async () => {
    const db = tempWarehouse("kpi-refuse");
    const run = await ingest(db, [fixture("jplatpat/not-jplatpat.csv")]);
    expect(run.files[0]!.status).toBe("refused");
    expect(run.files[0]!.message).toContain("KPI sheet (知財支援事業の実績)");
    expect(run.files[0]!.message).toContain("年度, 月, 都道府県, 事業, 指標, 実績, 目標");
  });
});
