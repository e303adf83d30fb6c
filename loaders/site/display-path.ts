// How the site names an ingested file. The warehouse keeps the path as the ingest was given it (raw stays raw),
// but a published site must say nothing about the machine that built it: no absolute path, no user or share name.
// A file from the inbox is shown by its path inside the inbox (the collection folder says which study it belongs
// to); any other file, the bundled sample included, by its file name alone.

import path from "node:path";
import {PROJECT_ROOT} from "../project-root.js";

export interface IngestedFile {
  /** batches.file_path: absolute, or relative to the folder the ingest ran in. */
  filePath: string;
  /** batches.file_name: the name as the ingesting machine split it off (its own path separators). */
  fileName: string;
}

export interface DisplayPathOptions {
  /** Absolute path of the inbox. */
  inbox: string;
  /**
   * The folder a relative file_path is taken from: npm runs every script in the project folder, so that is where
   * `npm start` and `npm run ingest -- data/inbox/…` stood.
   */
  base?: string;
  /** path.win32 to check the Windows rules on any machine; the running platform's by default. */
  paths?: path.PlatformPath;
}

export function displayPath(file: IngestedFile, {inbox, base = PROJECT_ROOT, paths = path}: DisplayPathOptions): string {
  // Outside the inbox, the name the warehouse split off at ingest: a Windows path split on a POSIX machine would
  // keep its folders.
  const inside = paths.relative(inbox, paths.resolve(base, file.filePath));
  const outside = inside === "" || inside === ".." || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside);
  return outside ? file.fileName : inside.split(paths.sep).join("/");
}
