// Appends the records of one support-record file to support_records, inside the file's transaction (a ROLLBACK
// undoes it). record_id continues from the largest one stored: the file's transaction holds the warehouse's only
// writer, so no other file can take the same ids meanwhile.

import type {DuckDBConnection} from "@duckdb/node-api";
import {appendWith} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";
import type {SourcedSupportRecord} from "./read-support-file.js";

export async function loadSupportRecords(
  connection: DuckDBConnection,
  batchId: number,
  isSample: boolean,
  records: readonly SourcedSupportRecord[]
): Promise<number> {
  if (records.length === 0) return 0;
  const [last] = await queryRows<{id: number}>(connection, `SELECT coalesce(max(record_id), 0)::INTEGER AS id FROM support_records`);
  let id = last!.id;
  await appendWith(connection, "support_records", (row) => {
    for (const r of records) {
      row.int(++id).int(batchId).int(r.lineStart).int(r.lineEnd).int(r.fiscalYear).text(r.supportDate);
      row.text(r.prefectureCode).text(r.bureau).text(r.programId).text(r.companyRaw).text(r.companyKey);
      row.text(r.corporateNumber).text(r.content).text(r.note).bool(isSample).text(r.legalForm);
      row.end();
    }
  });
  return records.length;
}
