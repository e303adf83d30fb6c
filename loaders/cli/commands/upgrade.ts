// chizai upgrade: brings a warehouse written by an older chizai-atlas up to this release's schema, exactly as the
// first ingest or names command would, and says what it did. The site build and other readers refuse an older
// warehouse and point here, since they only read.

import fs from "node:fs";
import {describeUpgrade, openWarehouse, WarehouseError} from "../../warehouse/connection.js";
import {SCHEMA_VERSION} from "../../warehouse/schema.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";

const USAGE = `usage: npm run chizai -- upgrade [--db PATH]

Upgrades a warehouse written by an older chizai-atlas to schema ${SCHEMA_VERSION}. The file as it was is kept beside it
(atlas.schema-N.backup.duckdb, never overwritten); every row is kept; the upgrade is one transaction, so a failure
leaves the warehouse as it was. An up-to-date warehouse is left alone.`;

export const upgradeCommand: Command = {
  name: "upgrade",
  summary: "upgrade a warehouse written by an older chizai-atlas (keeps a backup beside it)",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.positional.length > 0) throw new UsageError("upgrade takes no arguments besides --db PATH");
    const path = context.resolveWarehouse(stringOption(args, "db"));
    // Creating an empty warehouse here would hide a mistyped path.
    if (!fs.existsSync(path)) throw new WarehouseError(`no warehouse at ${path}: nothing to upgrade`);
    const warehouse = await openWarehouse(path, {log: () => {}});
    try {
      console.log(
        warehouse.upgrade
          ? describeUpgrade(path, warehouse.upgrade)
          : `The warehouse ${path} is up to date (schema ${SCHEMA_VERSION}): nothing to do.`
      );
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
