// Publishing a freshly built site in place of the previous one. Framework empties its output folder before its
// data loaders run, so a build straight into dist/ that fails halfway leaves no site at all; the build therefore
// writes into a folder beside the target and only then swaps: the old folder is renamed aside, the new one renamed
// in, the old one removed. Renames within one parent folder never copy, so a web server serving the folder sees the
// whole old site or the whole new one (and, for the instant between the two renames, no folder).

import fs from "node:fs";
import path from "node:path";

export class PublishError extends Error {}

/** A name beside `target` for a build (or a lake export) in progress or a replaced folder, unique to this process. */
export function besideFolder(target: string, role: "building" | "exporting" | "replaced"): string {
  return path.join(path.dirname(target), `${path.basename(target)}.${role}-${process.pid}`);
}

/** Moves `built` to `target`, replacing what was there; returns whether there was a previous folder. */
export function replaceFolder(built: string, target: string): {replacedPrevious: boolean} {
  const previous = fs.existsSync(target) ? besideFolder(target, "replaced") : null;
  if (previous) {
    fs.rmSync(previous, {recursive: true, force: true});
    renameOrExplain(target, previous, target);
  }
  try {
    renameOrExplain(built, target, target);
  } catch (error) {
    if (previous) fs.renameSync(previous, target); // put the previous site back
    throw error;
  }
  if (previous) fs.rmSync(previous, {recursive: true, force: true});
  return {replacedPrevious: previous !== null};
}

function renameOrExplain(from: string, to: string, target: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Windows refuses to rename a folder while a program has a file in it open or uses it as its current folder.
    const hint =
      code === "EPERM" || code === "EBUSY" || code === "EACCES"
        ? " A program may be using the folder (a web server, an Explorer window, a terminal inside it): close it and build again."
        : "";
    throw new PublishError(`cannot replace ${target} (${code ?? String(error)}).${hint}`);
  }
}
