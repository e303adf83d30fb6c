// The FI titles the landscape charts show beside the codes, as one object keyed by code: the shipped section and
// class titles (data/reference/fi-titles.csv: `code,title`) with the titles of the files users ingested laid over
// them (fi_titles; a user's title wins, and of two user files the one ingested last). A malformed row of the shipped
// file stops the site loader with the file and row: a wrong title beside a code would mislabel a chart without
// anyone noticing (a user's file is checked at ingest instead, its bad rows rejected with their lines).

import {parseReferenceTable, ReferenceDataError, REFERENCE_DIR} from "../kpi/reference-table.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {decodeBytes} from "../text/decode.js";
import {chartLevelFiCode} from "../fi-titles/fi-title-code.js";
import {queryRows} from "../warehouse/query.js";
import type {SiteWarehouse} from "./site-warehouse.js";

export const FI_TITLES_FILE = "fi-titles.csv";

export function parseFiTitles(text: string, fileName: string = FI_TITLES_FILE): Record<string, string> {
  const titles: Record<string, string> = {};
  parseReferenceTable(text, fileName, ["code", "title"]).forEach((row, i) => {
    const where = `${fileName} row ${i + 1}`;
    const code = chartLevelFiCode(row.code!);
    if (code === null) throw new ReferenceDataError(`${where}: "${row.code}" is not an FI code (H, H01, H01M, H01M10, H01M10/052)`);
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

/** The titles users ingested, the one ingested last winning for a code. */
export async function readUserFiTitles(site: SiteWarehouse): Promise<Record<string, string>> {
  const rows = await queryRows<{code: string; title: string}>(
    site.connection,
    `SELECT code, arg_max(title, batch_id) AS title FROM fi_titles GROUP BY code ORDER BY code`
  );
  return Object.fromEntries(rows.map((row) => [row.code, row.title]));
}

/** What fi-titles.json serves: the shipped titles, then the users' over them. */
export async function siteFiTitles(site: SiteWarehouse, dir = REFERENCE_DIR): Promise<Record<string, string>> {
  return {...readFiTitles(dir), ...(await readUserFiTitles(site))};
}
