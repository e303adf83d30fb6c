// What a file the site publishes says, for tests that look for text that must not be in it: its bytes as they are,
// and its content decoded (a Parquet file's strings may be compressed, and the landscape archive holds Parquet).

import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {initParquet, loadParquet, tableToRows} from "../../src/components/parquet.js";
import {untar} from "./tar.js";

const wasm = readFileSync(createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"));

export interface OutputText {
  /** The file, or `file/member` for a member of an archive. */
  where: string;
  text: string;
}

/**
 * The readings of one published file: its raw bytes as UTF-8 (an undecodable byte becomes U+FFFD and leaves the
 * text around it intact), then its decoded content, member by member for an archive.
 */
export async function outputTexts(where: string, bytes: Buffer): Promise<OutputText[]> {
  const texts: OutputText[] = [{where: `${where} (raw bytes)`, text: bytes.toString("utf8")}];
  if (where.endsWith(".parquet")) {
    await initParquet(wasm);
    const rows = tableToRows(await loadParquet(bytes));
    texts.push({where: `${where} (decoded)`, text: JSON.stringify(rows, (_, value) => (typeof value === "bigint" ? String(value) : value))});
  } else if (where.endsWith(".tar")) {
    for (const [member, memberBytes] of untar(bytes)) texts.push(...(await outputTexts(`${where}/${member}`, memberBytes)));
  }
  return texts;
}

/** Each "where: needle" for a needle found in any reading of any output. */
export function findNeedles(texts: readonly OutputText[], needles: readonly string[]): string[] {
  const found = new Set<string>();
  for (const {where, text} of texts) {
    for (const needle of needles) if (text.includes(needle)) found.add(`${where}: ${needle}`);
  }
  return [...found];
}
