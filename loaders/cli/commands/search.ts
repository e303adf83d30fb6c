// chizai search QUERY: the ランドスケープ page's keyword search from the command line, over the same rows (search-text.ts)
// with the same module (src/components/search/), so that a count here is the count the page shows.

import {openWarehouse} from "../../warehouse/connection.js";
import {queryRows} from "../../warehouse/query.js";
import {readSearchText} from "../../site/search-text.js";
import {buildSearchIndex} from "../../../src/components/search/search-index.js";
import {parseSearchQuery} from "../../../src/components/search/query.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalText} from "../terminal-text.js";

const USAGE = `usage: npm run chizai -- search [--db PATH] [--collection NAME] [--limit N] [--json] QUERY...

Finds the applications whose 発明の名称, 要約 or applicant names contain every term of QUERY, as the document
search of the ランドスケープ page does:
  二酸化炭素 吸収        every term (each may occur in a different field; a term never spans two fields)
  -アミン                a leading minus excludes the applications containing the term
  '"carbon dioxide"'     double quotes keep a phrase with its spaces (quote them for the shell: '"…"')
Text is compared after NFKC normalisation and lower-casing, with the prolonged sound mark ー removed, so ＬｉＤＡＲ
finds LiDAR, ｾﾝｻ finds センサ and センサー finds センサ.
Lists the newest filings first: --limit rows (default 50) as text; --json gives the total and every number.`;

export const searchCommand: Command = {
  name: "search",
  summary: "keyword search over titles, abstracts and applicant names (as on the ランドスケープ page)",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "collection", "limit"], flags: ["json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    // The same query string as typed in the page's search box: "二酸化炭素 吸収" and 二酸化炭素 吸収 are two terms.
    const text = args.positional.join(" ");
    const query = parseSearchQuery(text);
    if (!query.include.length && !query.exclude.length) throw new UsageError("search needs a query");
    const limit = Number(stringOption(args, "limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit takes a positive number");
    const collection = stringOption(args, "collection");

    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")), {readOnly: true});
    try {
      if (collection !== null) {
        const known = await queryRows<{collection: string}>(
          warehouse.connection,
          "SELECT DISTINCT collection FROM collections ORDER BY collection"
        );
        if (!known.some((k) => k.collection === collection)) {
          const names = known.map((k) => terminalText(k.collection)).join(", ") || "(none yet)";
          console.error(`error: there is no collection "${terminalText(collection)}"; collections: ${names}`);
          return 1;
        }
      }
      const rows = await readSearchText(warehouse.connection, collection);
      const matches = buildSearchIndex(rows.length, (id) => rows[id]!).match(query);
      const found: number[] = [];
      for (let id = rows.length - 1; id >= 0; --id) if (matches[id]) found.push(id);

      if (args.options.json) {
        console.log(
          JSON.stringify(
            {query: text, collection, include: query.include, exclude: query.exclude, searched: rows.length,
              total: found.length, applicationNumbers: found.map((id) => rows[id]!.application_number)},
            null,
            2
          )
        );
        return 0;
      }
      for (const id of found.slice(0, limit)) {
        const row = rows[id]!;
        console.log(`${terminalText(row.application_number)}\t${terminalText(row.title)}`);
      }
      const scope = collection === null ? "" : ` in collection "${terminalText(collection)}"`;
      const shown = found.length > limit ? ` (the newest ${limit} listed; --limit N for more, --json for all)` : "";
      console.log(`${found.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} applications${scope} match${shown}`);
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
