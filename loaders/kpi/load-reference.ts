// Copies data/reference/*.csv into the warehouse as tables analysts join with kpi_facts (prefectures, bureaus,
// programs, program_metrics, action_plan_measures, program_measures). Every ingest run replaces them when the CSVs
// changed, in one transaction of their own, so that editing a CSV (a program renamed, an alias added) never
// requires re-ingesting anything: the facts hold only stable ids and codes.
//
// The tables are read with the same readers the KPI loader checks rows against, so the warehouse and the loader
// never disagree about what a code or id means. A malformed CSV throws ReferenceDataError with the file and line,
// and the previous tables stay as they were.

import {createHash} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {appendRows, type AppendValue} from "../warehouse/append.js";
import {queryValue} from "../warehouse/query.js";
import {readPrefectures} from "./prefecture.js";
import {readProgramMetrics, readPrograms} from "./program-catalogue.js";
import {readReferenceTable, REFERENCE_DIR, ReferenceDataError, splitListCell} from "./reference-table.js";

const BUREAU_COLUMNS = ["bureau", "name", "seat", "sort_order", "jurisdiction_note", "source"] as const;
const MEASURE_COLUMNS = [
  "measure_id", "parent_measure_id", "pillar", "section", "subsection", "measure", "agencies", "timing", "is_new",
  "counterpart_2021", "source_page", "sort_order"
] as const;
const PROGRAM_MEASURE_COLUMNS = ["program_id", "measure_id"] as const;

export const REFERENCE_TABLES = [
  "prefectures", "bureaus", "programs", "program_metrics", "action_plan_measures", "program_measures"
] as const;

type ReferenceTableName = (typeof REFERENCE_TABLES)[number];

/**
 * Replaces every reference table with the CSVs in data/reference/ (or `dir`), unless the warehouse already holds
 * exactly these files: their fingerprint is kept in schema_info, so an unchanged folder costs one small read.
 */
export async function refreshReferenceTables(connection: DuckDBConnection, dir?: string): Promise<void> {
  const fingerprint = referenceFingerprint(dir ?? REFERENCE_DIR);
  const stored = await queryValue(connection, `SELECT value FROM schema_info WHERE key = 'reference_fingerprint'`);
  if (stored === fingerprint) return;
  // Read everything before touching the warehouse: a broken CSV changes nothing.
  const rows = readReferenceRows(dir);
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const table of REFERENCE_TABLES) {
      await connection.run(`DELETE FROM ${table}`);
      await appendRows(connection, table, rows[table]);
    }
    await connection.run(
      `INSERT INTO schema_info VALUES ('reference_fingerprint', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [fingerprint]
    );
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

/** sha256 over the names and bytes of the folder's CSV files, in name order. */
function referenceFingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) {
    hash.update(`${name}\u0000`).update(fs.readFileSync(path.join(dir, name)));
  }
  return hash.digest("hex");
}

/** Rows in each table's column order (kpi-schema.ts). */
function readReferenceRows(dir?: string): Record<ReferenceTableName, AppendValue[][]> {
  return {
    prefectures: readPrefectures(dir).map((p) => [
      p.code, p.name, p.shortName, p.nameRomaji, p.bureau,
      wholeNumber(p.tileCol, `prefectures.csv: ${p.code} tile_col`),
      wholeNumber(p.tileRow, `prefectures.csv: ${p.code} tile_row`)
    ]),
    bureaus: readReferenceTable("bureaus.csv", BUREAU_COLUMNS, dir).map((r) => [
      r.bureau!, r.name!, r.seat!, wholeNumber(r.sort_order!, `bureaus.csv: ${r.bureau} sort_order`),
      r.jurisdiction_note!, r.source!
    ]),
    programs: readPrograms(dir).map((p) => [
      p.id, p.name, p.agency, p.description, p.aliases, wholeNumber(p.sortOrder, `programs.csv: ${p.id} sort_order`)
    ]),
    program_metrics: readProgramMetrics(dir).map((m) => [
      m.id, m.programId, m.name, m.unit, m.valueKind, m.aliases, m.description,
      wholeNumber(m.sortOrder, `program-metrics.csv: ${m.id} sort_order`)
    ]),
    action_plan_measures: readReferenceTable("action-plan-measures.csv", MEASURE_COLUMNS, dir).map((r) => {
      const where = `action-plan-measures.csv: ${r.measure_id}`;
      return [
        r.measure_id!, orNull(r.parent_measure_id!), r.pillar!, r.section!, orNull(r.subsection!), r.measure!,
        splitListCell(r.agencies!), orNull(r.timing!), trueOrFalse(r.is_new!, `${where} is_new`),
        orNull(r.counterpart_2021!), r.source_page!, wholeNumber(r.sort_order!, `${where} sort_order`)
      ];
    }),
    program_measures: readReferenceTable("program-measures.csv", PROGRAM_MEASURE_COLUMNS, dir).map((r) => [
      r.program_id!, r.measure_id!
    ])
  };
}

// Empty optional cells are NULL in the warehouse, so that `parent_measure_id IS NULL` reads as it means.
function orNull(cell: string): string | null {
  return cell === "" ? null : cell;
}

/** `where` names the file, entry and column for the message. */
function wholeNumber(value: string | number, where: string): number {
  const number = typeof value === "number" ? value : /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number)) throw new ReferenceDataError(`${where} is "${value}", not a whole number`);
  return number;
}

function trueOrFalse(cell: string, where: string): boolean {
  if (cell !== "true" && cell !== "false") throw new ReferenceDataError(`${where} is "${cell}", not true or false`);
  return cell === "true";
}
