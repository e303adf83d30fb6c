// Which warehouse a command uses, and who chose it. A warehouse the user named (--db or CHIZAI_DB) must exist for
// the commands that only read it: a site built or a status printed from a mistyped path would present "nothing
// loaded" as the truth. The default path may be missing: that is a first run, and the site then explains how to
// load data.

import fs from "node:fs";
import {DEFAULT_WAREHOUSE_PATH, resolveWarehousePath, WarehouseError} from "./connection.js";

export type WarehouseNamedBy = "--db" | "CHIZAI_DB" | "default";

export interface WarehouseLocation {
  /** Absolute path. */
  path: string;
  namedBy: WarehouseNamedBy;
}

export function locateWarehouse(explicit?: string | null): WarehouseLocation {
  const namedBy: WarehouseNamedBy = explicit ? "--db" : process.env.CHIZAI_DB ? "CHIZAI_DB" : "default";
  return {path: resolveWarehousePath(explicit), namedBy};
}

/** Throws when the user named a warehouse that does not exist; a missing default warehouse is left to the caller. */
export function requireNamedWarehouse(location: WarehouseLocation): void {
  if (location.namedBy === "default" || fs.existsSync(location.path)) return;
  const fix =
    location.namedBy === "--db"
      ? "Check the path given with --db"
      : `Check the CHIZAI_DB environment variable (or unset it to use ${DEFAULT_WAREHOUSE_PATH})`;
  throw new WarehouseError(
    `${location.namedBy} names the warehouse ${location.path}, which does not exist. ${fix}, ` +
      `or create it by ingesting files into it: npm run ingest -- --db "${location.path}" <files or folders>`
  );
}
