// `chizai search` and the page's search agree: the page side is the loader's search-text.parquet decoded with the
// browser's own decoder and searched with the same module, the CLI is a real process; both over a warehouse of two
// real J-PlatPat exports in two collections. The search text's rows line up with the landscape's application ids.

import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import path from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {landscapeEntries} from "../../loaders/site/landscape-archive.js";
import {searchTextParquet} from "../../loaders/site/search-text.js";
import {openSiteWarehouse, type SiteWarehouse} from "../../loaders/site/site-warehouse.js";
import type {LandscapeMeta} from "../../src/components/landscape/landscape-meta.js";
import {decodeSearchText, type SearchText} from "../../src/components/search/load-search-text.js";
import {initParquet, loadParquet} from "../../src/components/parquet.js";
import {ingest, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLES = path.resolve(ROOT, "../shared/jplatpat-samples");
const wasm = readFileSync(createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"));
const arrayBuffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

interface SearchJson {
  total: number;
  searched: number;
  applicationNumbers: string[];
}

function chizaiSearch(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "search", "--db", db, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

async function withSite<T>(db: string, work: (site: SiteWarehouse) => Promise<T>): Promise<T> {
  const site = await openSiteWarehouse(db);
  try {
    return await work(site);
  } finally {
    site.close();
  }
}

const db = tempWarehouse("search");
let text: SearchText;
let applicationNumbers: string[];
let collectionsOf: string[][];

beforeAll(async () => {
  await initParquet(wasm);
  await ingest(db, [path.join(SAMPLES, "co2-separation-2020-2022_16col.csv")], "co2");
  await ingest(db, [path.join(SAMPLES, "water-tap_15col.csv")], "water");
  const {entries, parquet} = await withSite(db, async (site) => ({
    entries: await landscapeEntries(site),
    parquet: await searchTextParquet(site)
  }));
  const member = (name: string) => entries.find((e) => e.name === name)!.bytes;
  const meta = JSON.parse(new TextDecoder().decode(member("meta.json"))) as LandscapeMeta;
  text = await decodeSearchText(arrayBuffer(parquet), meta.applications);
  const documents = await loadParquet(member("documents.parquet"));
  applicationNumbers = Array.from({length: documents.numRows}, (_, id) => String(documents.getChild("application_number")!.get(id)));
  // Collections by application id, from the landscape's own files.
  const counts = (await loadParquet(member("patents.parquet"))).getChild("collections")!.toArray() as Int32Array;
  const ids = (await loadParquet(member("collections.parquet"))).getChild("collection_id")!.toArray() as Int32Array;
  let row = 0;
  collectionsOf = Array.from(counts, (n) => Array.from({length: n}, () => meta.collections[ids[row++]!]!.name));
}, 120_000);

/** What the page shows for a query: the matching application numbers, newest filing first. */
function pageSide(query: string, collection: string | null = null): string[] {
  const matches = text.index.match(query);
  const found: string[] = [];
  for (let id = matches.length - 1; id >= 0; --id) {
    if (matches[id] && (collection === null || collectionsOf[id]!.includes(collection))) found.push(applicationNumbers[id]!);
  }
  return found;
}

describe("chizai search and the page agree", () => {
  test("the search text has a row per application, in the landscape's application-id order", async () => {
    expect(text.index.size).toBe(applicationNumbers.length);
    expect(text.index.size).toBe(270 + 1423);
    const rows = await withSite(db, async (site) => loadParquet(await searchTextParquet(site)));
    const numbers = Array.from({length: rows.numRows}, (_, id) => String(rows.getChild("application_number")!.get(id)));
    expect(numbers).toEqual(applicationNumbers);
    expect(text.abstract(applicationNumbers.length - 1)).toBeTypeOf("string");
  });

  test("search text from another snapshot than the landscape data is refused, not searched", async () => {
    const parquet = await withSite(db, (site) => searchTextParquet(site));
    await expect(decodeSearchText(arrayBuffer(parquet), applicationNumbers.length + 1)).rejects.toThrow(
      `search text: ${applicationNumbers.length} applications, the landscape data ${applicationNumbers.length + 1}; reload the page after the build`
    );
  });

  test("with no warehouse yet the search text is empty", async () => {
    const parquet = await withSite(tempWarehouse("search-missing"), (site) => searchTextParquet(site));
    const empty = await decodeSearchText(arrayBuffer(parquet), 0);
    expect(empty.index.size).toBe(0);
    expect([...empty.index.match("電池")]).toEqual([]);
  });

  test.each([
    ["二酸化炭素 吸収", null],
    ['"修正有） 【課題" -アミン', null],
    ["ｾﾝｻｰ 株式会社 -二酸化炭素", "water"]
  ])("%s (collection %s)", (query, collection) => {
    const expected = pageSide(query, collection);
    expect(expected.length).toBeGreaterThan(0);
    const result = chizaiSearch(db, "--json", ...(collection ? ["--collection", collection] : []), query);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as SearchJson;
    expect(json.total).toBe(expected.length);
    expect(json.applicationNumbers).toEqual(expected);
    expect(json.searched).toBe(collection === "co2" ? 270 : collection === "water" ? 1423 : 270 + 1423);
  });

  test("the text output lists 出願番号 and 発明の名称 with a count; the arguments are one query", () => {
    const result = chizaiSearch(db, "--limit", "2", "二酸化炭素", "-アミン");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    const total = pageSide("二酸化炭素 -アミン").length;
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^特願\d{4}-\d{6}\t.+/);
    expect(lines[2]).toBe(`${total} of 1,693 applications match (the newest 2 listed; --limit N for more, --json for all)`);
    const split = JSON.parse(chizaiSearch(db, "--json", "--collection", "co2", "二酸化炭素 吸収", "-アミン").stdout) as SearchJson;
    expect(split.total).toBe(pageSide("二酸化炭素 吸収 -アミン", "co2").length);
    expect(split.total).toBeGreaterThan(0);
  });

  test("an unknown collection or an empty query is a clear error", () => {
    const unknown = chizaiSearch(db, "--collection", "nope", "x");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: there is no collection "nope"; collections: co2, water\n');
    const empty = chizaiSearch(db, "ー");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("error: search needs a query");
  });
});
