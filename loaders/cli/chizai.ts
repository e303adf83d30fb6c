// npm run chizai -- <command> [options]: everything except ingesting.

import {resolveWarehousePath, WarehouseError} from "../warehouse/connection.js";
import {UsageError} from "./args.js";
import {COMMANDS} from "./commands.js";
import {terminalLines} from "./terminal-text.js";

const USAGE = `usage: npm run chizai -- <command> [--db PATH] [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`).join("\n")}

The warehouse is --db PATH, else $CHIZAI_DB, else data/atlas.duckdb.
Run a command with --help for its options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command.run(rest, {resolveWarehouse: resolveWarehousePath});
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Messages quote paths, names and values given on the command line or read from the warehouse and files, as do
    // DuckDB's and Node's own: every line is escaped for the terminal.
    const message = terminalLines(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) {
      console.error(`error: ${message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(`error: ${message}`);
    if (!(error instanceof WarehouseError) && process.env.CHIZAI_DEBUG) console.error(error);
    process.exitCode = 1;
  }
);
