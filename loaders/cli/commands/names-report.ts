// What the names commands print: refusals, overrides and the effect of a dictionary change on the warehouse. Names,
// entities, groups and the findings that quote them come from data and are escaped for the terminal.

import type {DuckDBConnection} from "@duckdb/node-api";
import {WarehouseError} from "../../warehouse/connection.js";
import {queryValue} from "../../warehouse/query.js";
import type {ImportFinding} from "../../names/check-alias-import.js";
import {MAX_SHOWN_ERRORS} from "../../names/read-aliases-or-refuse.js";
import type {ResolutionChanges} from "../../names/resolution-changes.js";
import {terminalText} from "../terminal-text.js";

const number = new Intl.NumberFormat("ja-JP");

/**
 * The first MAX_SHOWN_ERRORS findings, one line each, and how many more there are (`total`: all of them, when
 * `findings` holds only the first ones).
 */
export function formatFindings(file: string, findings: readonly ImportFinding[], total = findings.length): string {
  const shown = findings.slice(0, MAX_SHOWN_ERRORS).map((f) => `  ${terminalText(file)}:${f.line}: ${terminalText(f.message)}`);
  const hidden = total - shown.length;
  if (hidden > 0) shown.push(`  … and ${hidden} more (the first ${MAX_SHOWN_ERRORS} are shown)`);
  return shown.join("\n");
}

export function formatChanges(changes: ResolutionChanges): string {
  if (changes.names === 0) return "No spelling in the warehouse changes entity or group.";
  const lines = [
    `${number.format(changes.names)} spelling${changes.names === 1 ? "" : "s"} ` +
      `(${number.format(changes.applicantRows)} applicant rows) now resolve to another entity or group:`
  ];
  for (const c of changes.examples) {
    const entity = changed(c.before.entity, c.after.entity);
    // A group that is only the entity itself says nothing more.
    const groupFollows = c.before.group === c.before.entity && c.after.group === c.after.entity;
    const group = changed(c.before.group, c.after.group);
    const name = terminalText(c.name);
    lines.push(`  ${name} (${number.format(c.applicantRows)}): entity ${entity}${groupFollows ? "" : `; group ${group}`}`);
  }
  if (changes.names > changes.examples.length) lines.push(`  … and ${changes.names - changes.examples.length} more`);
  return lines.join("\n");
}

/** `after`, or `before → after` when it changed; escaped for the terminal. */
function changed(before: string, after: string): string {
  return before === after ? terminalText(after) : `${terminalText(before)} → ${terminalText(after)}`;
}

/** A read-only warehouse written before names were registered has no names tables yet. */
export async function requireNamesTables(connection: DuckDBConnection, path: string): Promise<void> {
  const found = await queryValue<number>(
    connection,
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name = 'applicant_aliases'`
  );
  if (!found) {
    throw new WarehouseError(
      `the warehouse ${path} has no applicant-name tables yet: run npm run chizai -- names rekey (or any ingest) once`
    );
  }
}
