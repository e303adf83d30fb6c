// Parquet is the wire format from the warehouse to the browser (stack-notes §6.5). Framework's built-in Parquet
// reader on FileAttachment would fetch apache-arrow and parquet-wasm from a CDN, so pages read the bytes with
// `.arrayBuffer()` and decode them here with the copies in node_modules, which Framework bundles into dist/_node.
//
// Usage in a page:
//   const patents = tableToRows(await loadParquet(await FileAttachment("data/patents.parquet").arrayBuffer()));

import {DataType, tableFromIPC, util, type Field, type Table, type Vector} from "apache-arrow";
import initWasm, {readParquet, type InitInput} from "parquet-wasm/esm/parquet_wasm.js";

let ready: Promise<unknown> | undefined;

/**
 * Loads the parquet-wasm module once per page. In the browser the default fetches the .wasm that Framework copied
 * next to the bundle (import.meta.resolve is rewritten at build time; the server must send application/wasm).
 * Node tests pass the bytes instead, since Node cannot fetch a file: URL.
 */
export function initParquet(wasm?: InitInput): Promise<unknown> {
  ready ??= initWasm({module_or_path: wasm ?? import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm")});
  return ready;
}

export interface LoadParquetOptions {
  /**
   * Rows per Arrow record batch (parquet-wasm's default is 1,024). Large tables read several times faster as one
   * batch, and their columns then convert to typed arrays without copying chunks together.
   */
  batchSize?: number;
}

/** Decodes a Parquet file into an Arrow table (Plot and Inputs.table accept it directly). */
export async function loadParquet(buffer: ArrayBuffer | Uint8Array, options: LoadParquetOptions = {}): Promise<Table> {
  await initParquet();
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const readerOptions = options.batchSize ? {batchSize: options.batchSize} : undefined;
  return tableFromIPC(readParquet(bytes, readerOptions).intoIPCStream());
}

export type Row = Record<string, unknown>;

type Convert = (value: unknown) => unknown;
type BigNum = Parameters<typeof util.bigNumToNumber>[0];

const identity: Convert = (value) => value;

/**
 * The one explicit map from Arrow types to the JavaScript values pages work with:
 * - 64-bit integers (DuckDB BIGINT, COUNT(*)) arrive as bigint and become number: counts here stay far below 2^53,
 *   and Plot, d3 and Intl cannot mix bigint with number;
 * - DECIMAL becomes number (scale applied);
 * - dates and timestamps become Date (Arrow 17 returns epoch milliseconds); calendar dates are UTC midnight;
 * - dictionary-encoded columns convert like their value type;
 * - strings, floats, booleans and everything else pass through unchanged.
 */
export function converterFor(type: DataType): Convert {
  if (DataType.isDictionary(type)) return converterFor(type.dictionary);
  if (DataType.isInt(type) && type.bitWidth === 64) {
    return (value) => (typeof value === "bigint" ? Number(value) : value);
  }
  if (DataType.isDecimal(type)) {
    return (value) => (value == null ? value : util.bigNumToNumber(value as BigNum, type.scale));
  }
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return (value) => (typeof value === "number" ? new Date(value) : value);
  }
  return identity;
}

/** Plain row objects from an Arrow table, with the conversions of `converterFor` applied at this one boundary. */
export function tableToRows<T extends Row = Row>(table: Table): T[] {
  const columns = table.schema.fields.map((field: Field, i: number) => ({
    name: field.name,
    vector: table.getChildAt(i) as Vector,
    convert: converterFor(field.type)
  }));
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; ++i) {
    const row: Row = {};
    for (const {name, vector, convert} of columns) {
      const value = vector.get(i);
      row[name] = value == null ? null : convert(value);
    }
    rows[i] = row as T;
  }
  return rows;
}
