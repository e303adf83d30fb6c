// A Parquet lake opened as a read-only warehouse: an in-memory DuckDB with the current schema, in which every
// table the lake holds is replaced by a view of the same name over its Parquet files, cast back to the warehouse's
// column types. The site's loaders, `chizai status`, `sql` and `search` then run their SQL unchanged, and the
// schema's own views (applicant_resolution, …) read the lake through them. A table the lake does not hold (a
// confidential one left out, or an empty one) stays an empty table.
//
// Only a lake of this release's schema is read: another schema's columns would not match the queries.

import path from "node:path";
import {DuckDBInstance, quotedIdentifier, quotedString, type DuckDBConnection} from "@duckdb/node-api";
import {ensureSchema} from "../warehouse/migrate.js";
import {queryRows} from "../warehouse/query.js";
import {SCHEMA_VERSION} from "../warehouse/schema.js";
import {WarehouseError} from "../warehouse/warehouse-error.js";
import {readLakeManifest, type LakeManifest, type LakeTable} from "./lake-manifest.js";

export interface OpenLake {
  manifest: LakeManifest;
  connection: DuckDBConnection;
  close(): void;
}

export async function openLake(lakeDir: string): Promise<OpenLake> {
  const manifest = readLakeManifest(lakeDir);
  if (manifest.schemaVersion !== SCHEMA_VERSION) {
    throw new WarehouseError(
      `the lake ${lakeDir} was exported at warehouse schema ${manifest.schemaVersion}; this chizai-atlas reads schema ` +
        `${SCHEMA_VERSION}: export it again from the warehouse (npm run chizai -- export --parquet DIR --overwrite)`
    );
  }
  const instance = await DuckDBInstance.create(":memory:", {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    await ensureSchema(connection);
    const schemaColumns = await queryRows<{table_name: string; column_name: string; data_type: string}>(
      connection,
      `SELECT table_name, column_name, data_type FROM duckdb_columns()
       WHERE schema_name = 'main' AND NOT internal ORDER BY table_name, column_index`
    );
    const tables = new Set(
      (await queryRows<{name: string}>(connection, `SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main'`)).map((t) => t.name)
    );
    for (const table of manifest.tables) {
      if (table.rows === 0) continue; // the schema's empty table, with its exact types
      const columns = schemaColumns.filter((c) => c.table_name === table.name).map((c) => ({name: c.column_name, type: c.data_type}));
      const view = lakeViewSql(lakeDir, table, columns.length ? columns : table.columns);
      if (tables.has(table.name)) await connection.run(`DROP TABLE ${quotedIdentifier(table.name)}`);
      await connection.run(`CREATE VIEW ${quotedIdentifier(table.name)} AS ${view}`);
    }
  } catch (error) {
    close();
    if (error instanceof WarehouseError) throw error;
    throw new WarehouseError(`cannot read the lake ${lakeDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {manifest, connection, close};
}

/** The SELECT over one table's files, its columns in warehouse order and types (partition columns dropped). */
export function lakeViewSql(lakeDir: string, table: LakeTable, columns: readonly {name: string; type: string}[]): string {
  const glob = path.join(lakeDir, table.path, "**", "*.parquet").split(path.sep).join("/");
  const list = columns.map((c) => `${quotedIdentifier(c.name)}::${c.type} AS ${quotedIdentifier(c.name)}`).join(", ");
  const hive = table.partitionedBy.length ? ", hive_partitioning = true" : ", hive_partitioning = false";
  return `SELECT ${list} FROM read_parquet(${quotedString(glob)}${hive})`;
}
