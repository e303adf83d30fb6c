// The warehouse as the site's data loaders see it: the real file opened read-only, or, before anything has been
// ingested, an empty in-memory database with the same schema. The second case lets `npm run build` succeed on a
// fresh clone (every page then explains how to load data) while the queries stay exactly the same.
//
// A warehouse held by an ingest is NOT turned into empty data: openWarehouse waits its bounded time and then throws
// a WarehouseError naming the holder, and the loader fails with that message (publishing empty charts silently
// would look like "no patents").

import fs from "node:fs";
import {basename} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {openWarehouse, resolveWarehousePath} from "../warehouse/connection.js";
import {ensureSchema} from "../warehouse/migrate.js";

/** "ready": the warehouse file; "missing": there is none yet and the datasets are empty. */
export type WarehouseState = "ready" | "missing";

export interface SiteWarehouse {
  state: WarehouseState;
  /** Absolute path of the warehouse the site reads (or would read): for the terminal only, never for the site. */
  path: string;
  /** The warehouse's file name (atlas.duckdb): all the site says about it, since its folder is the server's business. */
  fileName: string;
  connection: DuckDBConnection;
  close(): void;
}

export async function openSiteWarehouse(explicitPath?: string): Promise<SiteWarehouse> {
  const path = resolveWarehousePath(explicitPath);
  if (fs.existsSync(path)) {
    const warehouse = await openWarehouse(path, {readOnly: true});
    return {state: "ready", path, fileName: basename(path), connection: warehouse.connection, close: () => warehouse.close()};
  }
  const instance = await DuckDBInstance.create(":memory:", {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  const connection = await instance.connect();
  await ensureSchema(connection);
  return {
    state: "missing",
    path,
    fileName: basename(path),
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
