// A user's FI title file (code,title; read-fi-titles-file.ts) as a kind of input file.
//
// Counts: every entry read is loaded (a title file merges nothing); the entries of an earlier version of the same
// file that this one replaced are counted in rowsSuperseded.

import type {FileKind} from "../ingest/file-kind.js";
import {loadFiTitles} from "./load-fi-titles.js";
import {FI_TITLES_EXPECTED_HEADER, readFiTitlesFile, readFiTitlesHeader, type FiTitlesFile} from "./read-fi-titles-file.js";

export const fiTitlesKind: FileKind<FiTitlesFile> = {
  id: "fi-titles",
  label: "FI title file (FI分類のタイトル)",
  expectedHeader: FI_TITLES_EXPECTED_HEADER,
  matchesHeader: (cells) => readFiTitlesHeader(cells) !== null,
  read: readFiTitlesFile,
  async load(connection, target, read) {
    const {replaced} = await loadFiTitles(connection, target.batchId, target.filePath, read.entries);
    return {rowsLoaded: read.entries.length, rowsMerged: 0, rowsSuperseded: replaced};
  }
};
