// Brings the warehouse's names up to date with the files on disk, in one transaction of its own: the shipped
// dictionary (data/reference/applicant-aliases.csv) replaces its earlier entries, and keys computed by older rules
// (or missing) are recomputed. Every ingest run starts with it, and so do the `chizai names` commands that write,
// so that editing the shipped dictionary or the key rules never requires re-ingesting the exports.
//
// The shipped file is read before the transaction starts: a file with errors is refused as a whole and the
// previous entries stay in force.

import type {DuckDBConnection} from "@duckdb/node-api";
import {projectPath} from "../project-root.js";
import {replaceAliasSource, toStoredEntries} from "./alias-store.js";
import {readAliasesOrRefuse} from "./read-aliases-or-refuse.js";
import {registeredNames} from "./register-names.js";
import {rekeyApplicantNames, type RekeyResult} from "./rekey-names.js";

/** How the shipped dictionary is named in applicant_aliases.source and in messages. */
export const SHIPPED_ALIASES_SOURCE = "data/reference/applicant-aliases.csv";
export const SHIPPED_ALIASES_PATH = projectPath(SHIPPED_ALIASES_SOURCE);

export interface NamesRefresh extends RekeyResult {
  shippedEntries: number;
}

export interface RefreshOptions {
  /** Recompute every key, not only the stale ones (`chizai names rekey`). */
  rekeyAll?: boolean;
  /** Another file in place of the shipped dictionary (tests). */
  shippedPath?: string;
}

export async function refreshApplicantNames(
  connection: DuckDBConnection,
  options: RefreshOptions = {}
): Promise<NamesRefresh> {
  const shippedPath = options.shippedPath ?? SHIPPED_ALIASES_PATH;
  const shipped = readAliasesOrRefuse(shippedPath, options.shippedPath ?? SHIPPED_ALIASES_SOURCE);
  await connection.run("BEGIN TRANSACTION");
  try {
    const entries = toStoredEntries(shipped, SHIPPED_ALIASES_SOURCE, "shipped");
    await replaceAliasSource(connection, SHIPPED_ALIASES_SOURCE, "shipped", entries);
    const rekey = await rekeyApplicantNames(connection, {all: options.rekeyAll ?? false});
    await connection.run("COMMIT");
    return {...rekey, shippedEntries: shipped.length};
  } catch (error) {
    await connection.run("ROLLBACK");
    registeredNames.forget(connection);
    throw error;
  }
}
