// What a chart means outside the page: the conditions it was drawn under and where the numbers come from. A page
// computes one context from its current state and hands it to every card; the card prints it under the chart (on
// screen for print, in the SVG/PNG files) and puts the filters in the downloaded file names, so a file pasted into a
// report still says what it shows.

import {safeFileName} from "./download.js";

export interface ChartContext {
  /** The page's conditions on one line, e.g. 「コレクション：LiDAR　期間：2001–2022年（出願日・暦年）」. */
  conditions: string;
  /** Where the numbers come from, e.g. 「出典：J-PlatPat（INPIT）」. */
  source: string;
  /** File-name parts placed before the card's own name, e.g. the collection: ["LiDAR"]. */
  filePrefix: readonly string[];
  /** File-name parts placed after it, e.g. the filters: ["出願年", "2001-2022"]. */
  fileSuffix: readonly string[];
}

export const PATENT_SOURCE = "出典：J-PlatPat（INPIT）";

/** One file-name part may not crowd out the others: a long collection name or query is cut. */
const MAX_PART_LENGTH = 40;

function filePart(part: string): string {
  const clean = part.replace(/\s+/g, " ").trim();
  const characters = Array.from(clean);
  return characters.length > MAX_PART_LENGTH ? `${characters.slice(0, MAX_PART_LENGTH - 1).join("")}…` : clean;
}

/** The stem of a download: prefix, the card's name, suffix, joined with "_" (empty parts left out). */
export function contextFileStem(context: ChartContext | undefined, stem: string): string {
  const parts = [...(context?.filePrefix ?? []), stem, ...(context?.fileSuffix ?? [])].map(filePart);
  return parts.filter((p) => p !== "").join("_");
}

/** The whole file name, safe on Windows (forbidden characters replaced, length capped). */
export function contextFileName(context: ChartContext | undefined, stem: string, extension: string): string {
  return safeFileName(contextFileStem(context, stem), extension);
}
