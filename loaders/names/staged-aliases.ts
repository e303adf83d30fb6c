// A dictionary file staged for names import in a scratch DuckDB database, so that the import's memory does not
// grow with the file: rows go to the appender as the pieces are read (no JS copy of the entries), and the checks
// across rows (parseAliasesText's: one name with two entities, one entity in two groups, chains) run as SQL that
// DuckDB may spill to disk. The findings and their wording are AliasesReader.finish's (test/integration/
// staged-aliases.test.ts compares the two on the fixture files).
//
// The scratch database lives in a folder of its own in the OS temp folder, not in the warehouse: a refused file
// leaves the warehouse untouched (not even created), as before. The warehouse then ATTACHes it to check the file
// against the other dictionaries and to copy the entries in (import-conflicts.ts, alias-store.ts).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {RowWriter} from "../warehouse/append.js";
import {withGrowingMemoryLimit} from "../warehouse/memory-limit.js";
import {queryRows, queryValue} from "../warehouse/query.js";
import {AliasesReader, chainMessage, twoEntitiesMessage, twoGroupsMessage, type AliasFileError} from "./aliases-file.js";
import {entityKey} from "./entity-key.js";
import {AliasesFileRefusal, readAliasPieces} from "./read-aliases-or-refuse.js";

/**
 * DuckDB's share of the import: beyond it, sorts, joins and aggregates spill into a temp folder. The steps whose
 * need grows with the dictionary (the checks across rows and against the warehouse; applicant_resolution, compared
 * before and after, works over the whole dictionary) run under each limit in turn until one is enough
 * (warehouse/memory-limit.ts): a generated 1,050,000-row (100 MB) dictionary needed 256 MB for the comparison.
 */
export const MEMORY_LIMITS = ["128MB", "256MB", "512MB", "1GB", "4GB"] as const;
/** DuckDB's allocator hands memory back to the system after a task that used more than this. */
export const ALLOCATOR_FLUSH_THRESHOLD = "8MB";

const FLUSH_EVERY_ROWS = 10_000;

/** The table of the scratch database that holds the entries to import, one per name, in file order. */
export const STAGED_ENTRIES_TABLE = "import_entries";

export interface StagedAliases {
  /** The scratch database file (table import_entries: line, name, entity, grp, name_entity_key, entity_key, corporate_number). */
  databasePath: string;
  entries: number;
  /** Removes the scratch folder. */
  dispose(): void;
}

/**
 * Reads and checks the aliases file at `filePath` (shown as `label`) into a scratch database; throws
 * AliasesFileRefusal, as readAliasesOrRefuse does, when the file has any error.
 */
export async function stageAliasesFile(filePath: string, label: string): Promise<StagedAliases> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "chizai-names-import-"));
  const dispose = () => fs.rmSync(folder, {recursive: true, force: true});
  const databasePath = path.join(folder, "staged.duckdb");
  try {
    const instance = await DuckDBInstance.create(databasePath, {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      memory_limit: MEMORY_LIMITS[0],
      temp_directory: path.join(folder, "spill"),
      preserve_insertion_order: "false",
      allocator_flush_threshold: ALLOCATOR_FLUSH_THRESHOLD
    });
    const connection = await instance.connect();
    try {
      const entries = await stageAndCheck(connection, filePath, label);
      await connection.run("CHECKPOINT");
      return {databasePath, entries, dispose};
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } catch (error) {
    dispose();
    throw error;
  }
}

async function stageAndCheck(connection: DuckDBConnection, filePath: string, label: string): Promise<number> {
  // `attempt`: the reader starts again from the top when the file proves to be CP932 (read-pieces.ts); only the
  // last attempt's rows count.
  await connection.run(
    `CREATE TABLE alias_rows (attempt INTEGER, line INTEGER, name VARCHAR, entity VARCHAR, grp VARCHAR,
                              name_entity_key VARCHAR, entity_key VARCHAR, corporate_number VARCHAR)`
  );
  const appender = await connection.createAppender("alias_rows");
  let attempt = 0;
  let appended = 0;
  let rowErrors: AliasFileError[];
  try {
    const row = new RowWriter(appender);
    rowErrors = readAliasPieces(filePath, label, () => {
      const current = ++attempt;
      return new AliasesReader((entry) => {
        row
          .int(current).int(entry.line).text(entry.name).text(entry.entity).text(entry.group)
          .text(entityKey(entry.name)).text(entityKey(entry.entity)).text(entry.corporateNumber ?? null)
          .end();
        // The appender buffers rows until it is flushed (about 200,000 of them by default): flushed often, its
        // memory stays small whatever the size of the file.
        if (++appended % FLUSH_EVERY_ROWS === 0) appender.flushSync();
      });
    }).errors;
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await connection.run(`DELETE FROM alias_rows WHERE attempt <> ${attempt}`);

  const acrossRows = await withGrowingMemoryLimit(connection, MEMORY_LIMITS, () => findingsAcrossRows(connection));
  const errors = [...rowErrors, ...acrossRows];
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line); // stable: for one line, in the order AliasesReader finds them
    throw new AliasesFileRefusal(label, errors);
  }
  await connection.run(
    `CREATE TABLE ${STAGED_ENTRIES_TABLE} AS
     SELECT line, name, entity, grp, name_entity_key, entity_key, corporate_number FROM kept ORDER BY line`
  );
  return (await queryValue<number>(connection, `SELECT count(*) FROM ${STAGED_ENTRIES_TABLE}`)) ?? 0;
}

interface RowPair {
  line: number;
  name: string;
  entity: string;
  grp: string;
  other_line: number;
  other_name: string;
  other_entity: string;
  other_grp: string;
}

/** AliasesReader.finish's checks across rows, over alias_rows; leaves the rows to apply in table `kept`. */
async function findingsAcrossRows(connection: DuckDBConnection): Promise<AliasFileError[]> {
  // A repeated identical row is harmless and only the first one is kept; a name with two entities loses all its
  // rows, since neither can be trusted.
  await connection.run(
    `CREATE OR REPLACE TABLE first_rows AS
     SELECT * EXCLUDE (attempt) FROM alias_rows QUALIFY row_number() OVER (PARTITION BY name ORDER BY line) = 1`
  );
  const pairColumns = `r.line, r.name, r.entity, r.grp, f.line AS other_line, f.name AS other_name,
                       f.entity AS other_entity, f.grp AS other_grp`;
  const twoEntities = await queryRows<RowPair>(
    connection,
    `SELECT ${pairColumns} FROM alias_rows AS r JOIN first_rows AS f USING (name)
     WHERE r.line > f.line AND r.entity <> f.entity ORDER BY r.line`
  );
  await connection.run(
    `CREATE OR REPLACE TABLE kept AS
     SELECT * FROM first_rows
     WHERE name NOT IN (SELECT r.name FROM alias_rows AS r JOIN first_rows AS f USING (name) WHERE r.entity <> f.entity)`
  );
  const twoGroups = await queryRows<RowPair>(
    connection,
    `WITH grouped AS (SELECT * FROM kept WHERE grp <> ''),
          first_group AS (SELECT * FROM grouped QUALIFY row_number() OVER (PARTITION BY entity ORDER BY line) = 1)
     SELECT ${pairColumns} FROM grouped AS r JOIN first_group AS f USING (entity)
     WHERE r.grp <> f.grp ORDER BY r.line`
  );
  // A chain: the row's entity is itself the name of a kept row that maps it elsewhere. AliasesReader leaves out
  // each chained row as it finds it, in file order, so a row whose next step was left out earlier is not reported
  // again: that part follows the file order here too.
  const chainCandidates = await queryRows<RowPair>(
    connection,
    `SELECT ${pairColumns} FROM kept AS r JOIN kept AS f ON f.name = r.entity
     WHERE f.entity <> r.entity ORDER BY r.line`
  );
  const chained = new Set<number>();
  const chains: AliasFileError[] = [];
  for (const pair of chainCandidates) {
    if (chained.has(pair.other_line)) continue;
    chained.add(pair.line);
    chains.push({line: pair.line, otherLine: pair.other_line, message: chainMessage(asRow(pair), asOther(pair))});
  }
  return [
    ...twoEntities.map((p) => ({line: p.line, otherLine: p.other_line, message: twoEntitiesMessage(asRow(p), asOther(p))})),
    ...twoGroups.map((p) => ({line: p.line, otherLine: p.other_line, message: twoGroupsMessage(asRow(p), asOther(p))})),
    ...chains
  ];
}

function asRow(pair: RowPair) {
  return {line: pair.line, name: pair.name, entity: pair.entity, group: pair.grp};
}

function asOther(pair: RowPair) {
  return {line: pair.other_line, name: pair.other_name, entity: pair.other_entity, group: pair.other_grp};
}

/** A text literal for SQL that takes no parameters (ATTACH). */
export function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
