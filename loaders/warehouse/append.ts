// Bulk appends from JS. The appender joins the connection's open transaction, so rows appended inside a file's
// BEGIN … COMMIT disappear with a ROLLBACK. Dates are appended as ISO text and cast by DuckDB.
//
// One writer for every table: hot paths call its typed methods straight from their records (no intermediate
// arrays); small tables hand appendRows arrays of values and let `value()` pick the method.

import {LIST, listValue, VARCHAR, type DuckDBAppender, type DuckDBConnection} from "@duckdb/node-api";

// Lists here are lists of text (審判番号, aliases); naming the type lets an empty list be appended too.
const TEXT_LIST = LIST(VARCHAR);

export type AppendValue = string | number | boolean | null | readonly string[];

/** Writes one row's values in column order into an appender. */
export class RowWriter {
  constructor(private readonly appender: DuckDBAppender) {}

  text(value: string | null): this {
    if (value === null) this.appender.appendNull();
    else this.appender.appendVarchar(value);
    return this;
  }

  int(value: number | null): this {
    if (value === null) this.appender.appendNull();
    else this.appender.appendInteger(value);
    return this;
  }

  /** For DOUBLE columns: a whole number above 2^31 (a large count) must not go through appendInteger. */
  double(value: number | null): this {
    if (value === null) this.appender.appendNull();
    else this.appender.appendDouble(value);
    return this;
  }

  bool(value: boolean): this {
    this.appender.appendBoolean(value);
    return this;
  }

  textList(value: readonly string[] | null): this {
    if (value === null) this.appender.appendNull();
    else this.appender.appendList(listValue(value), TEXT_LIST);
    return this;
  }

  /** Any value, by its JS type: whole numbers as INTEGER, others as DOUBLE. */
  value(value: AppendValue): this {
    if (value === null || typeof value === "string") return this.text(value);
    if (typeof value === "number") return Number.isInteger(value) ? this.int(value) : this.double(value);
    if (typeof value === "boolean") return this.bool(value);
    return this.textList(value);
  }

  end(): void {
    this.appender.endRow();
  }
}

/** Opens an appender on `table`, lets `fill` write rows with a RowWriter, and flushes. */
export async function appendWith(
  connection: DuckDBConnection,
  table: string,
  fill: (row: RowWriter) => void,
  catalog?: "temp"
): Promise<void> {
  const appender = await connection.createAppender(table, catalog ? "main" : null, catalog ?? null);
  try {
    fill(new RowWriter(appender));
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Appends `rows` to `table` (values in the table's column order); returns how many. */
export async function appendRows(
  connection: DuckDBConnection,
  table: string,
  rows: Iterable<readonly AppendValue[]>,
  catalog?: "temp"
): Promise<number> {
  let count = 0;
  await appendWith(
    connection,
    table,
    (row) => {
      for (const values of rows) {
        for (const value of values) row.value(value);
        row.end();
        count++;
      }
    },
    catalog
  );
  return count;
}
