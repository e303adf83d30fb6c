// The page side of the keyword search: decodes search-text.parquet (fetched by the page when the first query is
// typed, so that the 要約 stay off the first paint) and builds the index over it. Row i is application id i.

import {loadParquet} from "../parquet.js";
import {buildSearchIndexInSteps, type SearchIndex} from "./search-index.js";

export interface SearchText {
  index: SearchIndex;
  /** The 要約 of an application as stored, for a snippet around a match. */
  abstract(id: number): string;
}

/** One record batch: several times faster to read than parquet-wasm's default of 1,024 rows. */
const ONE_BATCH = {batchSize: 1 << 24};

/** `progress` gets the number of applications indexed so far, for a status line. */
export async function decodeSearchText(
  buffer: ArrayBuffer,
  applications: number,
  progress?: (done: number) => void
): Promise<SearchText> {
  const table = await loadParquet(buffer, ONE_BATCH);
  if (table.numRows !== applications) {
    // The two files come from different warehouse snapshots (a rebuild is under way): counts would be wrong.
    throw new Error(
      `search text: ${table.numRows} applications, the landscape data ${applications}; reload the page after the build`
    );
  }
  const column = (name: string) => {
    const vector = table.getChild(name);
    if (!vector) throw new Error(`search text: column ${name} is missing`);
    return (id: number) => String(vector.get(id) ?? "");
  };
  const [title, abstract, applicants] = [column("title"), column("abstract"), column("applicants")];
  const read = (id: number) => ({title: title(id), abstract: abstract(id), applicants: applicants(id)});
  const index = await buildSearchIndexInSteps(table.numRows, read, progress);
  return {index, abstract};
}

/**
 * The search text of a page, fetched and indexed on the first call and kept for the page's life (a filter change
 * redraws the document list but does not fetch again); a failed fetch is tried again on the next call.
 */
export function lazySearchText(
  fetchBytes: () => Promise<ArrayBuffer>,
  applications: number
): (progress?: (done: number) => void) => Promise<SearchText> {
  let pending: Promise<SearchText> | null = null;
  return (progress) => {
    pending ??= fetchBytes()
      .then((bytes) => decodeSearchText(bytes, applications, progress))
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}
