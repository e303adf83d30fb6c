// chizai sql: read-only SQL on the warehouse, for analysts. With a query it prints the result and exits; without one
// it opens an interactive shell (sql-shell.ts). The warehouse is opened read-only, so nothing typed here can change
// it, and while the shell stays open it holds a read lock: ingests wait for it and name this command.

import {openWarehouse} from "../../warehouse/connection.js";
import {streamRows} from "../../warehouse/query.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {describeSqlError} from "../sql-errors.js";
import {writeResult, writerFor, type SqlOutputFormat} from "../sql-output.js";
import {runSqlShell} from "../sql-shell.js";

const USAGE = `usage: npm run chizai -- sql [--db PATH] [--csv | --json] ["SELECT …"]

Runs a query on the warehouse, read-only, and prints the result as a table (default), CSV (RFC 4180, UTF-8) or
JSON (an array of objects). Without a query: an interactive shell (statements end with ";", .help, .quit).
The tables are described in the README ("The warehouse: a public SQL interface").`;

export const sqlCommand: Command = {
  name: "sql",
  summary: "read-only SQL on the warehouse: a query, or an interactive shell",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db"], flags: ["csv", "json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.options.csv && args.options.json) throw new UsageError("choose one of --csv and --json");
    const format: SqlOutputFormat = args.options.csv ? "csv" : args.options.json ? "json" : "table";
    const sql = args.positional.join(" ").trim();

    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")), {readOnly: true});
    try {
      if (sql === "") {
        const interactive = Boolean(process.stdin.isTTY);
        await runSqlShell(warehouse.connection, format, {input: process.stdin, output: process.stdout, error: process.stderr, interactive});
        return 0;
      }
      // `… | head` closes the pipe early: that ends the output, it is not an error.
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
      });
      try {
        await writeResult(await streamRows(warehouse.connection, sql), format, Boolean(process.stdout.isTTY), writerFor(process.stdout));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EPIPE") return 0;
        console.error(`error: ${describeSqlError(error)}`);
        return 1;
      }
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
