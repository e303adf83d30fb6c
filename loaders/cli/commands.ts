// The `chizai` subcommands. Each one lives in its own file under commands/; this list is what `chizai help`
// shows and what the dispatcher looks up.

import {collectionCommand} from "./commands/collection.js";
import {exportCommand} from "./commands/export.js";
import {namesCommand} from "./commands/names.js";
import {outcomesCommand} from "./commands/outcomes.js";
import {rejectsCommand} from "./commands/rejects.js";
import {sqlCommand} from "./commands/sql.js";
import {searchCommand} from "./commands/search.js";
import {statusCommand} from "./commands/status.js";
import {upgradeCommand} from "./commands/upgrade.js";

export interface CommandContext {
  resolveWarehouse(explicit?: string | null): string;
}

export interface Command {
  name: string;
  summary: string;
  run(argv: string[], context: CommandContext): Promise<number>;
}

export const COMMANDS: readonly Command[] = [
  statusCommand,
  rejectsCommand,
  collectionCommand,
  namesCommand,
  outcomesCommand,
  searchCommand,
  sqlCommand,
  exportCommand,
  upgradeCommand
];
