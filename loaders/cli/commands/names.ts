// chizai names: the applicant-name harmonisation (名寄せ) commands. Each subcommand lives in its own names-*.ts.

import {UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {namesImportCommand} from "./names-import.js";
import {namesListCommand} from "./names-list.js";
import {namesRekeyCommand} from "./names-rekey.js";
import {namesRemoveCommand} from "./names-remove.js";
import {namesSuggestCommand} from "./names-suggest.js";

const SUBCOMMANDS: readonly Command[] = [
  namesListCommand,
  namesImportCommand,
  namesRemoveCommand,
  namesSuggestCommand,
  namesRekeyCommand
];

const USAGE = `usage: npm run chizai -- names <command> [--db PATH] [options]

commands:
${SUBCOMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

The dictionary format, the precedence rules and a worked example are in docs/applicant-names.md.`;

export const namesCommand: Command = {
  name: "names",
  summary: "applicant names (名寄せ): list, import and remove dictionaries, suggest merges, rekey",
  async run(argv, context) {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      console.log(USAGE);
      return name ? 0 : 2;
    }
    const command = SUBCOMMANDS.find((c) => c.name === name);
    if (!command) {
      const names = SUBCOMMANDS.map((c) => c.name).join(", ");
      throw new UsageError(`unknown command "names ${name}"; the names commands are: ${names}`);
    }
    return command.run(rest, context);
  }
};
