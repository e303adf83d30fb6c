// The landscape archive (src/data/landscape.tar) decoded the way the page decodes it, for tests that check the
// site's datasets against a warehouse. The caller initialises the Parquet decoder first (initParquet).

import type {LandscapeData} from "../../src/components/landscape/landscape-data.js";
import type {LandscapeMeta} from "../../src/components/landscape/landscape-meta.js";
import {decodeLandscape} from "../../src/components/landscape/load-landscape.js";
import {untar} from "./tar.js";

/** The bytes of a member as the page's fetch gives them: an ArrayBuffer of exactly that member. */
export const arrayBuffer = (bytes: Buffer) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export async function decodeArchive(archive: Buffer): Promise<{meta: LandscapeMeta; data: LandscapeData; members: Map<string, Buffer>}> {
  const members = untar(archive);
  const meta = JSON.parse(members.get("meta.json")!.toString("utf8")) as LandscapeMeta;
  const file = (name: string) => arrayBuffer(members.get(name)!);
  const data = await decodeLandscape({
    meta,
    patents: file("patents.parquet"),
    applicants: file("applicants.parquet"),
    names: file("names.parquet"),
    fi: file("fi.parquet"),
    fiCodes: file("fi-codes.parquet"),
    collections: file("collections.parquet")
  });
  return {meta, data, members};
}
