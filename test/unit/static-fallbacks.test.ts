// The redirect stubs that keep `/region?bureau=関東` working on a plain static server, checked on real files and
// through python's http.server, the plainest server there is (python3 must be installed, like Chromium for the
// browser tests).

import {spawn, type ChildProcess} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {fallbackPage, writeExtensionlessFallbacks} from "../../loaders/site/static-fallbacks.js";

let dist: string;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), "chizai-fallbacks-"));
  writeFileSync(join(dist, "index.html"), "home");
  writeFileSync(join(dist, "region.html"), "region");
  mkdirSync(join(dist, "reports"));
  writeFileSync(join(dist, "reports/q1.html"), "q1");
  writeFileSync(join(dist, "reports/index.html"), "a real page");
  writeFileSync(join(dist, "reports.html"), "reports");
});
afterEach(() => rmSync(dist, {recursive: true, force: true}));

describe("writeExtensionlessFallbacks", () => {
  test("writes <page>/index.html for each page, relative to the page, never over a built file", () => {
    const written = writeExtensionlessFallbacks(dist, ["/", "/region", "/reports/q1", "/reports"]);
    expect(written).toEqual([join(dist, "region/index.html"), join(dist, "reports/q1/index.html")]);
    expect(readFileSync(join(dist, "region/index.html"), "utf8")).toBe(fallbackPage("region"));
    expect(readFileSync(join(dist, "reports/q1/index.html"), "utf8")).toContain('"../q1.html"');
    expect(readFileSync(join(dist, "reports/index.html"), "utf8")).toBe("a real page");
  });

  test("the stub keeps the query and the fragment, and works without JavaScript", () => {
    const stub = fallbackPage("region");
    expect(stub).toContain('location.replace("../region.html" + location.search + location.hash)');
    expect(stub).toContain('<meta http-equiv="refresh" content="0; url=../region.html">');
    expect(stub).toContain('<a href="../region.html">');
  });

  test("refuses a folder with no built site, and a page the build did not make", () => {
    expect(() => writeExtensionlessFallbacks(join(dist, "nothing"), ["/region"])).toThrow(/no built site/);
    expect(() => writeExtensionlessFallbacks(dist, ["/missing"])).toThrow(/no page missing\.html/);
    expect(existsSync(join(dist, "missing"))).toBe(false);
  });
});

/** Starts `python3 -m http.server` on `dir` and resolves with its origin once it accepts requests. */
async function pythonServer(dir: string): Promise<{origin: string; child: ChildProcess}> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore"
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; ++attempt) {
    try {
      await fetch(`${origin}/`);
      return {origin, child};
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  child.kill();
  throw new Error("python3 -m http.server did not start");
}

describe("on python's http.server (no rewrite rules)", () => {
  test("/region?bureau=関東 redirects to /region/?bureau=… and serves the stub; /region.html serves the page", async () => {
    writeExtensionlessFallbacks(dist, ["/region"]);
    const {origin, child} = await pythonServer(dist);
    try {
      const query = `?bureau=${encodeURIComponent("関東")}`;
      const bare = await fetch(`${origin}/region${query}`, {redirect: "manual"});
      expect(bare.status).toBe(301);
      expect(bare.headers.get("location")).toBe(`/region/${query}`);
      const stub = await fetch(`${origin}/region/${query}`);
      expect(await stub.text()).toBe(fallbackPage("region"));
      expect(await (await fetch(`${origin}/region.html${query}`)).text()).toBe("region");
    } finally {
      child.kill();
    }
  });
});
