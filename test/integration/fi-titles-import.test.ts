// A user's FI title file through the real ingest into a real warehouse, in UTF-8 and CP932; bad codes rejected with
// their lines; a new version of the same file replacing its entries; and the site's fi-titles.json (the real loader,
// run as Framework runs it) showing a user's title over the shipped one.
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {readFiTitles} from "../../loaders/site/fi-titles.js";
import {makeTempDir} from "../support/temp-dir.js";
import {ingest, query, tempWarehouse} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHIPPED = readFiTitles();

function siteTitles(db: string): Record<string, string> {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/data/fi-titles.json.ts"], {
    cwd: ROOT,
    env: {...process.env, CHIZAI_DB: db},
    encoding: "utf8"
  });
  expect(result.stderr).toMatch(/fi-titles\.json: [\d,]+ bytes/);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, string>;
}

const titles = (db: string) =>
  query<{code: string; code_raw: string; title: string; line: number}>(
    db,
    `SELECT code, code_raw, title, line FROM fi_titles ORDER BY line`
  );

describe("ingesting an FI title file", () => {
  test("UTF-8 with code,title: loaded with folded codes, and shown over the shipped title", async () => {
    const db = tempWarehouse("fi-titles-utf8");
    const file = path.join(path.dirname(db), "my-titles.csv");
    expect(SHIPPED.H01).toBeDefined();
    fs.writeFileSync(file, "\uFEFFcode,title\nH01,電気素子（当社の呼び方）\nｈ０１ｍ１０／０５２,リチウムイオン電池\n");
    const run = await ingest(db, [file]);
    expect(run.files[0]).toMatchObject({status: "loaded", kind: "fi-titles", encoding: "utf-8", rowsRead: 2, rowsLoaded: 2});
    expect(await titles(db)).toEqual([
      {code: "H01", code_raw: "H01", title: "電気素子（当社の呼び方）", line: 2},
      {code: "H01M10/052", code_raw: "ｈ０１ｍ１０／０５２", title: "リチウムイオン電池", line: 3}
    ]);
    const site = siteTitles(db);
    expect(site.H01).toBe("電気素子（当社の呼び方）");
    expect(SHIPPED.H01).not.toBe(site.H01);
    expect(site["H01M10/052"]).toBe("リチウムイオン電池");
    // Every other shipped title is still served.
    for (const [code, title] of Object.entries(SHIPPED)) if (code !== "H01") expect(site[code]).toBe(title);
  });

  test("CP932 with FI,タイトル: decoded, and bad codes rejected with their physical lines, counts balanced", async () => {
    const db = tempWarehouse("fi-titles-cp932");
    const file = path.join(path.dirname(db), "FIタイトル.csv");
    const text = ["FI,タイトル", "B01D53/14,吸収による分離", "B01D53/,途中", "Z99,存在しない区分", "B01D53/62,", "B01D53/14,重複", "B01D53/62,\"二酸化炭素\r\n（CO2）\""].join("\r\n");
    fs.writeFileSync(file, iconv.encode(text, "cp932"));
    const run = await ingest(db, [file]);
    expect(run.files[0]).toMatchObject({status: "loaded", kind: "fi-titles", encoding: "cp932", rowsRead: 6, rowsLoaded: 2, rowsRejected: 4});
    expect((await titles(db)).map((t) => [t.code, t.title, t.line])).toEqual([
      ["B01D53/14", "吸収による分離", 2],
      ["B01D53/62", "二酸化炭素\r\n（CO2）", 7]
    ]);
    const rejects = await query<{line_start: number; line_end: number; error_type: string; raw: string}>(
      db,
      `SELECT line_start, line_end, error_type, raw FROM rejects ORDER BY line_start`
    );
    expect(rejects).toEqual([
      {line_start: 3, line_end: 3, error_type: "type-error", raw: "B01D53/,途中"},
      {line_start: 4, line_end: 4, error_type: "type-error", raw: "Z99,存在しない区分"},
      {line_start: 5, line_end: 5, error_type: "required-value", raw: "B01D53/62,"},
      {line_start: 6, line_end: 6, error_type: "constraint-error", raw: "B01D53/14,重複"}
    ]);
    const [batch] = await query<{rows_read: number; rows_loaded: number; rows_rejected: number}>(
      db,
      `SELECT rows_read, rows_loaded, rows_rejected FROM batches WHERE kind = 'fi-titles'`
    );
    expect(batch).toEqual({rows_read: 6, rows_loaded: 2, rows_rejected: 4});
    expect(siteTitles(db)["B01D53/14"]).toBe("吸収による分離");
  });

  test("a new version of the same file replaces its entries; of two files, the one ingested last wins", async () => {
    const db = tempWarehouse("fi-titles-replace");
    const dir = makeTempDir("fi-titles-files");
    const mine = path.join(dir, "mine.csv");
    const colleague = path.join(dir, "colleague.csv");
    fs.writeFileSync(mine, "code,title\nG01S,測距（旧）\nG01S17,光による測距\n");
    await ingest(db, [mine]);
    fs.writeFileSync(colleague, "code,title\nG01S17,ライダー（同僚）\nG01C3,距離計\n");
    await ingest(db, [colleague]);
    expect(siteTitles(db).G01S17).toBe("ライダー（同僚）");

    fs.writeFileSync(mine, "code,title\nG01S,測距\nG01S17,光測距（改訂）\n");
    const again = await ingest(db, [mine]);
    expect(again.files[0]).toMatchObject({status: "loaded", rowsLoaded: 2, rowsSuperseded: 2});
    const rows = await query<{code: string; title: string; source: string}>(
      db,
      `SELECT code, title, source_path AS source FROM fi_titles ORDER BY source_path, code`
    );
    expect(rows).toEqual([
      {code: "G01C3", title: "距離計", source: colleague},
      {code: "G01S17", title: "ライダー（同僚）", source: colleague},
      {code: "G01S", title: "測距", source: mine},
      {code: "G01S17", title: "光測距（改訂）", source: mine}
    ]);
    const site = siteTitles(db);
    expect([site.G01S, site.G01S17, site.G01C3]).toEqual(["測距", "光測距（改訂）", "距離計"]);
  }, 240_000); // three ingests and two runs of the site loader, each a process of its own
});
