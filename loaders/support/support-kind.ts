// Support records (支援実績: one row per support given to a company) as a kind of input file. Every accepted row
// is loaded as it is: rowsRead = rowsLoaded + rejected, nothing merged.

import type {FileKind} from "../ingest/file-kind.js";
import {loadKpiLookups} from "../kpi/kpi-lookups.js";
import {loadSupportRecords} from "./load-support-records.js";
import {readSupportFile, type SupportFile} from "./read-support-file.js";
import {describeExpectedSupportHeader, detectSupportLayout} from "./support-layout.js";

export const supportKind: FileKind<SupportFile> = {
  id: "support",
  label: "support records (支援実績: one row per company supported)",
  expectedHeader: describeExpectedSupportHeader(),
  matchesHeader: (cells) => detectSupportLayout(cells) !== null,
  read: (text) => readSupportFile(text, loadKpiLookups()),
  async load(connection, target, read) {
    const rowsLoaded = await loadSupportRecords(connection, target.batchId, target.isSample ?? false, read.records);
    return {rowsLoaded, rowsMerged: 0, rowsSuperseded: 0};
  }
};
