// Which dictionary file is which: an imported dictionary is identified by its full path, so that a/client.csv and
// b/client.csv are two sources and importing the same path again replaces exactly what it brought. The path is
// local data: it stays in the warehouse and in the terminal, never on the site.
//
// Dictionaries imported before schema 2 were recorded by file name only (source_path_known = false); their file
// name stays their identity. A user may name a source by its path or, when only one source has that file name, by
// the file name alone.

import fs from "node:fs";
import path from "node:path";

export interface ImportedSource {
  /** The identity: the full path, or the bare file name of a dictionary imported before schema 2. */
  source: string;
  entries: number;
  pathKnown: boolean;
}

/** The identity of the file at `filePath`: its absolute path with symbolic links resolved (and, on Windows, its real letter case). */
export function aliasSourceOf(filePath: string): string {
  const absolute = path.resolve(filePath);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    return absolute; // a file that no longer exists: named by the path it was given
  }
}

/** The file name of a source, whichever system's separators its path uses. */
export function sourceFileName(source: string): string {
  return path.win32.basename(source);
}

export type SourceMatch =
  | {kind: "found"; source: ImportedSource}
  | {kind: "ambiguous"; candidates: ImportedSource[]}
  | {kind: "none"};

/**
 * The imported source the user means by `given` (`resolved` = aliasSourceOf(given)): the source with that exact
 * path (or legacy name), else, for a bare file name, the only source with that file name.
 */
export function findImportedSource(sources: readonly ImportedSource[], given: string, resolved: string): SourceMatch {
  const exact = sources.find((s) => s.source === resolved || s.source === given);
  if (exact) return {kind: "found", source: exact};
  if (sourceFileName(given) !== given) return {kind: "none"};
  const candidates = sources.filter((s) => sourceFileName(s.source) === given);
  if (candidates.length === 1) return {kind: "found", source: candidates[0]!};
  return candidates.length === 0 ? {kind: "none"} : {kind: "ambiguous", candidates};
}

/** A source as names list and the error messages show it. */
export function describeSource(source: ImportedSource): string {
  const entries = `${source.entries} entr${source.entries === 1 ? "y" : "ies"}`;
  return source.pathKnown
    ? `${source.source} (${entries})`
    : `${source.source} (${entries}; imported by an older chizai-atlas, which did not record its folder)`;
}
