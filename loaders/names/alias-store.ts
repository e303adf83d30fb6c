// The applicant-aliases dictionary in the warehouse (table applicant_aliases): each file's entries are kept under
// its source (alias-source.ts), so that loading a file again replaces exactly what it brought and removing it takes
// exactly that out.
// Writes run inside the caller's transaction.

import type {DuckDBConnection} from "@duckdb/node-api";
import {appendRows, type AppendValue} from "../warehouse/append.js";
import {queryRows} from "../warehouse/query.js";
import type {ImportedSource} from "./alias-source.js";
import type {AliasEntry} from "./aliases-file.js";
import {ENTITY_KEY_RULES_VERSION} from "./entity-key-version.js";
import {entityKey} from "./entity-key.js";

export type AliasSourceKind = "shipped" | "imported";

export interface StoredAliasEntry extends AliasEntry {
  source: string;
  sourceKind: AliasSourceKind;
  /** entityKey(name): the entry also covers the other spellings with this key. */
  nameEntityKey: string;
  /** entityKey(entity): the entity the name joins. */
  entityKey: string;
}

/** The entries of a file as they will be stored, keys computed. */
export function toStoredEntries(
  entries: readonly AliasEntry[],
  source: string,
  sourceKind: AliasSourceKind
): StoredAliasEntry[] {
  // Spelled out rather than spread: V8 gives these objects a compact fixed shape, which matters for a dictionary
  // of a few hundred thousand entries (a spread made each one several times larger).
  return entries.map((entry) => ({
    name: entry.name,
    entity: entry.entity,
    group: entry.group,
    line: entry.line,
    source,
    sourceKind,
    nameEntityKey: entityKey(entry.name),
    entityKey: entityKey(entry.entity),
    ...(entry.corporateNumber === undefined ? {} : {corporateNumber: entry.corporateNumber})
  }));
}

/**
 * Replaces the entries of `source` with `entries` (from toStoredEntries for that source); returns how many entries
 * it had before. Rows go to the appender one at a time, never as a second copy of the whole dictionary.
 */
export async function replaceAliasSource(
  connection: DuckDBConnection,
  source: string,
  sourceKind: AliasSourceKind,
  entries: readonly StoredAliasEntry[]
): Promise<number> {
  const removed = await removeAliasSource(connection, source, sourceKind);
  const loadedAt = localTimestamp();
  await appendRows(connection, "applicant_aliases", (function* () {
    for (const entry of entries) yield aliasRow(entry, loadedAt);
  })());
  return removed;
}

/**
 * Replaces the entries of the imported `source` with the rows of `entriesTable` (staged-aliases.ts's
 * import_entries, attached), inside DuckDB: the entries never pass through JS. Returns how many it had before.
 */
export async function replaceImportedSourceFrom(
  connection: DuckDBConnection,
  source: string,
  entriesTable: string
): Promise<number> {
  const removed = await removeAliasSource(connection, source, "imported");
  await connection.run(
    `INSERT INTO applicant_aliases (name, entity, group_name, name_entity_key, entity_key, source, source_kind,
                                    source_path_known, line, rules_version, loaded_at, corporate_number)
     SELECT name, entity, nullif(grp, ''), name_entity_key, entity_key, $1, 'imported', true, line, $2, $3::TIMESTAMP,
            corporate_number
     FROM ${entriesTable} ORDER BY line`,
    [source, ENTITY_KEY_RULES_VERSION, localTimestamp()]
  );
  return removed;
}

/** Deletes the entries of `source`; returns how many there were. */
export async function removeAliasSource(
  connection: DuckDBConnection,
  source: string,
  sourceKind: AliasSourceKind
): Promise<number> {
  const result = await connection.run(`DELETE FROM applicant_aliases WHERE source = $1 AND source_kind = $2`, [
    source,
    sourceKind
  ]);
  return result.rowsChanged;
}

/** Every stored entry, in precedence order: imported before shipped, then by source and line. */
export async function readStoredAliases(connection: DuckDBConnection): Promise<StoredAliasEntry[]> {
  const rows = await queryRows<{
    name: string; entity: string; group_name: string | null; name_entity_key: string; entity_key: string;
    source: string; source_kind: AliasSourceKind; line: number; corporate_number: string | null;
  }>(
    connection,
    `SELECT name, entity, group_name, name_entity_key, entity_key, source, source_kind, line, corporate_number
     FROM applicant_aliases
     ORDER BY source_kind = 'shipped', source, line`
  );
  return rows.map((r) => ({
    name: r.name,
    entity: r.entity,
    group: r.group_name ?? "",
    line: r.line,
    source: r.source,
    sourceKind: r.source_kind,
    nameEntityKey: r.name_entity_key,
    entityKey: r.entity_key,
    ...(r.corporate_number === null ? {} : {corporateNumber: r.corporate_number})
  }));
}

/** The imported sources and their entry counts. */
export async function importedSources(connection: DuckDBConnection): Promise<ImportedSource[]> {
  return queryRows<ImportedSource>(
    connection,
    `SELECT source, count(*)::INTEGER AS entries, bool_and(source_path_known) AS "pathKnown"
     FROM applicant_aliases WHERE source_kind = 'imported' GROUP BY 1 ORDER BY 1`
  );
}

/**
 * A row of applicant_aliases, in column order (corporate_number last: schema 3 added it). Every file loaded now has
 * its path known (source_path_known).
 */
export function aliasRow(entry: StoredAliasEntry, loadedAt: string): AppendValue[] {
  return [
    entry.name, entry.entity, entry.group === "" ? null : entry.group, entry.nameEntityKey, entry.entityKey,
    entry.source, entry.sourceKind, true, entry.line, ENTITY_KEY_RULES_VERSION, loadedAt, entry.corporateNumber ?? null
  ];
}

/** Now as a local wall-clock TIMESTAMP literal, as batches.ingested_at stores it. */
function localTimestamp(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19).replace("T", " ");
}
