// The warehouse as the site's data loaders see it: the real file opened read-only, or, before anything has been
// ingested, an empty in-memory database with the same schema. The second case lets `npm run build` succeed on a
// fresh clone (every page then explains how to load data) while the queries stay exactly the same.
//
// A warehouse held by an ingest is NOT turned into empty data: openWarehouse waits its bounded time and then throws
// a WarehouseError naming the holder, and the loader fails with that message (publishing empty charts silently
// would look like "no patents").
//
// During `npm run build` the loaders read the build's snapshot instead (build-snapshot.ts), so that every dataset
// of one build shows one state; `path` stays the warehouse's own path, the snapshot's location never reaches a page.
// A Parquet lake folder (chizai export --parquet) in place of the file is read in place, as the same tables
// (openWarehouse → lake/open-lake.ts).

import fs from "node:fs";
import {basename} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {openWarehouse, resolveWarehousePath} from "../warehouse/connection.js";
import {ensureSchema} from "../warehouse/migrate.js";
import {buildSnapshotFromEnv} from "./build-snapshot.js";

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

/** The build's snapshot during a build, else the warehouse itself; null when there is none. */
function fileToRead(warehousePath: string): string | null {
  const snapshot = buildSnapshotFromEnv();
  if (snapshot) return snapshot.state === "ready" ? snapshot.path : null;
  return fs.existsSync(warehousePath) ? warehousePath : null;
}

export async function openSiteWarehouse(explicitPath?: string): Promise<SiteWarehouse> {
  const path = resolveWarehousePath(explicitPath);
  const source = fileToRead(path);
  if (source) {
    const warehouse = await openWarehouse(source, {readOnly: true});
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
