// chizai status: what the warehouse holds.

import fs from "node:fs";
import {isLake, readLakeManifest} from "../../lake/lake-manifest.js";
import {openWarehouse} from "../../warehouse/connection.js";
import {readWarehouseStatus} from "../../warehouse/status.js";
import {locateWarehouse, requireNamedWarehouse} from "../../warehouse/warehouse-location.js";
import {parseArgs, stringOption} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson, terminalText} from "../terminal-text.js";

const number = new Intl.NumberFormat("ja-JP");

export const statusCommand: Command = {
  name: "status",
  summary: "what the warehouse holds: applications, collections, batches, rejects",
  async run(argv) {
    const args = parseArgs(argv, {values: ["db"], flags: ["json"]});
    if (args.options.help) {
      console.log("usage: npm run chizai -- status [--db PATH] [--json]");
      return 0;
    }
    // A named warehouse that is missing is a mistake to point out; the default one missing means a first run.
    const location = locateWarehouse(stringOption(args, "db"));
    requireNamedWarehouse(location);
    const path = location.path;
    const warehouse = await openWarehouse(path, {readOnly: true});
    try {
      const status = await readWarehouseStatus(warehouse.connection);
      if (args.options.json) {
        console.log(terminalJson({warehouse: path, ...status}));
        return 0;
      }
      // A Parquet lake is a folder: its manifest says how large it is and when it was exported.
      const lake = isLake(path) ? readLakeManifest(path) : null;
      const size = lake ? lake.tables.reduce((sum, t) => sum + t.bytes, 0) : fs.statSync(path).size;
      const what = lake ? `Parquet lake exported ${lake.exportedAt} from ${terminalText(lake.source)}` : "Warehouse";
      const lines = [
        `${what} ${terminalText(path)} (${(size / 1024 / 1024).toFixed(1)} MB)`,
        `  applications  ${number.format(status.patents)}  (filed ${status.firstFiling ?? "–"} … ${status.lastFiling ?? "–"})`,
        `  applicants    ${number.format(status.applicants)} distinct names`,
        `  FI codes      ${number.format(status.fiCodes)}`,
        `  files         ${number.format(status.batchesLoaded)} loaded, ${number.format(status.batchesRefused)} refused` +
          `; last ingest ${status.lastIngest ?? "never"}`,
        `  rejected rows ${number.format(status.rejects)}${status.rejects ? "  (npm run chizai -- rejects)" : ""}`,
        `  collections   ${status.collections.length}`,
        ...status.collections.map(
          (c) => `    ${terminalText(c.collection)}: ${number.format(c.applications)} applications, filed ${c.first_filing} … ${c.last_filing}`
        ),
        ...Object.entries(status.otherTables).map(([table, n]) => `  ${table.padEnd(13)} ${number.format(n)} rows`)
      ];
      console.log(lines.join("\n"));
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
