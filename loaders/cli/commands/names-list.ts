// chizai names list: the dictionary in force (one entry per name: imported entries over shipped ones), then every
// dictionary file with its path, so that two files of the same name in different folders can be told apart.

import {openWarehouse} from "../../warehouse/connection.js";
import {aliasSourceOf, describeSource, findImportedSource} from "../../names/alias-source.js";
import {importedSources} from "../../names/alias-store.js";
import {SHIPPED_ALIASES_SOURCE} from "../../names/refresh-names.js";
import {queryRows} from "../../warehouse/query.js";
import {parseArgs, stringOption} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson, terminalText} from "../terminal-text.js";
import {requireNamesTables} from "./names-report.js";

const USAGE = `usage: npm run chizai -- names list [--db PATH] [--source FILE] [--json]

Prints the dictionary in force: source:line, name, entity and group of every entry that applies, then each
dictionary file with its path. --source keeps the entries of one file: its path (as shown, or relative), its file
name alone when only one imported file has that name, or data/reference/applicant-aliases.csv.`;

interface ListedEntry {
  source: string;
  line: number;
  name: string;
  entity: string;
  group: string | null;
}

export const namesListCommand: Command = {
  name: "list",
  summary: "print the dictionary in force: source, name, entity, group",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "source"], flags: ["json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    const path = context.resolveWarehouse(stringOption(args, "db"));
    const warehouse = await openWarehouse(path, {readOnly: true});
    try {
      await requireNamesTables(warehouse.connection, path);
      const given = stringOption(args, "source");
      const sources = await importedSources(warehouse.connection);
      let source = given;
      if (given !== null && given !== SHIPPED_ALIASES_SOURCE) {
        const match = findImportedSource(sources, given, aliasSourceOf(given));
        if (match.kind === "ambiguous") {
          console.error(
            `error: ${match.candidates.length} imported dictionaries are named ${given}; give the path of one:\n` +
              match.candidates.map((s) => `  ${terminalText(describeSource(s))}`).join("\n")
          );
          return 1;
        }
        if (match.kind === "found") source = match.source.source;
      }
      const entries = await queryRows<ListedEntry>(
        warehouse.connection,
        `SELECT source, line, name, entity, group_name AS "group" FROM applicant_aliases_in_force
         WHERE $1::VARCHAR IS NULL OR source = $1::VARCHAR
         ORDER BY source_kind = 'shipped', source, line`,
        [source]
      );
      const [overridden] = await queryRows<{n: number}>(
        warehouse.connection,
        `SELECT (SELECT count(*) FROM applicant_aliases) - (SELECT count(*) FROM applicant_aliases_in_force) AS n`
      );
      if (args.options.json) {
        console.log(terminalJson(entries));
        return 0;
      }
      for (const e of entries) {
        const group = e.group ? `\t[${terminalText(e.group)}]` : "";
        console.log(`${terminalText(e.source)}:${e.line}\t${terminalText(e.name)}\t→ ${terminalText(e.entity)}${group}`);
      }
      const inForceFrom = new Set(entries.map((e) => e.source));
      console.log(
        `${entries.length} entr${entries.length === 1 ? "y" : "ies"} in force from ${inForceFrom.size} ` +
          `file${inForceFrom.size === 1 ? "" : "s"}` +
          (overridden!.n > 0 ? `; ${overridden!.n} more not in force (their name has an entry that takes precedence)` : "")
      );
      if (given === null) {
        console.log(`\nDictionaries:\n  ${SHIPPED_ALIASES_SOURCE} (shipped)`);
        for (const imported of sources) console.log(`  ${terminalText(describeSource(imported))}`);
      }
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
