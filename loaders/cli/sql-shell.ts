// The interactive side of chizai sql: a prompt, statements over several lines ending with ";", a few dot commands
// (.tables, .mode, .help, .quit) and errors shown without leaving. It reads any input stream, so a script can pipe
// statements into it as well as a person can type them.

import readline from "node:readline";
import type {DuckDBConnection} from "@duckdb/node-api";
import {streamRows} from "../warehouse/query.js";
import {writeResult, writerFor, type SqlOutputFormat} from "./sql-output.js";
import {describeSqlError} from "./sql-errors.js";

const HELP = `Statements end with ";" and may span several lines. Commands:
  .tables              the tables and views of the warehouse
  .mode table|csv|json how results are printed
  .help                this text
  .quit                leave (or Ctrl-D)`;

export interface ShellIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  /** A person is typing: show prompts. */
  interactive: boolean;
}

export async function runSqlShell(connection: DuckDBConnection, format: SqlOutputFormat, io: ShellIo): Promise<void> {
  const lines = readline.createInterface({input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive});
  let mode = format;
  let pending: string[] = [];
  const print = (text: string) => io.output.write(text.endsWith("\n") ? text : `${text}\n`);
  const fail = (text: string) => io.error.write(`error: ${text}\n`);
  const prompt = () => {
    if (!io.interactive) return;
    lines.setPrompt(pending.length > 0 ? "   ...> " : "chizai> ");
    lines.prompt();
  };

  // Ctrl-C drops a statement being typed, as in psql and duckdb; on an empty prompt it leaves.
  lines.on("SIGINT", () => {
    if (pending.length === 0) return lines.close();
    pending = [];
    io.output.write("\n");
    prompt();
  });
  if (io.interactive) print(`Read-only SQL on the warehouse. Statements end with ";"; .help lists the commands, .quit leaves.`);
  prompt();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (pending.length === 0 && trimmed.startsWith(".")) {
      const [command, argument] = trimmed.split(/\s+/);
      if (command === ".quit" || command === ".exit") break;
      if (command === ".help") print(HELP);
      else if (command === ".tables") await runStatement(connection, TABLES_SQL, "table", io, fail);
      else if (command === ".mode" && (argument === "table" || argument === "csv" || argument === "json")) mode = argument;
      else fail(`unknown command ${trimmed}; .help lists the commands`);
      prompt();
      continue;
    }
    if (trimmed !== "" || pending.length > 0) pending.push(line);
    if (trimmed.endsWith(";")) {
      await runStatement(connection, pending.join("\n"), mode, io, fail);
      pending = [];
    }
    prompt();
  }
  lines.close();
  // A statement left without its ";" when the input ends is still run: a script's last line often lacks it.
  if (pending.some((line) => line.trim() !== "")) await runStatement(connection, pending.join("\n"), mode, io, fail);
}

const TABLES_SQL = `SELECT table_name AS name, lower(table_type) AS type FROM information_schema.tables
WHERE table_schema = 'main' ORDER BY table_type, table_name`;

async function runStatement(
  connection: DuckDBConnection,
  sql: string,
  format: SqlOutputFormat,
  io: ShellIo,
  fail: (text: string) => void
): Promise<void> {
  try {
    await writeResult(await streamRows(connection, sql), format, io.interactive, writerFor(io.output));
  } catch (error) {
    fail(describeSqlError(error));
  }
}
