// Program KPI sheets (long or wide layout) as a kind of input file.
//
// Counts per file: rowsLoaded and rowsMerged come from the file alone (read-kpi-file.ts: a row is loaded when it
// states a key no earlier row of the file stated); rowsSuperseded counts the figures of earlier files whose values
// this file changed (load-kpi-facts.ts). The pipeline checks rowsRead = rowsLoaded + rowsMerged + rejected.

import type {FileKind} from "../ingest/file-kind.js";
import {loadKpiLookups} from "./kpi-lookups.js";
import {describeExpectedKpiHeaders, detectKpiLayout} from "./layouts.js";
import {loadKpiFacts} from "./load-kpi-facts.js";
import {readKpiFile, type KpiFile} from "./read-kpi-file.js";

export const kpiKind: FileKind<KpiFile> = {
  id: "kpi",
  label: "KPI sheet (知財支援事業の実績)",
  // Indented to sit under its bullet in the message that refuses an unrecognised file.
  expectedHeader: describeExpectedKpiHeaders().replace(/\n/g, "\n    "),
  matchesHeader: (cells) => detectKpiLayout(cells) !== null,
  read: (text) => readKpiFile(text, loadKpiLookups()),
  async load(connection, target, read) {
    const result = await loadKpiFacts(connection, target.batchId, read.facts, read.replacedInFile);
    return {rowsLoaded: read.rowsLoaded, rowsMerged: read.mergedInFile, rowsSuperseded: result.superseded};
  }
};
