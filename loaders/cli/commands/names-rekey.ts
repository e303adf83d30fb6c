// chizai names rekey: recomputes every entity key with the current rules and reloads the shipped dictionary,
// without reading the exports again. Run it after changing loaders/names/entity-key.ts or
// data/reference/applicant-aliases.csv (an ingest does the same for stale keys). Running it twice changes nothing.

import {openWarehouse} from "../../warehouse/connection.js";
import {ENTITY_KEY_RULES_VERSION} from "../../names/entity-key-version.js";
import {refreshApplicantNames, SHIPPED_ALIASES_SOURCE} from "../../names/refresh-names.js";
import {resolutionChanges, snapshotResolution} from "../../names/resolution-changes.js";
import {parseArgs, stringOption} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson} from "../terminal-text.js";
import {formatChanges} from "./names-report.js";

const USAGE = `usage: npm run chizai -- names rekey [--db PATH] [--json]

Recomputes the entity key of every applicant name and dictionary entry with the current rules, registers names
that have no key yet, and reloads ${SHIPPED_ALIASES_SOURCE}.`;

export const namesRekeyCommand: Command = {
  name: "rekey",
  summary: "recompute every entity key with the current rules and reload the shipped dictionary",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db"], flags: ["json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")));
    const {connection} = warehouse;
    try {
      // The snapshot needs the tables, which opening the warehouse has just created if they were missing.
      await snapshotResolution(connection);
      const result = await refreshApplicantNames(connection, {rekeyAll: true});
      const changes = await resolutionChanges(connection);
      await connection.run("CHECKPOINT");
      if (args.options.json) {
        console.log(terminalJson({rulesVersion: ENTITY_KEY_RULES_VERSION, ...result, changes}));
        return 0;
      }
      console.log(
        `Rekeyed ${result.rekeyed} applicant names with rules ${ENTITY_KEY_RULES_VERSION}: ${result.changed} keys changed, ` +
          `${result.registered} names registered for the first time; ${result.aliasesRekeyed} dictionary entries rekeyed; ` +
          `${SHIPPED_ALIASES_SOURCE} reloaded (${result.shippedEntries} entries).`
      );
      console.log(formatChanges(changes));
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
