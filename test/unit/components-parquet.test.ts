import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {initParquet, loadParquet, tableToRows} from "../../src/components/parquet.js";

// The browser fetches the .wasm; Node cannot fetch file: URLs, so the test hands over the bytes.
const wasmPath = createRequire(import.meta.url).resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");
const dir = mkdtempSync(join(tmpdir(), "chizai-parquet-"));

beforeAll(async () => {
  await initParquet(readFileSync(wasmPath));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Parquet exactly as the warehouse loaders write it: DuckDB COPY … (FORMAT parquet). */
async function duckdbParquet(select: string): Promise<Uint8Array> {
  const path = join(dir, `t${Math.random().toString(36).slice(2)}.parquet`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
  connection.closeSync();
  instance.closeSync();
  return readFileSync(path);
}

describe("loadParquet + tableToRows", () => {
  test("decode DuckDB output and convert BIGINT, DECIMAL and DATE at the boundary", async () => {
    const bytes = await duckdbParquet(`
      SELECT * FROM (VALUES
        (1::BIGINT, 12.34::DECIMAL(6, 2), DATE '2024-01-07', '株式会社サンプル', 1.5::DOUBLE, TRUE),
        (NULL, NULL, NULL, NULL, NULL, NULL)
      ) AS t(n, amount, filed, applicant, ratio, active)`);
    const table = await loadParquet(bytes);
    expect(table.numRows).toBe(2);
    const [row, empty] = tableToRows(table);
    expect(row).toEqual({
      n: 1,
      amount: 12.34,
      filed: new Date(Date.UTC(2024, 0, 7)),
      applicant: "株式会社サンプル",
      ratio: 1.5,
      active: true
    });
    expect(typeof row!.n).toBe("number");
    expect(Object.values(empty!).every((v) => v === null)).toBe(true);
  });

  test("accept an ArrayBuffer as FileAttachment.arrayBuffer() returns", async () => {
    const bytes = await duckdbParquet("SELECT 42::INTEGER AS answer, 'テスト' AS label");
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(tableToRows(await loadParquet(buffer))).toEqual([{answer: 42, label: "テスト"}]);
  });
});
