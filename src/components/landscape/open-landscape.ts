// The data bootstrap that the ランドスケープ and 出願人 pages share. Each page still starts the downloads itself in its
// first cells (FileAttachment takes string literals in the page, and the requests must leave before the modules of
// the charts load); this turns what arrived into LandscapeData, or into a notice that says why there is nothing.

import {dataNotice} from "../data-notice.js";
import {decodeLandscape} from "./load-landscape.js";
import type {LandscapeData} from "./landscape-data.js";
import type {LandscapeMeta} from "./landscape-meta.js";

/** What the page's first cell holds: the archive's members in LANDSCAPE_FILES order (without documents), or why not. */
export type LandscapeDownload =
  | {files: [LandscapeMeta, ArrayBuffer, ArrayBuffer, ArrayBuffer, ArrayBuffer, ArrayBuffer, ArrayBuffer]}
  | {error: unknown};

/**
 * The decoded landscape; when there is nothing to show, `display`s the notice and never resolves, so that the cells
 * below wait forever instead of each showing the same error.
 */
export async function openLandscape(
  download: LandscapeDownload,
  display: (node: Node) => void
): Promise<LandscapeData> {
  try {
    if ("error" in download) throw download.error;
    const [meta, patents, applicants, names, fi, fiCodes, collections] = download.files;
    if (meta.status !== "ready") {
      display(dataNotice(meta.status, meta.warehouseName));
      return new Promise(() => {});
    }
    return await decodeLandscape({meta, patents, applicants, names, fi, fiCodes, collections});
  } catch (error) {
    display(dataNotice("unreadable", String((error as Error | undefined)?.message ?? error)));
    return new Promise(() => {});
  }
}
