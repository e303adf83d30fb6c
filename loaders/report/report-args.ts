// The arguments of `npm run report`, as a landscape view plus where to write: --view (a page's query string) first,
// then every explicit option over it. Bad values are a UsageError (exit 2), never a silently different report.

import path from "node:path";
import {NAME_MODES} from "../../src/components/landscape/name-mode.js";
import {ALL_COLLECTIONS, parseView, type LandscapeView} from "../../src/components/landscape/view-state.js";
import {parseArgs, stringOption, UsageError} from "../cli/args.js";
import {resolveWarehousePath} from "../warehouse/connection.js";
import {DEFAULT_STYLE_FILE} from "./report-style-file.js";

export const REPORT_USAGE = `usage: npm run report -- [--db PATH] [--collection NAME]... [--from YEAR] [--to YEAR]
         [--basis filing|publication] [--names entity|name|group] [--fi PREFIX] [--applicant NAME] [--q QUERY]
         [--view QUERY_STRING] [--style FILE] [--json] --out FILE.pptx [--xlsx FILE.xlsx]

Makes the PowerPoint deck (and with --xlsx the Excel workbook) that the ランドスケープ page's レポート buttons make,
for the same conditions. --view takes the part after "?" of the page's address; other options override it.
--collection may be repeated; "*" means every collection; without one, the collection ingested most recently.
The look comes from ${path.relative(process.cwd(), DEFAULT_STYLE_FILE) || DEFAULT_STYLE_FILE} or --style FILE.`;

function year(value: string | null, name: string): number | null {
  if (value === null) return null;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--${name} must be a year such as 2015 (got "${value}")`);
  return Number(value);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], name: string): T | null {
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

/** --collection may be given several times: the generic parser keeps one value per option. */
function takeRepeated(argv: readonly string[], name: string): {values: string[]; rest: string[]} {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) {
      const value = argv[++i];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      values.push(value);
    } else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
    else rest.push(arg);
  }
  return {values, rest};
}

export interface ReportArgs {
  db: string;
  view: LandscapeView;
  out: string;
  xlsx: string | null;
  style: string;
  json: boolean;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs | null {
  const {values: collections, rest} = takeRepeated(argv, "collection");
  const args = parseArgs(rest, {
    values: ["db", "from", "to", "basis", "names", "fi", "applicant", "q", "view", "out", "xlsx", "style"],
    flags: ["json"]
  });
  if (args.options.help) return null;
  if (args.positional.length) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const out = stringOption(args, "out");
  if (!out) throw new UsageError("--out FILE.pptx is required");
  if (!/\.pptx$/i.test(out)) throw new UsageError(`--out must name a .pptx file (got "${out}")`);
  const xlsx = stringOption(args, "xlsx");
  if (xlsx !== null && !/\.xlsx$/i.test(xlsx)) throw new UsageError(`--xlsx must name a .xlsx file (got "${xlsx}")`);
  const view = parseView(stringOption(args, "view")?.replace(/^[^?]*\?/, "") ?? "");
  if (collections.length) view.collections = collections.includes(ALL_COLLECTIONS) ? [ALL_COLLECTIONS] : [...new Set(collections)];
  const from = year(stringOption(args, "from"), "from");
  const to = year(stringOption(args, "to"), "to");
  if (from !== null) view.from = from;
  if (to !== null) view.to = to;
  view.basis = oneOf(stringOption(args, "basis"), ["filing", "publication"] as const, "basis") ?? view.basis;
  view.names = oneOf(stringOption(args, "names"), NAME_MODES, "names") ?? view.names;
  view.fi = stringOption(args, "fi") ?? view.fi;
  view.applicant = stringOption(args, "applicant") ?? view.applicant;
  view.q = stringOption(args, "q") ?? view.q;
  return {
    db: resolveWarehousePath(stringOption(args, "db")),
    view,
    out: path.resolve(out),
    xlsx: xlsx === null ? null : path.resolve(xlsx),
    style: stringOption(args, "style") ?? DEFAULT_STYLE_FILE,
    json: args.options.json === true
  };
}

