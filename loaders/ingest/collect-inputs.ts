// Turns the paths given on the command line into the list of files to ingest, each with its collection name.
//
// Collection names group the files of one study: `--collection NAME` names them all; otherwise a file given
// directly is its own collection (its name without extension), and a file found inside a folder belongs to the
// folder that holds it. So `data/inbox/全固体電池/*.csv` is collection 全固体電池.
//
// A file given directly is passed on whatever it is: reading it refuses a pipe or a device with a message
// (ingest-file.ts). Inside a folder, such entries (and symbolic links, which are not followed) are left out, and
// `onSkipped` says so.

import fs from "node:fs";
import path from "node:path";
import {describeFileKind} from "../files/read-regular-file.js";

export interface InputFile {
  path: string;
  collection: string;
  /** The bundled fictional sample: labelled as such wherever it is shown. */
  isSample?: boolean;
}

const INGESTIBLE = /\.(csv|txt)$/i;

export class InputError extends Error {}

export interface CollectOptions {
  /** Called for each entry of a folder that is neither a folder nor a regular file; `kind` says what it is. */
  onSkipped?(path: string, kind: string): void;
}

export function collectInputs(paths: readonly string[], collection: string | null, options: CollectOptions = {}): InputFile[] {
  const files: InputFile[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new InputError(`no such file or folder: ${given}`);
    }
    if (stat.isDirectory()) {
      for (const file of listFilesIn(given, options)) {
        files.push({path: file, collection: collection ?? folderName(path.dirname(file))});
      }
    } else {
      files.push({path: given, collection: collection ?? path.parse(given).name});
    }
  }
  return dedupe(files);
}

function listFilesIn(folder: string, options: CollectOptions): string[] {
  const found: string[] = [];
  const entries = fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => naturalCompare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listFilesIn(full, options));
    else if (!entry.isFile()) noteSkipped(full, options);
    else if (INGESTIBLE.test(entry.name)) found.push(full);
  }
  return found;
}

function noteSkipped(entry: string, options: CollectOptions): void {
  let kind: string;
  try {
    kind = describeFileKind(fs.lstatSync(entry));
  } catch {
    return; // gone since the folder was listed: nothing to skip
  }
  options.onSkipped?.(entry, kind);
}

function folderName(folder: string): string {
  return path.basename(path.resolve(folder));
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "ja", {numeric: true});
}

/** The same file named twice on one command line is ingested once. */
function dedupe(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = path.resolve(f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
