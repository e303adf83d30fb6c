import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {invalidateLoaderOutputs} from "../../loaders/serve/loader-cache.js";
import {makeTempDir} from "../support/temp-dir.js";

function files(dir: string): string[] {
  return (fs.readdirSync(dir, {recursive: true, withFileTypes: true}) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("clearing the cached datasets", () => {
  it("removes loader outputs and keeps bundled modules and runs in progress", () => {
    const cache = makeTempDir("loader-cache");
    const write = (name: string) => {
      fs.mkdirSync(path.dirname(path.join(cache, name)), {recursive: true});
      fs.writeFileSync(path.join(cache, name), "x");
    };
    for (const name of ["data/overview.json", "data/landscape/documents.parquet", "data/rejects.parquet.4242", "data/x.json.17.err"]) write(name);
    for (const name of ["_node/d3@7.9.0/index.js", "_npm/htl@1.0.0/x.js", "top.json"]) write(name);
    expect(invalidateLoaderOutputs(cache)).toEqual({removed: 3, left: 0});
    expect(files(cache)).toEqual(["_node/d3@7.9.0/index.js", "_npm/htl@1.0.0/x.js", "data/rejects.parquet.4242", "data/x.json.17.err"]);
    expect(invalidateLoaderOutputs(path.join(cache, "missing"))).toEqual({removed: 0, left: 0});
  });
});
