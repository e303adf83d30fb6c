// Reads an aliases file for loading into the warehouse: a file with any error is refused as a whole, with every
// error and its line, because a dictionary applied in part would merge or split companies nobody decided on.

import fs from "node:fs";
import {EncodingError} from "../text/decode.js";
import {readAliasesFile, type AliasEntry, type AliasFileError} from "./aliases-file.js";

export class AliasesFileRefusal extends Error {
  constructor(
    readonly file: string,
    readonly errors: readonly AliasFileError[]
  ) {
    super(
      `${file} was refused as a whole, nothing in it was applied (${errors.length} ` +
        `error${errors.length === 1 ? "" : "s"}; fix the lines and try again):\n` +
        errors.map((e) => `  ${file}:${e.line}: ${e.message}`).join("\n")
    );
    this.name = "AliasesFileRefusal";
  }
}

/** The entries of the file at `filePath`, shown to the user as `label`; throws AliasesFileRefusal. */
export function readAliasesOrRefuse(filePath: string, label: string): AliasEntry[] {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new AliasesFileRefusal(label, [{line: 1, message: `cannot read the file: ${reason}`}]);
  }
  try {
    const file = readAliasesFile(bytes);
    if (file.errors.length > 0) throw new AliasesFileRefusal(label, file.errors);
    return file.entries;
  } catch (error) {
    if (error instanceof EncodingError) throw new AliasesFileRefusal(label, [{line: 1, message: error.message}]);
    throw error;
  }
}
