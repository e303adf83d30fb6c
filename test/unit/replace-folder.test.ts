import fs from "node:fs";
import path from "node:path";
import {describe, expect, test} from "vitest";
import {besideFolder, PublishError, replaceFolder} from "../../loaders/cli/replace-folder.js";
import {makeTempDir} from "../support/temp-dir.js";

function site(dir: string, page: string): string {
  fs.mkdirSync(path.join(dir, "_file"), {recursive: true});
  fs.writeFileSync(path.join(dir, "index.html"), page);
  fs.writeFileSync(path.join(dir, "_file", "data.json"), JSON.stringify({page}));
  return dir;
}

describe("replaceFolder", () => {
  test("puts the new site in place of the previous one and leaves nothing beside it", () => {
    const parent = makeTempDir("replace-folder");
    const target = site(path.join(parent, "dist"), "old");
    const built = site(besideFolder(target, "building"), "new");
    expect(replaceFolder(built, target)).toEqual({replacedPrevious: true});
    expect(fs.readFileSync(path.join(target, "index.html"), "utf8")).toBe("new");
    expect(fs.readFileSync(path.join(target, "_file", "data.json"), "utf8")).toBe('{"page":"new"}');
    expect(fs.readdirSync(parent)).toEqual(["dist"]);
  });

  test("publishes a first site where there was none", () => {
    const parent = makeTempDir("replace-folder-first");
    const target = path.join(parent, "dist");
    expect(replaceFolder(site(besideFolder(target, "building"), "new"), target)).toEqual({replacedPrevious: false});
    expect(fs.readdirSync(parent)).toEqual(["dist"]);
  });

  test("when the new site cannot be moved in, the previous one is put back and the error names the target", () => {
    const parent = makeTempDir("replace-folder-fails");
    const target = site(path.join(parent, "dist"), "old");
    const missing = besideFolder(target, "building");
    expect(() => replaceFolder(missing, target)).toThrow(PublishError);
    expect(() => replaceFolder(missing, target)).toThrow(`cannot replace ${target} (ENOENT)`);
    expect(fs.readFileSync(path.join(target, "index.html"), "utf8")).toBe("old");
    expect(fs.readdirSync(parent)).toEqual(["dist"]);
  });
});
