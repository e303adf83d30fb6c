// Ingests the hand-made fixtures into a real DuckDB file through the real pipeline.
import {describe, expect, it} from "vitest";
import {fixture, ingest, query, tableCounts, tempWarehouse} from "../support/warehouse.js";

describe("ingesting J-PlatPat exports", () => {
  it("loads a 16-column export with every derived value and the raw text beside it", async () => {
    const db = tempWarehouse("valid16");
    const run = await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    expect(run.files[0]).toMatchObject({status: "loaded", kind: "jplatpat", encoding: "utf-8", columnCount: 16, rowsRead: 4, rowsLoaded: 4});
    const patents = await query(db, `SELECT application_number, application_key, law, document_kind, filing_date, abstract,
      abstract_raw, appeal_numbers, appeal_numbers_raw, registration_kind FROM patents ORDER BY application_key`);
    expect(patents.map((p) => p.application_key)).toEqual(["実願2022-000104", "特願1999-000103", "特願2021-000101", "特願2021-000102"]);
    const heisei = patents.find((p) => p.application_number === "特願平11-000103")!;
    expect(heisei).toMatchObject({application_key: "特願1999-000103", law: "特許", document_kind: "再表", filing_date: "1999-06-11"});
    const first = patents.find((p) => p.application_number === "特願2021-000101")!;
    expect(first.abstract).toBe("(57)【要約】\n【課題】架空の課題。\n続き。\n【解決手段】架空の手段。\n【選択図】図１");
    expect(first.abstract_raw).toContain("<BR>");
    const appealed = patents.find((p) => p.application_number === "特願2021-000102")!;
    expect(appealed).toMatchObject({appeal_numbers: ["拒絶2023-000123"], appeal_numbers_raw: "拒絶2023-000123,null", registration_kind: "特許"});

    const applicants = await query(db, `SELECT application_number, position, name, name_key FROM patent_applicants ORDER BY 1, 2`);
    expect(applicants.filter((a) => a.application_number === "特願平11-000103")).toEqual([
      {application_number: "特願平11-000103", position: 1, name: "株式会社▲高▼木製作所", name_key: "株式会社高木製作所"},
      {application_number: "特願平11-000103", position: 2, name: "▲張▼　▲書▼廷", name_key: "張 書廷"}
    ]);
    const fi = await query(db, `SELECT fi, section, class, subclass, main_group, is_lead, is_indexing FROM patent_fi
      WHERE application_number = '実願2022-000104' ORDER BY position`);
    expect(fi).toEqual([
      {fi: "E03B9/04@Z", section: "E", class: "E03", subclass: "E03B", main_group: "E03B9", is_lead: true, is_indexing: false},
      {fi: "F27D17/00,104@G", section: "F", class: "F27", subclass: "F27D", main_group: "F27D17", is_lead: false, is_indexing: false}
    ]);
  });

  it("merges a later 13-column export: newer values win, the abstract survives, counts balance", async () => {
    const db = tempWarehouse("merge");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")], "電池");
    const run = await ingest(db, [fixture("jplatpat/later-13col.csv")], "電池その2");
    expect(run.files[0]).toMatchObject({rowsRead: 3, rowsLoaded: 1, rowsMerged: 2, rowsRejected: 0});
    const [merged] = await query(db, `SELECT abstract IS NOT NULL AS has_abstract, stage, applicants_raw, first_batch_id,
      last_batch_id FROM patents WHERE application_number = '特願2021-000102'`);
    expect(merged).toEqual({has_abstract: true, stage: "特許 有効", applicants_raw: "架空重工業株式会社", first_batch_id: 1, last_batch_id: 2});
    const applicants = await query(db, `SELECT name FROM patent_applicants WHERE application_number = '特願2021-000102'`);
    expect(applicants).toEqual([{name: "架空重工業株式会社"}]);
    const fiCount = await query(db, `SELECT count(*) AS n FROM patent_fi WHERE application_number = '特願2021-000102'`);
    expect(fiCount[0]!.n).toBe(3);
    const memberships = await query(db, `SELECT collection, count(*) AS n FROM collections GROUP BY 1 ORDER BY 1`);
    expect(memberships).toEqual([{collection: "電池", n: 4}, {collection: "電池その2", n: 3}]);
    const sources = await query(db, `SELECT batch_id, count(*) AS n FROM patent_sources GROUP BY 1 ORDER BY 1`);
    expect(sources).toEqual([{batch_id: 1, n: 4}, {batch_id: 2, n: 3}]);
  });

  it("keeps every rejected row with its line span, reason and raw text, and the counts balance", async () => {
    const db = tempWarehouse("defects");
    const run = await ingest(db, [fixture("jplatpat/defects-15col.csv")]);
    expect(run.files[0]).toMatchObject({status: "loaded", rowsRead: 10, rowsLoaded: 3, rowsMerged: 1, rowsRejected: 6, blankRows: 0});
    const rejects = await query(db, `SELECT line_start, line_end, error_type, reason, raw FROM rejects ORDER BY line_start`);
    expect(rejects.map((r) => [r.line_start, r.error_type])).toEqual([
      [3, "stray-quote"], [5, "constraint-error"], [6, "required-value"], [7, "field-count"], [8, "type-error"], [9, "constraint-error"]
    ]);
    expect(rejects[1]!.reason).toBe('出願日: impossible date: "2021/02/30"');
    expect(rejects[1]!.raw).toMatch(/^"特開2022-100013","特願2021-000113","2021\/02\/30"/);
    const [batch] = await query(db, `SELECT rows_read, rows_loaded, rows_merged, rows_rejected, status, file_name, collection FROM batches`);
    expect(batch).toEqual({rows_read: 10, rows_loaded: 3, rows_merged: 1, rows_rejected: 6, status: "loaded", file_name: "defects-15col.csv", collection: "defects-15col"});
  });

  it("reads Excel's CP932 re-save: encoding recorded, characters decoded the Windows way", async () => {
    const db = tempWarehouse("cp932");
    const run = await ingest(db, [fixture("jplatpat/excel-cp932.csv")]);
    expect(run.files[0]).toMatchObject({status: "loaded", encoding: "cp932", rowsLoaded: 3, rowsRejected: 0});
    const names = await query(db, `SELECT name FROM patent_applicants ORDER BY application_number, position`);
    expect(names.map((n) => n.name)).toEqual(["㈱架空精機", "架空電機株式会社", "ｶｸｳ化学株式会社", "髙橋　一郎"]);
    const [row] = await query(db, `SELECT title, filing_date FROM patents WHERE application_number = '特願2021-000131'`);
    expect(row).toEqual({title: "温度範囲２０～８０℃の電解質", filing_date: "2021-05-02"});
    const [batch] = await query(db, `SELECT encoding, encoding_evidence FROM batches`);
    expect(batch).toEqual({encoding: "cp932", encoding_evidence: "strict-cp932"});
  });

  it("loads two exports pasted together, and a file cut short, without losing a line", async () => {
    const db = tempWarehouse("pasted");
    const run = await ingest(db, [fixture("jplatpat/pasted-15-then-13.csv"), fixture("jplatpat/unclosed-quote-16col.csv")]);
    expect(run.files.map((f) => [f.status, f.headerCount, f.rowsRead, f.rowsLoaded, f.rowsMerged, f.rowsRejected])).toEqual([
      ["loaded", 2, 6, 4, 2, 0],
      ["loaded", 1, 6, 2, 0, 4]
    ]);
    expect(run.files[1]!.warnings.join()).toContain("cut short");
    const rejects = await query(db, `SELECT line_start FROM rejects WHERE batch_id = 2 ORDER BY 1`);
    expect(rejects.map((r) => r.line_start)).toEqual([5, 6, 8, 9]);
  });

  it("changes nothing when the same file comes again, and says so", async () => {
    const db = tempWarehouse("again");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")]);
    const before = await tableCounts(db);
    const run = await ingest(db, [fixture("jplatpat/valid-16col.csv")], "another-collection");
    expect(run.files[0]).toMatchObject({status: "skipped", batchId: 1, rowsRead: 0});
    expect(run.files[0]!.message).toMatch(/already ingested as batch 1/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("refuses unreadable files as a whole, records the refusal once, and goes on with the others", async () => {
    const db = tempWarehouse("refuse");
    const run = await ingest(db, [fixture("jplatpat/not-jplatpat.csv"), fixture("jplatpat/not-any-encoding.csv"), fixture("jplatpat/status-15col.csv")]);
    expect(run.files.map((f) => f.status)).toEqual(["refused", "refused", "loaded"]);
    expect(run.files[0]!.message).toContain("文献番号, 出願番号, 出願日, 発明の名称, 出願人/権利者, FI");
    expect(run.files[1]!.message).toMatch(/neither UTF-8 nor Shift_JIS/);
    await ingest(db, [fixture("jplatpat/not-jplatpat.csv")]);
    const batches = await query(db, `SELECT file_name, status, message IS NOT NULL AS has_message FROM batches ORDER BY batch_id`);
    expect(batches).toEqual([
      {file_name: "not-jplatpat.csv", status: "refused", has_message: true},
      {file_name: "not-any-encoding.csv", status: "refused", has_message: true},
      {file_name: "status-15col.csv", status: "loaded", has_message: false}
    ]);
  });

  it("keeps each application once per collection when a later file of the same collection repeats it", async () => {
    const db = tempWarehouse("same-collection");
    await ingest(db, [fixture("jplatpat/valid-16col.csv")], "電池");
    await ingest(db, [fixture("jplatpat/later-13col.csv")], "電池");
    const memberships = await query(db, `SELECT collection, count(*) AS n, count(DISTINCT application_number) AS distinct_n
      FROM collections GROUP BY 1`);
    expect(memberships).toEqual([{collection: "電池", n: 5, distinct_n: 5}]);
  });

  it("names collections after the folder, the file, or --collection", async () => {
    const db = tempWarehouse("collections");
    const run = await ingest(db, [fixture("jplatpat/status-15col.csv")]);
    expect(run.files[0]!.collection).toBe("status-15col");
    const folderRun = await ingest(db, [fixture("jplatpat")]);
    expect(new Set(folderRun.files.map((f) => f.collection))).toEqual(new Set(["jplatpat"]));
  });

  it("balances read = loaded + merged + rejected for every batch of a whole folder of fixtures", async () => {
    const db = tempWarehouse("balance");
    await ingest(db, [fixture("jplatpat")]);
    const unbalanced = await query(db, `SELECT file_name FROM batches WHERE status = 'loaded'
      AND (rows_read <> rows_loaded + rows_merged + rows_rejected
        OR rows_rejected <> (SELECT count(*) FROM rejects r WHERE r.batch_id = batches.batch_id))`);
    expect(unbalanced).toEqual([]);
    const [orphans] = await query(db, `SELECT
      (SELECT count(*) FROM patent_applicants WHERE application_number NOT IN (SELECT application_number FROM patents)) AS applicants,
      (SELECT count(*) FROM patent_fi WHERE application_number NOT IN (SELECT application_number FROM patents)) AS fi,
      (SELECT count(*) - count(DISTINCT application_key) FROM patents) AS duplicate_keys,
      (SELECT count(*) - count(DISTINCT application_number) FROM patents) AS duplicate_numbers,
      (SELECT count(*) FROM (SELECT collection, application_number FROM collections GROUP BY ALL HAVING count(*) > 1))
        AS duplicate_memberships,
      (SELECT count(*) - count(DISTINCT fi) FROM fi_codes) AS duplicate_codes`);
    expect(orphans).toEqual({applicants: 0, fi: 0, duplicate_keys: 0, duplicate_numbers: 0, duplicate_memberships: 0, duplicate_codes: 0});
  });
});
