// chizai names suggest: writes likely merges the automatic key does not make, in the dictionary's shape, for a
// person to review and import. It proposes; it never merges anything by itself.
//
// With --support: likely links between supported companies (support_records) and applicants that the key missed,
// in the same shape (support-suggestions.ts), default data/inbox-review/support-suggestions.csv.
//
// Default output data/inbox-review/applicant-suggestions.csv (beside data/inbox/, not in it: an ingest of the inbox
// folder must not pick up a review file); `--out -` writes the CSV to stdout and the summary to stderr.

import fs from "node:fs";
import path from "node:path";
import {openWarehouse} from "../../warehouse/connection.js";
import {queryRows} from "../../warehouse/query.js";
import {formatSuggestionsCsv} from "../../names/aliases-file.js";
import {countByReason, suggestWarehouseMerges} from "../../names/warehouse-suggestions.js";
import {suggestSupportLinks} from "../../support/support-suggestions.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalLines, terminalText} from "../terminal-text.js";
import {requireNamesTables} from "./names-report.js";

export const DEFAULT_SUGGESTIONS_PATH = "data/inbox-review/applicant-suggestions.csv";
export const DEFAULT_SUPPORT_SUGGESTIONS_PATH = "data/inbox-review/support-suggestions.csv";

const USAGE = `usage: npm run chizai -- names suggest [--db PATH] [--collection NAME | --support] [--out PATH|-]

Writes likely merges of applicant names that the automatic key does not make (columns
name,entity,group,reason,count,other_count; UTF-8 with BOM for Excel) to --out (default
${DEFAULT_SUGGESTIONS_PATH}; - for stdout). Spellings the dictionary already places are left out.
Review the rows, delete the wrong ones, fill in group if you like, then: npm run chizai -- names import PATH

--support: instead, likely links between supported companies (support records) and applicants that the
automatic key missed (name = the company as the support file spells it, entity = the applicant entity),
default ${DEFAULT_SUPPORT_SUGGESTIONS_PATH}. Importing them links the companies ('dictionary' in support_links).`;

export const namesSuggestCommand: Command = {
  name: "suggest",
  summary: "write likely merges to review (CSV in the dictionary's shape); merges nothing",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "collection", "out"], flags: ["support"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    const support = args.options.support === true;
    const out = stringOption(args, "out") ?? (support ? DEFAULT_SUPPORT_SUGGESTIONS_PATH : DEFAULT_SUGGESTIONS_PATH);
    const collection = stringOption(args, "collection");
    if (support && collection !== null) throw new UsageError("--support and --collection cannot be combined");
    const warehousePath = context.resolveWarehouse(stringOption(args, "db"));
    const warehouse = await openWarehouse(warehousePath, {readOnly: true});
    try {
      await requireNamesTables(warehouse.connection, warehousePath);
      if (support) {
        const result = await suggestSupportLinks(warehouse.connection);
        const summary = [
          `${result.suggestions.length} suggestion${result.suggestions.length === 1 ? "" : "s"} for ` +
            `${result.unlinkedCompanies} supported compan${result.unlinkedCompanies === 1 ? "y" : "ies"} no link reaches` +
            (result.suggestions.length > 0
              ? `: ${countByReason(result.suggestions).map(([reason, n]) => `${reason} ${n}`).join(", ")}`
              : "")
        ];
        writeSuggestions(formatSuggestionsCsv(result.suggestions), out, summary, result.suggestions.length > 0);
        return 0;
      }
      if (collection !== null) {
        const known = await queryRows<{collection: string}>(
          warehouse.connection,
          `SELECT DISTINCT collection FROM collections ORDER BY 1`
        );
        if (!known.some((c) => c.collection === collection)) {
          console.error(
            `error: no collection named "${terminalText(collection)}". ` +
              `Collections: ${known.map((c) => terminalText(c.collection)).join(", ") || "none"}`
          );
          return 1;
        }
      }
      const result = await suggestWarehouseMerges(warehouse.connection, collection);
      const summary = [
        `${result.suggestions.length} suggestion${result.suggestions.length === 1 ? "" : "s"} among ` +
          `${result.names} spellings${collection === null ? "" : ` of collection "${terminalText(collection)}"`}` +
          (result.suggestions.length > 0
            ? `: ${countByReason(result.suggestions).map(([reason, n]) => `${reason} ${n}`).join(", ")}`
            : "") +
          (result.alreadyDecided > 0 ? ` (${result.alreadyDecided} more left out: the dictionary already decides them)` : "")
      ];
      writeSuggestions(formatSuggestionsCsv(result.suggestions), out, summary, result.suggestions.length > 0);
      return 0;
    } finally {
      warehouse.close();
    }
  }
};

/** Writes the CSV to `out` (or stdout for -) and the summary beside it, with how to import the reviewed rows. */
function writeSuggestions(csv: string, out: string, summary: string[], any: boolean): void {
  if (out === "-") {
    // Redirected to a file, the CSV stays as it is (it is imported back); shown on a terminal, it is escaped.
    process.stdout.write(process.stdout.isTTY ? terminalLines(csv) : csv);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(out)), {recursive: true});
    fs.writeFileSync(out, csv);
    summary.push(`Written to ${terminalText(out)}.`);
  }
  if (any) {
    summary.push(
      `Review the rows (delete the wrong ones, fill in group if you like), then import them: ` +
        `npm run chizai -- names import ${out === "-" ? "FILE.csv" : terminalText(out)}`
    );
  }
  (out === "-" ? console.error : console.log)(summary.join("\n"));
}
