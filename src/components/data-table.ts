// Tables on the pages: Inputs.table, except that a table with no rows says so in Japanese. Inputs.table (0.12.0)
// has no locale for its empty state and writes "No results." in English, in a row that disappears once a header is
// clicked; a sentence in place of the table reads better than an empty grid.

import * as Inputs from "@observablehq/inputs";
import {textElement} from "./safe-text.js";

export const NO_ROWS_MESSAGE = "該当する行はありません。";

/** Arrays (also what Inputs.search yields) and Arrow tables know their size; for anything else, null. */
function rowCount(data: unknown): number | null {
  if (Array.isArray(data)) return data.length;
  const numRows = (data as {numRows?: unknown} | null | undefined)?.numRows;
  return typeof numRows === "number" ? numRows : null;
}

/**
 * `Inputs.table(data, options)`, or, when `data` has no rows, a paragraph with `empty` (marked `data-empty-table`).
 * A page that filters the rows re-runs this with the filtered rows, so a search that matches nothing says so too.
 */
export function dataTable(data: unknown, options: Record<string, unknown> = {}, empty = NO_ROWS_MESSAGE): HTMLElement {
  if (rowCount(data) !== 0) return Inputs.table(data, options);
  const message = textElement("p", empty, "muted");
  message.dataset.emptyTable = "";
  return message;
}
