// chizai collection: what a J-PlatPat export cannot say about itself, recorded per collection for the report's data
// basis slide: the 検索式 typed into J-PlatPat and the 検索日.
//
//   collection list [--json]
//   collection set NAME [--query TEXT] [--date YYYY-MM-DD] [--note TEXT]

import {openWarehouse} from "../../warehouse/connection.js";
import {queryRows} from "../../warehouse/query.js";
import {locateWarehouse, requireNamedWarehouse} from "../../warehouse/warehouse-location.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson, terminalText} from "../terminal-text.js";

const USAGE = `usage: npm run chizai -- collection list [--db PATH] [--json]
       npm run chizai -- collection set NAME [--db PATH] [--query TEXT] [--date YYYY-MM-DD] [--note TEXT]

Records how a collection was searched (the J-PlatPat export does not carry it): its 検索式 (--query) and 検索日
(--date). The report's data basis slide shows them. An option given as "" clears that value.`;

interface NoteRow {
  collection: string;
  applications: number;
  search_query: string | null;
  search_date: string | null;
  note: string | null;
}

const LIST_SQL = `
  SELECT c.collection, count(m.application_number)::INTEGER AS applications, n.search_query,
    strftime(n.search_date, '%Y-%m-%d') AS search_date, n.note
  FROM (SELECT DISTINCT collection FROM collections UNION SELECT collection FROM collection_notes) c
  LEFT JOIN collections m USING (collection)
  LEFT JOIN collection_notes n USING (collection)
  GROUP BY ALL ORDER BY c.collection`;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function parseSearchDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== match[0]) {
    throw new UsageError(`--date must be a date written YYYY-MM-DD, e.g. 2026-11-30 (got "${text}")`);
  }
  return match[0];
}

export const collectionCommand: Command = {
  name: "collection",
  summary: "record a collection's 検索式 and 検索日 for the report (collection set / list)",
  async run(argv) {
    // An option given as "" clears a value: the generic parser refuses empty values, so those are taken out first.
    const cleared = new Set<string>();
    const rest: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const name = /^--(query|date|note)$/.exec(argv[i]!)?.[1];
      if (name && argv[i + 1] === "") {
        cleared.add(name);
        i++;
      } else if (/^--(query|date|note)=$/.test(argv[i]!)) cleared.add(argv[i]!.slice(2, -1));
      else rest.push(argv[i]!);
    }
    const args = parseArgs(rest, {values: ["db", "query", "date", "note"], flags: ["json"]});
    const [action, name, ...extra] = args.positional;
    if (args.options.help || !action) {
      console.log(USAGE);
      return action || args.options.help ? 0 : 2;
    }
    const location = locateWarehouse(stringOption(args, "db"));
    requireNamedWarehouse(location);
    if (action === "list") {
      if (name !== undefined) throw new UsageError("collection list takes no name");
      const warehouse = await openWarehouse(location.path, {readOnly: true});
      try {
        const rows = await queryRows<NoteRow>(warehouse.connection, LIST_SQL);
        if (args.options.json) console.log(terminalJson(rows));
        else if (rows.length === 0) console.log("No collections yet: ingest a J-PlatPat export first.");
        else {
          for (const row of rows) {
            console.log(`${terminalText(row.collection)}: ${row.applications.toLocaleString("ja-JP")} applications`);
            console.log(`  検索式 ${row.search_query === null ? "(not recorded)" : terminalText(row.search_query)}`);
            console.log(`  検索日 ${row.search_date ?? "(not recorded)"}`);
            if (row.note) console.log(`  メモ   ${terminalText(row.note)}`);
          }
        }
        return 0;
      } finally {
        warehouse.close();
      }
    }
    if (action !== "set") throw new UsageError(`unknown action "${action}" (list or set)`);
    if (!name || extra.length) throw new UsageError("collection set takes one collection name");
    const query = stringOption(args, "query");
    const date = stringOption(args, "date");
    const note = stringOption(args, "note");
    if (query === null && date === null && note === null && cleared.size === 0) {
      throw new UsageError("collection set needs --query, --date or --note");
    }
    const searchDate = date === null ? null : parseSearchDate(date);
    const warehouse = await openWarehouse(location.path);
    try {
      const {connection} = warehouse;
      const known = await queryRows<{collection: string}>(
        connection,
        `SELECT DISTINCT collection FROM collections ORDER BY collection`
      );
      if (!known.some((k) => k.collection === name)) {
        throw new UsageError(
          `no collection "${name}" in ${location.path}; known: ${known.map((k) => k.collection).join(", ") || "(none)"}`
        );
      }
      await connection.run(
        `INSERT INTO collection_notes VALUES ($1, NULL, NULL, NULL, current_localtimestamp()) ON CONFLICT DO NOTHING`,
        [name]
      );
      const assign = (column: string, value: string | null, key: string) =>
        value !== null
          ? connection.run(`UPDATE collection_notes SET ${column} = $2 WHERE collection = $1`, [name, value])
          : cleared.has(key)
            ? connection.run(`UPDATE collection_notes SET ${column} = NULL WHERE collection = $1`, [name])
            : Promise.resolve();
      await assign("search_query", query, "query");
      await assign("search_date", searchDate, "date");
      await assign("note", note, "note");
      await connection.run(`UPDATE collection_notes SET updated_at = current_localtimestamp() WHERE collection = $1`, [name]);
      const [row] = await queryRows<NoteRow>(connection, `SELECT * FROM (${LIST_SQL}) WHERE collection = $1`, [name]);
      console.log(`${terminalText(name)}: 検索式 ${row?.search_query ?? "–"}, 検索日 ${row?.search_date ?? "–"}`);
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
