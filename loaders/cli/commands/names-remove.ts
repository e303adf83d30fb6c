// chizai names remove --source FILE: takes out every entry an earlier `names import FILE` brought.

import path from "node:path";
import {openWarehouse} from "../../warehouse/connection.js";
import {importedSources, removeAliasSource} from "../../names/alias-store.js";
import {refreshApplicantNames, SHIPPED_ALIASES_SOURCE} from "../../names/refresh-names.js";
import {resolutionChanges, snapshotResolution} from "../../names/resolution-changes.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalText} from "../terminal-text.js";
import {formatChanges} from "./names-report.js";

const USAGE = `usage: npm run chizai -- names remove [--db PATH] --source FILE.csv

Removes the entries imported from FILE.csv (the file name as names list shows it; a path works too).`;

export const namesRemoveCommand: Command = {
  name: "remove",
  summary: "drop the entries of an imported file (--source FILE)",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "source"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    const given = stringOption(args, "source");
    if (given === null || args.positional.length > 0) {
      throw new UsageError("names remove takes --source FILE and nothing else");
    }
    if (given === SHIPPED_ALIASES_SOURCE) {
      console.error(`error: ${SHIPPED_ALIASES_SOURCE} is the shipped dictionary: edit its rows instead of removing it`);
      return 1;
    }
    const source = path.basename(given);

    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")));
    const {connection} = warehouse;
    try {
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
      if (removed === 0) {
        const sources = await importedSources(connection);
        console.error(
          `error: no imported file named ${terminalText(source)}. ` +
            (sources.length === 0
              ? "Nothing has been imported."
              : `Imported: ${sources.map((s) => `${terminalText(s.source)} (${s.entries} entries)`).join(", ")}.`)
        );
        return 1;
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
