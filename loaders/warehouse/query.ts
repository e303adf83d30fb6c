// The one boundary where DuckDB values become plain JS values: BIGINT → number (counts never exceed 2^53; a value
// beyond that, which only an analyst's own SQL makes, stays exact as a string), DATE → "YYYY-MM-DD",
// TIMESTAMP → "YYYY-MM-DD HH:MM:SS", TIME → "HH:MM:SS", DECIMAL → number, LIST → array, anything else (STRUCT, MAP, BLOB, INTERVAL)
// → its JSON text. Everything outside the warehouse module sees plain rows only.

import {DuckDBTypeId, JSDuckDBValueConverter, type DuckDBConnection, type DuckDBValue} from "@duckdb/node-api";

export type PlainValue = string | number | boolean | null | PlainValue[];
export type PlainRow = Record<string, PlainValue>;

export async function queryRows<T = PlainRow>(
  connection: DuckDBConnection,
  sql: string,
  params?: DuckDBValue[] | Record<string, DuckDBValue>
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.typeId);
  return reader.getRowsJS().map((values) => {
    const row: PlainRow = {};
    names.forEach((name, i) => (row[name] = toPlainValue(values[i], types[i]!)));
    return row;
  }) as T[];
}

/**
 * A query's result chunk by chunk (DuckDB's vectors of 2,048 rows), in column order with repeated names kept: what
 * chizai sql prints, with memory bounded however large the result.
 */
export interface PlainRowStream {
  columns: string[];
  chunks: AsyncIterable<PlainValue[][]>;
}

export async function streamRows(connection: DuckDBConnection, sql: string): Promise<PlainRowStream> {
  const result = await connection.stream(sql);
  const types = result.columnTypes().map((t) => t.typeId);
  async function* chunks(): AsyncGenerator<PlainValue[][]> {
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      yield chunk.convertRows(JSDuckDBValueConverter).map((values) => values.map((value, i) => toPlainValue(value, types[i]!)));
    }
  }
  return {columns: result.columnNames(), chunks: chunks()};
}

/** The first column of the first row, or null. */
export async function queryValue<T extends PlainValue = PlainValue>(
  connection: DuckDBConnection,
  sql: string,
  params?: DuckDBValue[] | Record<string, DuckDBValue>
): Promise<T | null> {
  const rows = await queryRows(connection, sql, params);
  const first = rows[0];
  return first ? ((Object.values(first)[0] ?? null) as T) : null;
}

function toPlainValue(value: unknown, typeId: DuckDBTypeId): PlainValue {
  if (value === null || value === undefined) return null;
  // TIME arrives as microseconds since midnight.
  if (typeId === DuckDBTypeId.TIME && typeof value === "bigint") return timeOfDay(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) {
    if (typeId === DuckDBTypeId.DATE) return value.toISOString().slice(0, 10);
    // A plain TIMESTAMP is wall-clock time without a zone (we store local time): print it without one.
    if (typeId === DuckDBTypeId.TIMESTAMP) return value.toISOString().slice(0, 19).replace("T", " ");
    return value.toISOString();
  }
  if (Array.isArray(value)) return value.map((v) => toPlainValue(v, DuckDBTypeId.VARCHAR));
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  if (typeof value === "object") return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return value as PlainValue;
}

function timeOfDay(micros: bigint): string {
  const seconds = Number(micros / 1_000_000n);
  const fraction = micros % 1_000_000n;
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, "0"));
  return hms.join(":") + (fraction ? `.${String(fraction).padStart(6, "0").replace(/0+$/, "")}` : "");
}
