// How a command-line entry point ends: its exit code, or an error said on stderr. A usage error prints the usage and
// exits 2; any other error exits 1, its stack only with CHIZAI_DEBUG and only when it is not one the command expects
// (a warehouse that cannot be opened needs its message, not a trace).

import {WarehouseError} from "../warehouse/connection.js";
import {UsageError} from "./args.js";
import {terminalLines} from "./terminal-text.js";

export function runCommand(main: (argv: string[]) => Promise<number>, usage: string): void {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // Messages quote paths, names and values given on the command line or read from the warehouse and files, as
      // do DuckDB's and Node's own: every line is escaped for the terminal.
      const message = terminalLines(error instanceof Error ? error.message : String(error));
      if (error instanceof UsageError) {
        console.error(`error: ${message}\n\n${usage}`);
        process.exitCode = 2;
        return;
      }
      console.error(`error: ${message}`);
      if (!(error instanceof WarehouseError) && process.env.CHIZAI_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  );
}
