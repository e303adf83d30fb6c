// A small command-line parser: `--flag`, `--option VALUE`, `--option=VALUE`, positional arguments, `--` ends
// options. Unknown options are an error, so a typo never silently changes what a command does.

export class UsageError extends Error {}

export interface ParsedArgs {
  options: Record<string, string | boolean>;
  positional: string[];
}

export interface ArgSpec {
  /** Options that take a value. */
  values?: readonly string[];
  /** Options that are switches. */
  flags?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const flags = new Set([...(spec.flags ?? []), "help"]);
  const options: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    // Only `--name` or `--name=…` is an option: an SQL statement that starts with a "-- comment" is an argument.
    if (!/^--[A-Za-z][\w-]*(=|$)/.test(arg)) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (flags.has(name) && eq < 0) options[name] = true;
    else if (values.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return {options, positional};
}

export function stringOption(args: ParsedArgs, name: string): string | null {
  const value = args.options[name];
  return typeof value === "string" ? value : null;
}
