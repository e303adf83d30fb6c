// The project folder (the one holding chizai-atlas's package.json). Modules find data/ and reference files from
// here, not from their own location, so they work the same whether they run from loaders/ through tsx or from the
// ahead-of-time build of the CLI in .build/ (loaders/cli/launch.mjs).

import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "chizai-atlas") return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the chizai-atlas project folder above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: `projectPath("data", "reference")`. */
export function projectPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, ...parts);
}
