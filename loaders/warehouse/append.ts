// Bulk appends from JS rows. The appender joins the connection's open transaction, so rows appended inside a
// file's BEGIN … COMMIT disappear with a ROLLBACK. Dates are appended as ISO text and cast by DuckDB.

import {LIST, listValue, VARCHAR, type DuckDBAppender, type DuckDBConnection} from "@duckdb/node-api";

// Lists here are lists of text (審判番号); naming the type lets an empty list be appended too.
const TEXT_LIST = LIST(VARCHAR);

export type AppendValue = string | number | boolean | null | readonly string[];

/** Appends `rows` to `table` (values in the table's column order) and flushes. */
export async function appendRows(
  connection: DuckDBConnection,
  table: string,
  rows: Iterable<readonly AppendValue[]>,
  catalog?: "temp"
): Promise<number> {
  const appender = await connection.createAppender(table, catalog ? "main" : null, catalog ?? null);
  let count = 0;
  try {
    for (const row of rows) {
      for (const value of row) appendValue(appender, value);
      appender.endRow();
      count++;
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return count;
}

function appendValue(appender: DuckDBAppender, value: AppendValue): void {
  if (value === null) appender.appendNull();
  else if (typeof value === "string") appender.appendVarchar(value);
  else if (typeof value === "number") {
    if (Number.isInteger(value)) appender.appendInteger(value);
    else appender.appendDouble(value);
  } else if (typeof value === "boolean") appender.appendBoolean(value);
  else appender.appendList(listValue(value), TEXT_LIST);
}

/** Writes one row's values in column order, straight into the appender (no intermediate arrays on hot paths). */
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

  bool(value: boolean): this {
    this.appender.appendBoolean(value);
    return this;
  }

  textList(value: readonly string[] | null): this {
    if (value === null) this.appender.appendNull();
    else this.appender.appendList(listValue(value), TEXT_LIST);
    return this;
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
