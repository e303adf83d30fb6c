// Loads the applications of one J-PlatPat file into the warehouse, inside the caller's transaction.
//
// New applications are appended straight to their tables (FI rows through the code catalogue, fi-codes.ts).
// Applications the warehouse already holds are staged in temporary tables and merged: a value present in the new file wins, a value the file lacks never erases an
// older one (an abstract from a 16-column export survives a later 13-column export); the applicant and FI lists
// are replaced only when the new file has them.

import {listValue, type DuckDBConnection} from "@duckdb/node-api";
import type {SourcedPatent} from "./read-export.js";
import type {PatentRecord} from "./patent-record.js";
import {registerApplicantNames} from "../names/register-names.js";
import {appendWith} from "../warehouse/append.js";
import {registerFiCodes} from "./fi-codes.js";
import {applicationCode, knownApplications, spellingsOf} from "./known-applications.js";

export interface PatentLoadResult {
  /** Applications new to the warehouse. */
  loaded: number;
  /** Applications the warehouse already held, merged with this file's values. */
  mergedExisting: number;
}

// Columns of `patents` that a later file may update, in table order after the key columns.
const MERGED_COLUMNS = [
  "document_number", "document_kind", "filing_date", "publication_date", "title", "abstract", "abstract_raw",
  "publication_number", "publication_kind", "examined_number", "registration_number", "registration_kind",
  "appeal_numbers", "appeal_numbers_raw", "other_numbers", "stage", "last_event", "url", "applicants_raw", "fi_raw"
] as const;

const STAGING_TABLES = `
CREATE TEMP TABLE IF NOT EXISTS stage_patents AS SELECT * FROM patents LIMIT 0;
CREATE TEMP TABLE IF NOT EXISTS stage_patent_applicants AS SELECT * FROM patent_applicants LIMIT 0;
CREATE TEMP TABLE IF NOT EXISTS stage_patent_fi (
  application_number VARCHAR, position INTEGER, fi VARCHAR, is_lead BOOLEAN
);
`;

const staged = new WeakSet<DuckDBConnection>();

/** Temporary tables live as long as the connection: create them once, not once per file. */
async function createStagingTables(connection: DuckDBConnection): Promise<void> {
  if (staged.has(connection)) return;
  await connection.run(STAGING_TABLES);
  staged.add(connection);
}

export async function loadPatents(
  connection: DuckDBConnection,
  batchId: number,
  collection: string,
  patents: readonly SourcedPatent[]
): Promise<PatentLoadResult> {
  const existing = await knownApplications.get(connection);
  const codeOf = (r: PatentRecord) => applicationCode(r.law, r.applicationYear, r.applicationSerial);
  const spellings = await spellingsOf(
    connection,
    patents.filter(({record}) => existing.has(codeOf(record))).map(({record}) => record.applicationKey)
  );
  const fresh: PatentRecord[] = [];
  const known: PatentRecord[] = [];
  for (const {record} of patents) {
    const number = spellings.get(record.applicationKey);
    if (number === undefined) fresh.push(record);
    // Keep the spelling the warehouse already uses for this application.
    else known.push({...record, applicationNumber: number});
  }
  await createStagingTables(connection);

  await appendPatents(connection, "patents", fresh, batchId);
  await appendApplicants(connection, "patent_applicants", fresh);
  if (known.length > 0) await mergeKnownPatents(connection, known, batchId);
  await loadFi(connection, fresh, known);
  await registerApplicantNames(connection, patents.flatMap(({record}) => record.applicants.map((a) => a.name)));
  for (const record of fresh) existing.add(codeOf(record));

  await appendWith(connection, "patent_sources", (row) => {
    for (const {record, lines} of patents) {
      const number = spellings.get(record.applicationKey) ?? record.applicationNumber;
      for (const [start, end] of lines) row.text(number).int(batchId).int(start).int(end).end();
    }
  });
  // A new application cannot be in any collection yet; a known one may already be in this one.
  await appendWith(connection, "collections", (row) => {
    for (const r of fresh) row.text(collection).text(r.applicationNumber).end();
  });
  if (known.length > 0) {
    await connection.run(
      `INSERT INTO collections
       SELECT $1, n FROM (SELECT DISTINCT unnest($2::VARCHAR[]) AS n)
       WHERE n NOT IN (SELECT application_number FROM collections WHERE collection = $1)`,
      [collection, listValue(known.map((r) => r.applicationNumber))]
    );
  }
  return {loaded: fresh.length, mergedExisting: known.length};
}

async function appendPatents(connection: DuckDBConnection, table: string, records: readonly PatentRecord[], batchId: number, catalog?: "temp") {
  await appendWith(
    connection,
    table,
    (row) => {
      for (const r of records) {
        row.text(r.applicationNumber).text(r.applicationKey).text(r.law).int(r.applicationYear).int(r.applicationSerial);
        row.text(r.documentNumber).text(r.documentKind).text(r.filingDate).text(r.publicationDate).text(r.title);
        row.text(r.abstract).text(r.abstractRaw).text(r.publicationNumber).text(r.publicationKind);
        row.text(r.examinedNumber).text(r.registrationNumber).text(r.registrationKind);
        row.textList(r.appealNumbersRaw === null ? null : r.appealNumbers).text(r.appealNumbersRaw).text(r.otherNumbers);
        row.text(r.stage).text(r.lastEvent).text(r.url).text(r.applicantsRaw).text(r.fiRaw).int(batchId).int(batchId).end();
      }
    },
    catalog
  );
}

async function appendApplicants(connection: DuckDBConnection, table: string, records: readonly PatentRecord[], catalog?: "temp") {
  await appendWith(
    connection,
    table,
    (row) => {
      for (const r of records) {
        for (const a of r.applicants) row.text(r.applicationNumber).int(a.position).text(a.name).text(a.nameKey).end();
      }
    },
    catalog
  );
}

/**
 * FI rows of new applications, and of known ones whose newer file has an FI cell (their old rows are removed
 * first): staged slim, then joined with the code catalogue for the parts.
 */
async function loadFi(connection: DuckDBConnection, fresh: readonly PatentRecord[], known: readonly PatentRecord[]) {
  const replaced = known.filter((r) => r.fi.length > 0);
  if (replaced.length > 0) {
    await connection.run(`DELETE FROM patent_fi WHERE application_number IN (SELECT unnest($1::VARCHAR[]))`, [
      listValue(replaced.map((r) => r.applicationNumber))
    ]);
  }
  const records = [...fresh, ...replaced];
  await registerFiCodes(connection, records.flatMap((r) => r.fi));
  await appendWith(
    connection,
    "stage_patent_fi",
    (row) => {
      for (const r of records) r.fi.forEach((fi, i) => row.text(r.applicationNumber).int(i + 1).text(fi).bool(i === 0).end());
    },
    "temp"
  );
  await connection.run(`
    INSERT INTO patent_fi
    SELECT s.application_number, s.position, s.fi, c.section, c.class, c.subclass, c.main_group, c.subgroup,
           c.subdivision, c.file_index, c.is_indexing, s.is_lead
    FROM temp.stage_patent_fi s JOIN fi_codes c USING (fi);
    DELETE FROM temp.stage_patent_fi;`);
}

async function mergeKnownPatents(connection: DuckDBConnection, records: PatentRecord[], batchId: number): Promise<void> {
  await connection.run(`DELETE FROM temp.stage_patents; DELETE FROM temp.stage_patent_applicants;`);
  await appendPatents(connection, "stage_patents", records, batchId, "temp");
  await appendApplicants(connection, "stage_patent_applicants", records, "temp");
  const assignments = MERGED_COLUMNS.map((c) => `${c} = COALESCE(s.${c}, p.${c})`).join(",\n      ");
  await connection.run(`
    UPDATE patents AS p SET
      ${assignments},
      last_batch_id = s.last_batch_id
    FROM temp.stage_patents AS s
    WHERE p.application_number = s.application_number`);
  await connection.run(`
    DELETE FROM patent_applicants
    WHERE application_number IN (SELECT DISTINCT application_number FROM temp.stage_patent_applicants);
    INSERT INTO patent_applicants SELECT * FROM temp.stage_patent_applicants;`);
}
