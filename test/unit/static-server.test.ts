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

describe("static server for dist/", () => {
  test("maps clean URLs like Framework's build expects", () => {
    expect(resolveStaticPath(dist, "/")).toBe(join(dist, "index.html"));
    expect(resolveStaticPath(dist, "/landscape")).toBe(join(dist, "landscape.html"));
    expect(resolveStaticPath(dist, "/reports/")).toBe(join(dist, "reports/index.html"));
    expect(resolveStaticPath(dist, "/missing")).toBeNull();
  });

  test("never serves files outside dist/", () => {
    expect(resolveStaticPath(dist, "/../../etc/passwd")).toBeNull();
    expect(resolveStaticPath(dist, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  });

  test("sends MIME types browsers require, and 404 for missing files", async () => {
    const wasm = await fetch(`${server.url}/_node/parquet-wasm/x.wasm`);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    const page = await fetch(`${server.url}/landscape`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("見つかりません");
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
