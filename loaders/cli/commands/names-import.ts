// chizai names import PATH: loads a dictionary file of the shape of applicant-aliases.csv (a client's group, reviewed
// suggestions) into the warehouse. The file is identified by its full path (alias-source.ts): importing the same
// path again replaces what it brought before; a file of the same name in another folder is another source. The
// file is refused as a whole, exit 1, when it has errors of its own or contradicts another imported file; entries
// that override the shipped dictionary are applied and reported.

import fs from "node:fs";
import {checkRegularFile, NotARegularFile} from "../../files/read-regular-file.js";
import {openWarehouse} from "../../warehouse/connection.js";
import {withGrowingMemoryLimit} from "../../warehouse/memory-limit.js";
import {aliasSourceOf} from "../../names/alias-source.js";
import {replaceImportedSourceFrom} from "../../names/alias-store.js";
import {findImportConflicts} from "../../names/import-conflicts.js";
import {refreshApplicantNames, SHIPPED_ALIASES_PATH, SHIPPED_ALIASES_SOURCE} from "../../names/refresh-names.js";
import {resolutionChanges, snapshotResolution} from "../../names/resolution-changes.js";
import {
  ALLOCATOR_FLUSH_THRESHOLD,
  sqlText,
  stageAliasesFile,
  STAGED_ENTRIES_TABLE,
  MEMORY_LIMITS,
  type StagedAliases
} from "../../names/staged-aliases.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalText} from "../terminal-text.js";
import {formatChanges, formatFindings} from "./names-report.js";

const USAGE = `usage: npm run chizai -- names import [--db PATH] FILE.csv

Loads FILE.csv (columns name,entity[,group]; extra columns such as those of names suggest are ignored) into the
warehouse's dictionary, under its full path: importing the same file again replaces its earlier entries; a file of
the same name in another folder is a separate dictionary. Imported entries win over the shipped
data/reference/applicant-aliases.csv.`;

export const namesImportCommand: Command = {
  name: "import",
  summary: "load a dictionary file (name,entity,group); importing the same path again replaces it",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.positional.length !== 1) throw new UsageError("names import takes exactly one file");
    const filePath = args.positional[0]!;
    const source = aliasSourceOf(filePath);
    if (source === aliasSourceOf(SHIPPED_ALIASES_PATH)) {
      console.error(
        `error: ${SHIPPED_ALIASES_SOURCE} is the shipped dictionary: it is loaded by every ingest and by ` +
          `npm run chizai -- names rekey, not imported`
      );
      return 1;
    }

    // A pipe or a device would hang the import or fill its memory: refused before anything is read. (A missing
    // file is reported by the reader below, like the file's other errors.)
    if (fs.existsSync(filePath)) {
      try {
        checkRegularFile(filePath);
      } catch (error) {
        if (!(error instanceof NotARegularFile)) throw error;
        console.error(`error: cannot import ${terminalText(filePath)}: ${error.reason}`);
        return 1;
      }
    }

    // A refused file (AliasesFileRefusal) ends the command with its message and exit status 1 (chizai.ts), before
    // the warehouse is opened. The entries wait in a scratch database, never in JS: memory stays bounded.
    const staged = await stageAliasesFile(filePath, filePath);
    try {
      return await importStaged(context.resolveWarehouse(stringOption(args, "db")), filePath, source, staged);
    } finally {
      staged.dispose();
    }
  }
};

async function importStaged(warehousePath: string, filePath: string, source: string, staged: StagedAliases): Promise<number> {
  const warehouse = await openWarehouse(warehousePath);
  const {connection} = warehouse;
  try {
    // Beyond this, DuckDB spills the checks and the comparison of the resolution into the warehouse's temp folder;
    // the settings last as long as this connection.
    await connection.run(`SET memory_limit = '${MEMORY_LIMITS[0]}'`);
    await connection.run(`SET allocator_flush_threshold = '${ALLOCATOR_FLUSH_THRESHOLD}'`);
    await connection.run(`ATTACH ${sqlText(staged.databasePath)} AS staged_import (READ_ONLY)`);
    const entriesTable = `staged_import.${STAGED_ENTRIES_TABLE}`;
    try {
      await refreshApplicantNames(connection);
      const check = await withGrowingMemoryLimit(connection, MEMORY_LIMITS, () =>
        findImportConflicts(connection, entriesTable, source)
      );
      if (check.errors.total > 0) {
        console.error(
          `error: ${terminalText(filePath)} was refused as a whole, nothing in it was applied: it contradicts another imported ` +
            `file (fix one of them, or remove the other with names remove):\n` +
            formatFindings(filePath, check.errors.shown, check.errors.total)
        );
        return 1;
      }

      await withGrowingMemoryLimit(connection, MEMORY_LIMITS, () => snapshotResolution(connection));
      await connection.run("BEGIN TRANSACTION");
      let replaced: number;
      try {
        replaced = await replaceImportedSourceFrom(connection, source, entriesTable);
        await connection.run("COMMIT");
      } catch (error) {
        await connection.run("ROLLBACK");
        throw error;
      }
      const changes = await withGrowingMemoryLimit(connection, MEMORY_LIMITS, () => resolutionChanges(connection));
      await connection.run("CHECKPOINT");

      const count = staged.entries;
      console.log(
        `Imported ${count} entr${count === 1 ? "y" : "ies"} from ${terminalText(source)}` +
          (replaced > 0 ? ` (replacing the ${replaced} of its earlier import).` : ".")
      );
      if (check.overrides.total > 0) {
        const plural = check.overrides.total === 1 ? "" : "s";
        console.log(`${check.overrides.total} override${plural} of the shipped dictionary (this file wins):`);
        console.log(formatFindings(filePath, check.overrides.shown, check.overrides.total));
      }
      console.log(formatChanges(changes));
      return 0;
    } finally {
      await connection.run(`DETACH staged_import`);
    }
  } finally {
    warehouse.close();
  }
}
