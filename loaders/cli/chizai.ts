// npm run chizai -- <command> [options]: everything except ingesting.

import {resolveWarehousePath} from "../warehouse/connection.js";
import {UsageError} from "./args.js";
import {COMMANDS} from "./commands.js";
import {runCommand} from "./run-command.js";

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

runCommand(main, USAGE);
