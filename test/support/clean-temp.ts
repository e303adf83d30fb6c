// Global setup of the unit project: removes the temporary folders earlier runs left under test/.tmp (tests keep
// theirs after a run so a failure can be inspected). The benchmark's inputs and the built test site stay.

import fs from "node:fs";
import path from "node:path";

const TMP = path.resolve(import.meta.dirname, "../.tmp");
const KEEP = new Set(["bench", "site-dist", "site-warehouse.duckdb", "site-warehouse.duckdb.wal"]);

export default function cleanTemp(): void {
  if (!fs.existsSync(TMP)) return;
  for (const entry of fs.readdirSync(TMP)) {
    if (!KEEP.has(entry)) fs.rmSync(path.join(TMP, entry), {recursive: true, force: true});
  }
}
