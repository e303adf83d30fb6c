import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {resolveStaticPath, serveStatic, type StaticServer} from "../browser/harness.js";

const dist = mkdtempSync(join(tmpdir(), "chizai-dist-"));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(dist, "_node/parquet-wasm"), {recursive: true});
  mkdirSync(join(dist, "reports"));
  mkdirSync(join(dist, "empty"));
  writeFileSync(join(dist, "index.html"), "<h1>概要</h1>");
  writeFileSync(join(dist, "landscape.html"), "landscape");
  writeFileSync(join(dist, "reports/index.html"), "reports");
  writeFileSync(join(dist, "404.html"), "見つかりません");
  writeFileSync(join(dist, "_node/parquet-wasm/x.wasm"), new Uint8Array([0, 97, 115, 109]));
  server = await serveStatic(dist);
});
afterAll(async () => {
  await server.close();
  rmSync(dist, {recursive: true, force: true});
});

describe("static server for dist/, like a web server with no rewrite rules", () => {
  test("serves exact files and a folder's index.html, and guesses no .html", () => {
    expect(resolveStaticPath(dist, "/")).toEqual({kind: "file", file: join(dist, "index.html")});
    expect(resolveStaticPath(dist, "/landscape.html")).toEqual({kind: "file", file: join(dist, "landscape.html")});
    expect(resolveStaticPath(dist, "/reports/")).toEqual({kind: "file", file: join(dist, "reports/index.html")});
    expect(resolveStaticPath(dist, "/landscape")).toEqual({kind: "not-found"});
    expect(resolveStaticPath(dist, "/landscape.html/")).toEqual({kind: "not-found"});
    expect(resolveStaticPath(dist, "/empty/")).toEqual({kind: "not-found"});
    expect(resolveStaticPath(dist, "/missing")).toEqual({kind: "not-found"});
  });

  test("redirects a folder without its trailing slash", () => {
    expect(resolveStaticPath(dist, "/reports")).toEqual({kind: "slash-redirect"});
  });

  test("never serves files outside dist/", () => {
    expect(resolveStaticPath(dist, "/../../etc/passwd")).toEqual({kind: "not-found"});
    expect(resolveStaticPath(dist, "/%2e%2e/%2e%2e/etc/passwd")).toEqual({kind: "not-found"});
  });

  test("sends MIME types browsers require, and 404 for missing files", async () => {
    const wasm = await fetch(`${server.url}/_node/parquet-wasm/x.wasm`);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    const page = await fetch(`${server.url}/landscape.html`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const extensionless = await fetch(`${server.url}/landscape`);
    expect(extensionless.status).toBe(404);
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("見つかりません");
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test("answers a folder without the slash with 301 to the slash form, keeping the query", async () => {
    const response = await fetch(`${server.url}/reports?bureau=%E9%96%A2%E6%9D%B1&x=1`, {redirect: "manual"});
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/reports/?bureau=%E9%96%A2%E6%9D%B1&x=1");
    const followed = await fetch(`${server.url}/reports?x=1`);
    expect(followed.url).toBe(`${server.url}/reports/?x=1`);
    expect(await followed.text()).toBe("reports");
  });
});
