// J-PlatPat result-list exports as a kind of input file.

import type {FileKind} from "../ingest/file-kind.js";
import {registeredNames} from "../names/register-names.js";
import {registeredFiCodes} from "./fi-codes.js";
import {knownApplications} from "./known-applications.js";
import {loadPatents} from "./load-patents.js";
import {JPLATPAT_COLUMNS, readJplatpatHeader, REQUIRED_FIELDS} from "./columns.js";
import {readJplatpatExport, type JplatpatExport} from "./read-export.js";

export const jplatpatKind: FileKind<JplatpatExport> = {
  id: "jplatpat",
  label: "J-PlatPat export",
  expectedHeader:
    `J-PlatPat 検索結果一覧 CSV with at least ${REQUIRED_FIELDS.map((f) => JPLATPAT_COLUMNS[f]).join(", ")} ` +
    `(optional: ${Object.entries(JPLATPAT_COLUMNS)
      .filter(([f]) => !REQUIRED_FIELDS.includes(f as never))
      .map(([, name]) => name)
      .join(", ")})`,
  matchesHeader: (cells) => readJplatpatHeader(cells) !== null,
  read: readJplatpatExport,
  async load(connection, target, read) {
    const result = await loadPatents(connection, target.batchId, target.collection, read.patents);
    return {
      rowsLoaded: result.loaded,
      rowsMerged: read.mergedInFile + result.mergedExisting,
      rowsSuperseded: 0
    };
  },
  rolledBack(connection) {
    // The caches of what the warehouse holds may now list things that were never committed.
    for (const cache of [knownApplications, registeredFiCodes, registeredNames]) cache.forget(connection);
  }
};
