// npm runs package.json scripts with cmd.exe on Windows and sh elsewhere: a script must use only what both
// understand (a program name, arguments, `&&`). POSIX-only syntax would break the commands for Windows users.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";

const scripts = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts as Record<
  string,
  string
>;

const POSIX_ONLY: Array<[RegExp, string]> = [
  [/(^|&&\s*|;\s*)(rm|cp|mv|mkdir|cat|ls|touch|chmod|ln)\s/, "a POSIX file command (use a Node script)"],
  [/(^|\s)[A-Z_][A-Z0-9_]*=\S*\s/, "an environment prefix VAR=value (set it in the script's code)"],
  [/\$[A-Za-z_{(]/, "a shell variable or substitution"],
  [/`/, "a backtick substitution"],
  [/'/, "single quotes (cmd.exe passes them through literally)"],
  [/;/, "a `;` separator (cmd.exe does not split on it)"],
  [/\|\||(^|[^|])\|([^|]|$)/, "a pipe or `||`"],
  [/2>&1|>\s*\/dev\/null/, "a POSIX redirection"]
];

describe("package.json scripts run on Windows, macOS and Linux", () => {
  test.each(Object.entries(scripts))("%s", (_name, script) => {
    const found = POSIX_ONLY.filter(([pattern]) => pattern.test(script)).map(([, why]) => why);
    expect(found).toEqual([]);
  });

  test("the checks catch the syntax they are meant to catch", () => {
    const flagged = (script: string) => POSIX_ONLY.some(([pattern]) => pattern.test(script));
    expect(flagged("rm -rf dist")).toBe(true);
    expect(flagged("CHIZAI_DB=x observable build")).toBe(true);
    expect(flagged("echo $HOME")).toBe(true);
    expect(flagged("node a.js | tee log")).toBe(true);
    expect(flagged("node loaders/cli/clean.mjs")).toBe(false);
    expect(flagged("npm run typecheck && vitest run")).toBe(false);
  });
});
