// npm run clean: removes Framework's loader cache and the built site. A Node script rather than `rm -rf` so that
// it runs the same under cmd.exe, PowerShell and POSIX shells (npm runs scripts with cmd.exe on Windows).
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
for (const target of ["src/.observablehq/cache", "dist"]) {
  fs.rmSync(path.join(ROOT, target), {recursive: true, force: true});
}
