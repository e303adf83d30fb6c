// chizai rejects: the rows that were not loaded, with file, line span, reason and raw text.

import {openWarehouse} from "../../warehouse/connection.js";
import {queryRows} from "../../warehouse/query.js";
import {parseArgs, stringOption, UsageError} from "../args.js";
import type {Command} from "../commands.js";
import {terminalJson, terminalLines, terminalText} from "../terminal-text.js";

interface RejectRow {
  batch_id: number;
  file_name: string;
  line_start: number;
  line_end: number;
  error_type: string;
  reason: string;
  raw: string;
}

export const rejectsCommand: Command = {
  name: "rejects",
  summary: "list rejected rows (file, lines, reason, raw text)",
  async run(argv, context) {
    const args = parseArgs(argv, {values: ["db", "batch", "limit"], flags: ["json"]});
    if (args.options.help) {
      console.log("usage: npm run chizai -- rejects [--db PATH] [--batch N] [--limit N] [--json]");
      return 0;
    }
    const batch = stringOption(args, "batch");
    const limit = Number(stringOption(args, "limit") ?? 100);
    if (batch !== null && !/^\d+$/.test(batch)) throw new UsageError("--batch takes a batch number");
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit takes a positive number");
    const warehouse = await openWarehouse(context.resolveWarehouse(stringOption(args, "db")), {readOnly: true});
    try {
      const rows = await queryRows<RejectRow>(
        warehouse.connection,
        `SELECT r.batch_id, b.file_name, r.line_start, r.line_end, r.error_type, r.reason, r.raw
         FROM rejects r JOIN batches b USING (batch_id)
         WHERE $1::INTEGER IS NULL OR r.batch_id = $1::INTEGER
         ORDER BY r.batch_id, r.line_start LIMIT $2`,
        [batch === null ? null : Number(batch), limit]
      );
      if (args.options.json) console.log(terminalJson(rows));
      else if (rows.length === 0) console.log("no rejected rows");
      else {
        for (const r of rows) {
          const span = r.line_start === r.line_end ? `line ${r.line_start}` : `lines ${r.line_start}–${r.line_end}`;
          console.log(`${terminalText(r.file_name)} ${span} (batch ${r.batch_id}): ${r.error_type}: ${terminalText(r.reason)}`);
          // The raw text as read, one physical line under the other; anything else it holds (a stray CR, an ESC)
          // is shown escaped.
          console.log(`    ${terminalLines(r.raw.slice(0, 400)).replace(/\n/g, "\n    ")}`);
        }
      }
      return 0;
    } finally {
      warehouse.close();
    }
  }
};
