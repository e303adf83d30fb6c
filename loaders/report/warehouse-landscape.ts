// The landscape as the page sees it, read from a warehouse without a site build: the site's own loader code writes
// the archive's datasets (landscape-archive.ts) and the page's own decoder reads them (load-landscape.ts), so
// `npm run report` counts exactly what the ランドスケープ page counts.

import fs from "node:fs";
import {createRequire} from "node:module";
import {decodeDocuments, decodeLandscape} from "../../src/components/landscape/load-landscape.js";
import type {LandscapeData, LandscapeDocuments} from "../../src/components/landscape/landscape-data.js";
import type {LandscapeMeta} from "../../src/components/landscape/landscape-meta.js";
import {initParquet} from "../../src/components/parquet.js";
import type {ReportBasis} from "../../src/components/report/report-basis.js";
import {decodeSearchText, type SearchText} from "../../src/components/search/load-search-text.js";
import {landscapeEntries} from "../site/landscape-archive.js";
import {searchTextParquet} from "../site/search-text.js";
import {openSiteWarehouse} from "../site/site-warehouse.js";
import {WarehouseError} from "../warehouse/connection.js";
import {readReportBasis} from "./report-basis.js";

export interface WarehouseLandscape {
  data: LandscapeData;
  documents: LandscapeDocuments;
  basis: ReportBasis;
  /** Only when asked for (a keyword query): indexing every 要約 takes a while. */
  searchText?: SearchText;
}

const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

let parquetReady: Promise<unknown> | null = null;

function initParquetInNode(): Promise<unknown> {
  const wasm = createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");
  parquetReady ??= initParquet(fs.readFileSync(wasm));
  return parquetReady;
}

export async function readWarehouseLandscape(db: string, {searchText = false} = {}): Promise<WarehouseLandscape> {
  await initParquetInNode();
  const site = await openSiteWarehouse(db);
  try {
    if (site.state === "missing") {
      throw new WarehouseError(`no warehouse at ${site.path}: ingest J-PlatPat exports first (npm run ingest -- FILE)`);
    }
    const members = new Map((await landscapeEntries(site)).map((e) => [e.name, e.bytes]));
    const member = (name: string) => arrayBuffer(members.get(name)!);
    const meta = JSON.parse(Buffer.from(members.get("meta.json")!).toString("utf8")) as LandscapeMeta;
    if (meta.status !== "ready") throw new WarehouseError(`the warehouse ${site.path} holds no J-PlatPat applications yet`);
    const data = await decodeLandscape({
      meta,
      patents: member("patents.parquet"),
      applicants: member("applicants.parquet"),
      names: member("names.parquet"),
      fi: member("fi.parquet"),
      fiCodes: member("fi-codes.parquet"),
      collections: member("collections.parquet")
    });
    const documents = await decodeDocuments(member("documents.parquet"), data);
    const basis = await readReportBasis(site.connection);
    const text = searchText
      ? await decodeSearchText(arrayBuffer(await searchTextParquet(site)), data.applications)
      : undefined;
    return {data, documents, basis, ...(text ? {searchText: text} : {})};
  } finally {
    site.close();
  }
}
