// Temporary folders for tests, under test/.tmp (git-ignored) so that a failed run leaves its files to inspect.

import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../.tmp");

export function makeTempDir(label: string): string {
  fs.mkdirSync(ROOT, {recursive: true});
  return fs.mkdtempSync(path.join(ROOT, `${label}-`));
}
