// chizai outcomes: did the supported companies go on to file? Per program: companies supported, linked to the
// applicants in the warehouse, filing after support (t = 1 or 2 年度 after their first support there), first-time
// filers and how many of those judgements are 参考値. The figures describe, they do not claim an effect.

import {readOutcomeSummary} from "../../support/outcome-summary.js";
import {openWarehouse} from "../../warehouse/connection.js";
import {locateWarehouse, requireNamedWarehouse} from "../../warehouse/warehouse-location.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {formatTable} from "../sql-output.js";
import {terminalJson, terminalText} from "../terminal-text.js";

const USAGE = `usage: npm run chizai -- outcomes [--db PATH] [--json]

Per support program: companies supported (by entity key, once however many rows and spellings), linked to an
applicant in the warehouse (ambiguous keys not counted: see the view support_links), filing after support (an
application whose 出願日 falls in the two 年度 after the 年度 of the company's first support in the program),
first-time filers, and incomplete (参考値: that window reaches into the 18 months before the latest 出願日).
Only the patents and utility models in the warehouse count. Per company: SELECT * FROM support_outcomes.`;

export const outcomesCommand: Command = {
  name: "outcomes",
  summary: "support outcomes per program: supported companies that went on to file (支援後の出願)",
  async run(argv) {
    const args = parseArgs(argv, {values: ["db"], flags: ["json"]});
    if (args.options.help) {
      console.log(USAGE);
      return 0;
    }
    if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
    const location = locateWarehouse(stringOption(args, "db"));
    requireNamedWarehouse(location);
    const warehouse = await openWarehouse(location.path, {readOnly: true});
    try {
      const summary = await readOutcomeSummary(warehouse.connection);
      if (args.options.json) {
        console.log(terminalJson({warehouse: location.path, ...summary}));
        return 0;
      }
      if (summary.programs.length === 0) {
        console.log(
          `No support records in ${terminalText(location.path)}: ingest a 支援実績 file (年度, 都道府県, 事業, 企業名, …) ` +
            `with npm run ingest -- FILE`
        );
        return 0;
      }
      const columns = ["事業", "支援企業", "出願と紐付け", "支援後の出願", "うち初出願", "参考値", "要確認", "初回支援年度"];
      const rows = summary.programs.map((p) => [
        p.program, p.companies, p.linked, p.filed_after, p.first_time_filers, p.incomplete, p.ambiguous,
        p.first_fiscal_year_min === p.first_fiscal_year_max
          ? String(p.first_fiscal_year_min)
          : `${p.first_fiscal_year_min}–${p.first_fiscal_year_max}`
      ]);
      console.log(
        [
          summary.sample_only ? "架空のサンプルデータ (fictional sample data)" : null,
          formatTable(columns, rows),
          `支援後の出願: 初回支援の翌年度・翌々年度 (t = 1, 2) に出願日がある企業。参考値: その期間が最新の出願日 ` +
            `(${summary.latest_filing_date ?? "なし"}) から18か月以内にかかる企業 (出願の公開前で件数が増えうる)。`,
          `要確認: 企業名の名寄せキーが複数の都道府県・法人格・出願人にまたがる企業 (SELECT * FROM support_links WHERE ambiguous)。`,
          `対象はこの warehouse にある特許・実用新案のみ。支援の効果を示すものではない。`
        ]
          .filter((line) => line !== null)
          .join("\n")
      );
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
