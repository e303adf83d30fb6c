// chizai names remove PATH: takes out every entry an earlier `names import PATH` brought. A source is named by its
// path, or by its file name alone when no other imported source has that name (alias-source.ts).

import {openWarehouse} from "../../warehouse/connection.js";
import {aliasSourceOf, describeSource, findImportedSource} from "../../names/alias-source.js";
import {importedSources, removeAliasSource} from "../../names/alias-store.js";
import {refreshApplicantNames, SHIPPED_ALIASES_SOURCE} from "../../names/refresh-names.js";
import {resolutionChanges, snapshotResolution} from "../../names/resolution-changes.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalText} from "../terminal-text.js";
import {formatChanges} from "./names-report.js";

const USAGE = `usage: npm run chizai -- names remove [--db PATH] FILE.csv    (or --source FILE.csv)

Removes the entries imported from FILE.csv: its path as names list shows it (a relative path works too), or its
file name alone when only one imported dictionary has that name.`;

export const namesRemoveCommand: Command = {
  name: "remove",
  summary: "drop the entries of an imported file (by its path, or its name when unambiguous)",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "source"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    const option = stringOption(args, "source");
    const givenAll = option === null ? args.positional : [option, ...args.positional];
    if (givenAll.length !== 1) throw new UsageError("names remove takes exactly one file (its path, or --source PATH)");
    const given = givenAll[0]!;
    if (given === SHIPPED_ALIASES_SOURCE) {
      console.error(`error: ${SHIPPED_ALIASES_SOURCE} is the shipped dictionary: edit its rows instead of removing it`);
      return 1;
    }

    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")));
    const {connection} = warehouse;
    try {
      const sources = await importedSources(connection);
      const match = findImportedSource(sources, given, aliasSourceOf(given));
      if (match.kind === "ambiguous") {
        console.error(
          `error: ${match.candidates.length} imported dictionaries are named ${terminalText(given)}; give the path of the one to ` +
            `remove:\n${match.candidates.map((s) => `  ${terminalText(describeSource(s))}`).join("\n")}`
        );
        return 1;
      }
      if (match.kind === "none") {
        console.error(
          `error: no imported dictionary ${terminalText(given)}. ` +
            (sources.length === 0
              ? "Nothing has been imported."
              : `Imported:\n${sources.map((s) => `  ${terminalText(describeSource(s))}`).join("\n")}`)
        );
        return 1;
      }
      const {source} = match.source;

      await refreshApplicantNames(connection);
      await snapshotResolution(connection);
      await connection.run("BEGIN TRANSACTION");
      let removed: number;
      try {
        removed = await removeAliasSource(connection, source, "imported");
        await connection.run("COMMIT");
      } catch (error) {
        await connection.run("ROLLBACK");
        throw error;
      }
      const changes = await resolutionChanges(connection);
      await connection.run("CHECKPOINT");
      console.log(`Removed the ${removed} entr${removed === 1 ? "y" : "ies"} imported from ${terminalText(source)}.`);
      console.log(formatChanges(changes));
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
