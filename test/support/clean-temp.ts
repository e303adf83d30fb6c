// Global setup of the unit project: removes the temporary folders earlier runs left under test/.tmp (tests keep
// theirs after a run so a failure can be inspected). The benchmark's inputs and the built test site stay, and so
// does anything from the last hour, which may belong to another test run going on at the same time.

import fs from "node:fs";
import path from "node:path";

const TMP = path.resolve(import.meta.dirname, "../.tmp");
const KEEP = new Set(["bench", "site-dist", "site-warehouse.duckdb", "site-warehouse.duckdb.wal"]);

export default function cleanTemp(): void {
  if (!fs.existsSync(TMP)) return;
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const entry of fs.readdirSync(TMP)) {
    const full = path.join(TMP, entry);
    if (KEEP.has(entry) || fs.statSync(full).mtimeMs > cutoff) continue;
    fs.rmSync(full, {recursive: true, force: true});
  }
}
