// The FI titles the landscape charts show beside the codes (data/reference/fi-titles.csv: `code,title`), as one
// object keyed by code. A malformed row stops the site loader with the file and row: a wrong title beside a code
// would mislabel a chart without anyone noticing.

import {parseReferenceTable, ReferenceDataError, REFERENCE_DIR} from "../kpi/reference-table.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {decodeBytes} from "../text/decode.js";

export const FI_TITLES_FILE = "fi-titles.csv";

/** A code of any FI level as the landscape charts write it: H, H01, H01M, H01M10, H01M10/052. */
const FI_NODE = /^[A-H](?:\d{2}(?:[A-Z](?:\d{1,4}(?:\/\d{1,6})?)?)?)?$/;

export function parseFiTitles(text: string, fileName: string = FI_TITLES_FILE): Record<string, string> {
  const titles: Record<string, string> = {};
  parseReferenceTable(text, fileName, ["code", "title"]).forEach((row, i) => {
    const where = `${fileName} row ${i + 1}`;
    const code = row.code!.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
    if (!FI_NODE.test(code)) throw new ReferenceDataError(`${where}: "${row.code}" is not an FI code (H, H01, H01M, H01M10, H01M10/052)`);
    if (row.title === "") throw new ReferenceDataError(`${where}: ${code} has no title`);
    if (Object.hasOwn(titles, code)) throw new ReferenceDataError(`${where}: ${code} is listed twice`);
    titles[code] = row.title!;
  });
  return titles;
}

/** Reads data/reference/fi-titles.csv (or the same file in `dir`), UTF-8 or CP932. */
export function readFiTitles(dir = REFERENCE_DIR): Record<string, string> {
  const {text} = decodeBytes(readFileSync(join(dir, FI_TITLES_FILE)));
  return parseFiTitles(text);
}
