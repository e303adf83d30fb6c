// Loads the applications of one J-PlatPat file into the warehouse, inside the caller's transaction.
//
// New applications are appended straight to their tables. Applications the warehouse already holds are staged
// in temporary tables and merged: a value present in the new file wins, a value the file lacks never erases an
// older one (an abstract from a 16-column export survives a later 13-column export); the applicant and FI lists
// are replaced only when the new file has them.

import {listValue, type DuckDBConnection} from "@duckdb/node-api";
import type {SourcedPatent} from "../jplatpat/read-export.js";
import type {PatentRecord} from "../jplatpat/patent-record.js";
import {registerApplicantNames} from "../names/register-names.js";
import {appendRows, type AppendValue} from "./append.js";
import {knownApplications} from "./known-applications.js";

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
CREATE TEMP TABLE IF NOT EXISTS stage_patent_fi AS SELECT * FROM patent_fi LIMIT 0;
`;

export async function loadPatents(
  connection: DuckDBConnection,
  batchId: number,
  collection: string,
  patents: readonly SourcedPatent[]
): Promise<PatentLoadResult> {
  const existing = await knownApplications(connection);
  const fresh: PatentRecord[] = [];
  const known: PatentRecord[] = [];
  for (const {record} of patents) {
    const number = existing.get(record.applicationKey);
    if (number === undefined) fresh.push(record);
    // Keep the spelling the warehouse already uses for this application.
    else known.push({...record, applicationNumber: number});
  }

  await appendPatentRows(connection, fresh, batchId);
  if (known.length > 0) await mergeKnownPatents(connection, known, batchId);
  await registerApplicantNames(connection, patents.flatMap(({record}) => record.applicants.map((a) => a.name)));
  for (const record of fresh) existing.set(record.applicationKey, record.applicationNumber);

  await appendRows(
    connection,
    "patent_sources",
    patents.flatMap(({record, lines}) => {
      const number = existing.get(record.applicationKey)!;
      return lines.map(([start, end]): AppendValue[] => [number, batchId, start, end]);
    })
  );
  // A new application cannot be in any collection yet; a known one may already be in this one.
  await appendRows(connection, "collections", fresh.map((r) => [collection, r.applicationNumber]));
  if (known.length > 0) {
    await connection.run(`INSERT INTO collections SELECT $1, unnest($2::VARCHAR[]) ON CONFLICT DO NOTHING`, [
      collection,
      listValue(known.map((r) => r.applicationNumber))
    ]);
  }
  return {loaded: fresh.length, mergedExisting: known.length};
}

async function appendPatentRows(
  connection: DuckDBConnection,
  records: readonly PatentRecord[],
  batchId: number,
  catalog?: "temp"
): Promise<void> {
  const suffix = catalog ? "stage_" : "";
  await appendRows(connection, `${suffix}patents`, records.map((r) => patentRow(r, batchId)), catalog);
  await appendRows(
    connection,
    `${suffix}patent_applicants`,
    records.flatMap((r) => r.applicants.map((a): AppendValue[] => [r.applicationNumber, a.position, a.name, a.nameKey])),
    catalog
  );
  await appendRows(
    connection,
    `${suffix}patent_fi`,
    records.flatMap((r) =>
      r.fi.map((f): AppendValue[] => [
        r.applicationNumber, f.position, f.fi, f.section, f.class, f.subclass, f.mainGroup, f.subgroup,
        f.subdivision, f.fileIndex, f.isIndexing, f.isLead
      ])
    ),
    catalog
  );
}

function patentRow(r: PatentRecord, batchId: number): AppendValue[] {
  return [
    r.applicationNumber, r.applicationKey, r.law, r.applicationYear, r.applicationSerial,
    r.documentNumber, r.documentKind, r.filingDate, r.publicationDate, r.title, r.abstract, r.abstractRaw,
    r.publicationNumber, r.publicationKind, r.examinedNumber, r.registrationNumber, r.registrationKind,
    r.appealNumbersRaw === null ? null : r.appealNumbers, r.appealNumbersRaw, r.otherNumbers, r.stage, r.lastEvent,
    r.url, r.applicantsRaw, r.fiRaw, batchId, batchId
  ];
}

async function mergeKnownPatents(connection: DuckDBConnection, records: PatentRecord[], batchId: number): Promise<void> {
  await connection.run(STAGING_TABLES);
  await connection.run(`DELETE FROM temp.stage_patents; DELETE FROM temp.stage_patent_applicants; DELETE FROM temp.stage_patent_fi;`);
  await appendPatentRows(connection, records, batchId, "temp");
  const assignments = MERGED_COLUMNS.map((c) => `${c} = COALESCE(s.${c}, p.${c})`).join(",\n      ");
  await connection.run(`
    UPDATE patents AS p SET
      ${assignments},
      last_batch_id = s.last_batch_id
    FROM temp.stage_patents AS s
    WHERE p.application_number = s.application_number`);
  for (const table of ["patent_applicants", "patent_fi"]) {
    await connection.run(`
      DELETE FROM ${table} WHERE application_number IN (SELECT DISTINCT application_number FROM temp.stage_${table});
      INSERT INTO ${table} SELECT * FROM temp.stage_${table};`);
  }
}
