// Conformance on the three real J-PlatPat exports in ../shared/jplatpat-samples (13, 15 and 16 columns).
// The expected figures are not typed in: DuckDB's own CSV reader reads the same files independently and is the
// oracle for row counts, application numbers, dates, titles, applicant and FI counts and physical lines.
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {queryRows} from "../../loaders/warehouse/query.js";
import {ingest, query, tempWarehouse} from "../support/warehouse.js";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const FILES = ["stud-welding_13col.csv", "water-tap_15col.csv", "co2-separation-2020-2022_16col.csv"];

interface OracleFile {
  file: string;
  rows: number;
  physicalLines: number;
  applications: string[];
  applicantNames: number;
  firstFiling: string;
  lastFiling: string;
  titles: Record<string, string>;
  abstracts: number;
}

async function readWithDuckDb(file: string): Promise<OracleFile> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const source = `read_csv('${path.join(SAMPLES, file).replace(/'/g, "''")}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')`;
    const [summary] = await queryRows<{rows: number; names: number; first: string; last: string; abstracts: number}>(
      connection,
      `SELECT count(*) AS rows,
              sum(length("出願人/権利者") - length(replace("出願人/権利者", ',', '')) + 1) AS names,
              min(strptime("出願日", '%Y/%m/%d')::DATE)::VARCHAR AS first,
              max(strptime("出願日", '%Y/%m/%d')::DATE)::VARCHAR AS last,
              ${file.includes("16col") ? `count(*) FILTER (WHERE "要約" <> '')` : "0"} AS abstracts
       FROM ${source}`
    );
    const rows = await queryRows<{number: string; title: string}>(connection, `SELECT "出願番号" AS number, "発明の名称" AS title FROM ${source}`);
    const text = fs.readFileSync(path.join(SAMPLES, file), "utf8");
    return {
      file,
      rows: summary!.rows,
      physicalLines: text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length,
      applications: rows.map((r) => r.number).sort(),
      applicantNames: summary!.names,
      firstFiling: summary!.first,
      lastFiling: summary!.last,
      titles: Object.fromEntries(rows.map((r) => [r.number, r.title])),
      abstracts: summary!.abstracts
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("the real J-PlatPat exports", () => {
  const db = tempWarehouse("conformance");
  const oracle = new Map<string, OracleFile>();

  beforeAll(async () => {
    for (const file of FILES) oracle.set(file, await readWithDuckDb(file));
    const run = await ingest(db, FILES.map((f) => path.join(SAMPLES, f)));
    expect(run.totals.refused).toBe(0);
  });

  it.each(FILES)("%s: every row read and loaded, none rejected", async (file) => {
    const expected = oracle.get(file)!;
    const [batch] = await query(db, `SELECT column_count, encoding, encoding_evidence, rows_read, rows_loaded, rows_merged, rows_rejected
      FROM batches WHERE file_name = '${file}'`);
    expect(batch).toEqual({
      column_count: Number(/_(\d+)col/.exec(file)![1]), encoding: "utf-8", encoding_evidence: "bom",
      rows_read: expected.rows, rows_loaded: expected.rows, rows_merged: 0, rows_rejected: 0
    });
  });

  it.each(FILES)("%s: the same applications, titles and filing dates as DuckDB reads", async (file) => {
    const expected = oracle.get(file)!;
    const patents = await query<{application_number: string; title: string}>(db, `SELECT p.application_number, p.title
      FROM patents p JOIN patent_sources s USING (application_number) JOIN batches b USING (batch_id) WHERE b.file_name = '${file}'`);
    expect(patents.map((p) => p.application_number).sort()).toEqual(expected.applications);
    expect(Object.fromEntries(patents.map((p) => [p.application_number, p.title]))).toEqual(expected.titles);
    const [span] = await query(db, `SELECT min(filing_date) AS first, max(filing_date) AS last FROM patents p
      JOIN patent_sources s USING (application_number) JOIN batches b USING (batch_id) WHERE b.file_name = '${file}'`);
    expect(span).toEqual({first: expected.firstFiling, last: expected.lastFiling});
  });

  it.each(FILES)("%s: every applicant name and every physical line accounted for", async (file) => {
    const expected = oracle.get(file)!;
    const [counts] = await query(db, `SELECT count(*) AS names, (SELECT max(line_end) FROM patent_sources s JOIN batches b
        USING (batch_id) WHERE b.file_name = '${file}') AS last_line
      FROM patent_applicants a JOIN patent_sources s USING (application_number) JOIN batches b USING (batch_id)
      WHERE b.file_name = '${file}'`);
    expect(counts).toEqual({names: expected.applicantNames, last_line: expected.physicalLines});
  });

  it("splits every FI cell into codes of the documented shape, and keeps every abstract of the 16-column file", async () => {
    const [fi] = await query(db, `SELECT count(*) AS codes, count(*) FILTER (WHERE main_group IS NULL) AS unparsed,
      count(*) FILTER (WHERE is_indexing) AS indexing, count(DISTINCT application_number) FILTER (WHERE is_lead) AS leads
      FROM patent_fi`);
    const [patents] = await query(db, `SELECT count(*) AS n, count(abstract) AS abstracts,
      count(*) FILTER (WHERE abstract LIKE '%<BR>%') AS br_left, count(*) FILTER (WHERE abstract_raw LIKE '%<BR>%') AS br_raw
      FROM patents`);
    expect(fi!.unparsed).toBe(0);
    expect(fi!.leads).toBe(patents!.n);
    expect(fi!.codes).toBeGreaterThan(patents!.n as number);
    const abstracts = oracle.get("co2-separation-2020-2022_16col.csv")!.abstracts;
    expect(patents).toMatchObject({abstracts, br_left: 0});
    expect(patents!.br_raw).toBeGreaterThan(0);
  });

  it("derives the 和暦 application numbers of 1999 and keeps the raw spelling", async () => {
    const rows = await query<{application_number: string; application_key: string; application_year: number}>(db,
      `SELECT application_number, application_key, application_year FROM patents WHERE application_number LIKE '特願平%'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.application_year).toBe(1999);
      expect(row.application_key).toMatch(/^特願1999-\d{6}$/);
    }
  });
});
