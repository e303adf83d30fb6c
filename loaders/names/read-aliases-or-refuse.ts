// Reads an aliases file for loading into the warehouse: a file with any error is refused as a whole, with its
// errors and their lines, because a dictionary applied in part would merge or split companies nobody decided on.
// The file is read in pieces (loaders/csv/read-pieces.ts), never held whole, so a large dictionary stays within
// bounded memory; a refusal shows the first MAX_SHOWN_ERRORS errors and counts the rest, so that a file of the
// wrong shape does not flood the terminal.

import {readDecodedPieces} from "../csv/read-pieces.js";
import {EncodingError} from "../text/decode.js";
import {AliasesReader, type AliasEntry, type AliasFileError} from "./aliases-file.js";

export const MAX_SHOWN_ERRORS = 50;

export class AliasesFileRefusal extends Error {
  constructor(
    readonly file: string,
    readonly errors: readonly AliasFileError[]
  ) {
    const shown = errors.slice(0, MAX_SHOWN_ERRORS);
    const hidden = errors.length - shown.length;
    super(
      `${file} was refused as a whole, nothing in it was applied (${errors.length} ` +
        `error${errors.length === 1 ? "" : "s"}; fix the lines and try again):\n` +
        shown.map((e) => `  ${file}:${e.line}: ${e.message}`).join("\n") +
        (hidden > 0 ? `\n  … and ${hidden} more error${hidden === 1 ? "" : "s"} (the first ${shown.length} are shown)` : "")
    );
    this.name = "AliasesFileRefusal";
  }
}

/** The entries of the file at `filePath`, shown to the user as `label`; throws AliasesFileRefusal. */
export function readAliasesOrRefuse(filePath: string, label: string): AliasEntry[] {
  const file = readAliasPieces(filePath, label, () => new AliasesReader());
  if (file.errors.length > 0) throw new AliasesFileRefusal(label, file.errors);
  return file.entries;
}

/** The file read in pieces into readers from `makeReader`; a file that cannot be read or decoded is refused. */
export function readAliasPieces(
  filePath: string,
  label: string,
  makeReader: () => AliasesReader
): ReturnType<AliasesReader["finish"]> {
  try {
    return readDecodedPieces(filePath, makeReader).result;
  } catch (error) {
    if (error instanceof EncodingError) throw new AliasesFileRefusal(label, [{line: 1, message: error.message}]);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(error);
    throw new AliasesFileRefusal(label, [{line: 1, message: `cannot read the file: ${reason}`}]);
  }
}
