// Applicant-name harmonisation (名寄せ) in the warehouse: the three real J-PlatPat exports, the shipped dictionary,
// a consultant's client-group import and the `chizai names` commands as a user runs them.
import fs from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {readAliasesFile} from "../../loaders/names/aliases-file.js";
import {entityKey} from "../../loaders/names/entity-key.js";
import {createEntityResolver} from "../../loaders/names/entity-resolver.js";
import {AliasesFileRefusal} from "../../loaders/names/read-aliases-or-refuse.js";
import {refreshApplicantNames} from "../../loaders/names/refresh-names.js";
import {registerApplicantNames} from "../../loaders/names/register-names.js";
import {jplatpatKind} from "../../loaders/jplatpat/jplatpat-kind.js";
import {openWarehouse} from "../../loaders/warehouse/connection.js";
import {queryRows} from "../../loaders/warehouse/query.js";
import {chizai} from "../support/chizai-cli.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest, query, tempWarehouse} from "../support/warehouse.js";
import {PREFIX_FAMILIES} from "../support/prefix-families.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const SAMPLE_FILES = {
  co2: "co2-separation-2020-2022_16col.csv",
  stud: "stud-welding_13col.csv",
  tap: "water-tap_15col.csv"
} as const;


/** The real samples, one collection per file. */
async function sampleWarehouse(label: string): Promise<string> {
  const db = tempWarehouse(label);
  for (const [collection, file] of Object.entries(SAMPLE_FILES)) await ingest(db, [path.join(SAMPLES, file)], collection);
  return db;
}

interface Resolved {
  name: string;
  entity: string;
  group_name: string;
  resolution: string;
}

async function resolutionOf(db: string, names: readonly string[]): Promise<Map<string, Resolved>> {
  const list = names.map((n) => `'${n.replace(/'/g, "''")}'`).join(", ");
  const rows = await query<Resolved>(
    db,
    `SELECT DISTINCT name, entity, group_name, resolution FROM patent_applicants_resolved WHERE name IN (${list})`
  );
  return new Map(rows.map((r) => [r.name, r]));
}

/** Every applicant row with its entity and group: the fingerprint of what every chart shows. */
async function resolvedFingerprint(db: string): Promise<string> {
  const rows = await query(
    db,
    `SELECT application_number, position, name, entity, group_name, entity_key, resolution
     FROM patent_applicants_resolved ORDER BY application_number, position`
  );
  return JSON.stringify(rows);
}

async function warehouseCounts(db: string): Promise<{batches: number; patents: number; applicants: number}> {
  const [row] = await query<{batches: number; patents: number; applicants: number}>(
    db,
    `SELECT (SELECT count(*) FROM batches) AS batches, (SELECT count(*) FROM patents) AS patents,
            (SELECT count(*) FROM patent_applicants) AS applicants`
  );
  return row!;
}

const TOP_20 = `SELECT entity, count(DISTINCT application_number) AS applications
  FROM patent_applicants_resolved GROUP BY entity ORDER BY applications DESC, entity LIMIT 20`;

describe("patent_applicants_resolved on the real exports", () => {
  let db: string;
  beforeAll(async () => {
    db = await sampleWarehouse("names-real");
  });

  it("registers every raw name once, with its entity key, and resolves every applicant row", async () => {
    const [counts] = await query<{names: number; distinct_names: number; raw: number; rows: number; resolved: number}>(
      db,
      `SELECT (SELECT count(*) FROM applicant_names) AS names,
              (SELECT count(DISTINCT name) FROM applicant_names) AS distinct_names,
              (SELECT count(DISTINCT name) FROM patent_applicants) AS raw,
              (SELECT count(*) FROM patent_applicants) AS rows,
              (SELECT count(*) FROM patent_applicants_resolved WHERE resolution <> 'unregistered') AS resolved`
    );
    expect(counts!.names).toBe(counts!.distinct_names);
    expect(counts!.names).toBe(counts!.raw);
    expect(counts!.resolved).toBe(counts!.rows);
    const sample = await query<{name: string; entity_key: string}>(db, `SELECT name, entity_key FROM applicant_names`);
    for (const {name, entity_key} of sample) expect(entity_key, name).toBe(entityKey(name));
  });

  it("ranks the top 20 by 名寄せ後 without any applicant twice under two spellings", async () => {
    const top = await query<{entity: string; applications: number}>(db, TOP_20);
    expect(top).toHaveLength(20);
    const keys = top.map((t) => entityKey(t.entity));
    expect(new Set(keys).size).toBe(20);
    // One label per entity and one entity per label, over the whole warehouse.
    const split = await query(
      db,
      `SELECT entity FROM patent_applicants_resolved GROUP BY entity HAVING count(DISTINCT entity_key) > 1
       UNION ALL
       SELECT any_value(entity) FROM patent_applicants_resolved GROUP BY entity_key HAVING count(DISTINCT entity) > 1`
    );
    expect(split).toEqual([]);
    // Two spellings of one foreign company (the key) and a rename (the shipped dictionary) are counted together.
    const ranking = new Map(top.map((t) => [t.entity, t.applications]));
    expect(ranking.get("ニューフレイ　リミテッド　ライアビリティ　カンパニー")).toBe(76);
    expect(ranking.get("日本製鉄株式会社")).toBe(25);
    expect(ranking.has("新日鐵住金株式会社")).toBe(false);
  });

  it("keeps the companies that merely share a prefix apart", async () => {
    for (const family of PREFIX_FAMILIES) {
      const resolved = await resolutionOf(db, family);
      expect([...resolved.keys()].sort(), "all present in the samples").toEqual([...family].sort());
      const entities = family.map((name) => resolved.get(name)!.entity);
      expect(new Set(entities).size, family.join(" / ")).toBe(family.length);
    }
  });

  it("applies the shipped dictionary: renames merge, groups gather separate entities", async () => {
    const resolved = await resolutionOf(db, [
      "独立行政法人産業技術総合研究所", "国立研究開発法人産業技術総合研究所", "新日鐵住金株式会社", "日本製鉄株式会社",
      "株式会社ＩＮＡＸ", "株式会社東芝", "東芝エネルギーシステムズ株式会社"
    ]);
    expect(resolved.get("独立行政法人産業技術総合研究所")).toMatchObject({
      entity: "国立研究開発法人産業技術総合研究所",
      resolution: "dictionary"
    });
    expect(resolved.get("国立研究開発法人産業技術総合研究所")!.entity).toBe("国立研究開発法人産業技術総合研究所");
    expect(resolved.get("新日鐵住金株式会社")).toMatchObject({entity: "日本製鉄株式会社", group_name: "日本製鉄グループ"});
    // Not itself in the dictionary: joins through the key of the dictionary's entity, and takes its group.
    expect(resolved.get("日本製鉄株式会社")).toMatchObject({entity: "日本製鉄株式会社", group_name: "日本製鉄グループ", resolution: "automatic"});
    expect(resolved.get("株式会社ＩＮＡＸ")).toMatchObject({entity: "株式会社ＬＩＸＩＬ", group_name: "ＬＩＸＩＬグループ"});
    expect(resolved.get("株式会社東芝")!.group_name).toBe("東芝グループ");
    expect(resolved.get("東芝エネルギーシステムズ株式会社")).toMatchObject({
      entity: "東芝エネルギーシステムズ株式会社",
      group_name: "東芝グループ"
    });
  });

  it("names an entity without a dictionary entry by its most frequent spelling (ties: smallest name)", async () => {
    const resolved = await resolutionOf(db, [
      "ニューフレイ　エルエルシー", "カリフォルニア・インスティテュート・オブ・テクノロジー", "株式会社タイヘイ"
    ]);
    // 72 applications against 4.
    expect(resolved.get("ニューフレイ　エルエルシー")!.entity).toBe("ニューフレイ　リミテッド　ライアビリティ　カンパニー");
    // One application each: U+3000 sorts before ・ (U+30FB); 株 (U+682A) after タ (U+30BF).
    expect(resolved.get("カリフォルニア・インスティテュート・オブ・テクノロジー")!.entity).toBe(
      "カリフォルニア　インスティテュート　オブ　テクノロジー"
    );
    expect(resolved.get("株式会社タイヘイ")!.entity).toBe("タイヘイ株式会社");
  });
});

describe("a consultant merges a client's group with one CSV", () => {
  let db: string;
  beforeAll(async () => {
    db = await sampleWarehouse("names-client");
  });

  it("import changes patent_applicants_resolved without a re-ingest, and remove reverts it", async () => {
    const before = await resolvedFingerprint(db);
    const counts = await warehouseCounts(db);
    const client = ["前澤給装工業株式会社", "前澤化成工業株式会社", "株式会社クボタ"];

    const clientPath = fs.realpathSync(fixture("names/client-group.csv"));
    const imported = chizai(["names", "import", "--db", db, fixture("names/client-group.csv")]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported 3 entries from ${clientPath}.`);
    expect(imported.stdout).toMatch(/client-group\.csv:4: entity "株式会社クボタ" is in group "顧客グループ" here and in "クボタグループ"/);
    expect(imported.stdout).toContain("3 spellings (90 applicant rows) now resolve to another entity or group");

    expect(await warehouseCounts(db)).toEqual(counts);
    const resolved = await resolutionOf(db, [...client, "久保田鉄工株式会社", "株式会社タブチ"]);
    for (const name of client) expect(resolved.get(name)!.group_name, name).toBe("顧客グループ");
    expect(resolved.get("株式会社タブチ")!.group_name).toBe("株式会社タブチ");
    const [group] = await query<{applications: number}>(
      db,
      `SELECT count(DISTINCT application_number) AS applications FROM patent_applicants_resolved WHERE group_name = '顧客グループ'`
    );
    const [expected] = await query<{applications: number}>(
      db,
      `SELECT count(DISTINCT application_number) AS applications FROM patent_applicants
       WHERE name IN ('前澤給装工業株式会社', '前澤化成工業株式会社', '株式会社クボタ')`
    );
    expect(group!.applications).toBe(expected!.applications);

    const listed = chizai(["names", "list", "--db", db, "--source", "client-group.csv", "--json"]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      {source: clientPath, line: 2, name: "前澤給装工業株式会社", entity: "前澤給装工業株式会社", group: "顧客グループ"},
      {source: clientPath, line: 3, name: "前澤化成工業株式会社", entity: "前澤化成工業株式会社", group: "顧客グループ"},
      {source: clientPath, line: 4, name: "株式会社クボタ", entity: "株式会社クボタ", group: "顧客グループ"}
    ]);

    // Importing the same path again replaces its entries: nothing changes.
    const again = chizai(["names", "import", "--db", db, fixture("names/client-group.csv")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("(replacing the 3 of its earlier import)");
    expect(again.stdout).toContain("No spelling in the warehouse changes entity or group.");

    // A second file that contradicts the first is refused as a whole, both places named.
    const other = chizai(["names", "import", "--db", db, fixture("names/other-client.csv")]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("other-client.csv was refused as a whole");
    expect(other.stderr).toContain("other-client.csv:2:");
    expect(other.stderr).toContain(`${clientPath}:2`);
    expect(JSON.parse(chizai(["names", "list", "--db", db, "--source", "other-client.csv", "--json"]).stdout)).toEqual([]);

    // The file name alone names it, since no other imported dictionary has that name.
    const removed = chizai(["names", "remove", "--db", db, "client-group.csv"]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`Removed the 3 entries imported from ${clientPath}.`);
    expect(await resolvedFingerprint(db)).toBe(before);
    expect(await warehouseCounts(db)).toEqual(counts);
  });

  it("refuses a dictionary with a conflicting duplicate, naming both lines, and applies nothing", async () => {
    const before = await resolvedFingerprint(db);
    const result = chizai(["names", "import", "--db", db, fixture("names/conflicting.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("conflicting.csv was refused as a whole");
    expect(result.stderr).toMatch(/conflicting\.csv:4: "株式会社タブチ" is mapped to two entities: .* on line 2 and .* on line 4/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await resolvedFingerprint(db)).toBe(before);
  });
  it("resolves every name as createEntityResolver does, through exact spellings, keys and twins", async () => {
    const imported = chizai(["names", "import", "--db", db, fixture("names/key-rules.csv")]);
    expect(imported.code).toBe(0);
    const resolved = await resolutionOf(db, [
      "株式会社タイヘイ", "タイヘイ株式会社", "ＴＯＴＯ株式会社", "サウジ・アラビアン・オイル・カンパニー",
      "サウジ　アラビアン　オイル　カンパニー"
    ]);
    expect(resolved.get("株式会社タイヘイ")).toMatchObject({entity: "株式会社タイヘイ（溶接）", resolution: "dictionary"});
    expect(resolved.get("タイヘイ株式会社")).toMatchObject({entity: "タイヘイ株式会社", resolution: "dictionary"});
    expect(resolved.get("ＴＯＴＯ株式会社")).toMatchObject({
      entity: "ＴＯＴＯ株式会社",
      group_name: "架空衛生グループ",
      resolution: "dictionary-key"
    });
    expect(resolved.get("サウジ・アラビアン・オイル・カンパニー")).toMatchObject({
      entity: "架空石油株式会社",
      group_name: "架空衛生グループ",
      resolution: "dictionary-key"
    });
    expect(resolved.get("サウジ　アラビアン　オイル　カンパニー")!.resolution).toBe("dictionary");

    // The SQL view and the JS resolver (loaders/names/entity-resolver.ts) agree on every name in the warehouse.
    const entries = await query<{name: string; entity: string; group: string | null; line: number}>(
      db,
      `SELECT name, entity, group_name AS "group", line FROM applicant_aliases_in_force
       ORDER BY source_kind = 'shipped', source, line`
    );
    const resolve = createEntityResolver(entries.map((e) => ({...e, group: e.group ?? ""})));
    const rows = await query<Resolved & {entity_key: string}>(
      db,
      `SELECT DISTINCT name, entity, group_name, entity_key, resolution FROM patent_applicants_resolved`
    );
    const kind = {"dictionary-exact": "dictionary", "dictionary-key": "dictionary-key", automatic: "automatic"};
    for (const row of rows) {
      const expected = resolve(row.name);
      expect({key: row.entity_key, resolution: row.resolution}, row.name).toEqual({
        key: expected.entityKey,
        resolution: kind[expected.source]
      });
      expect(entityKey(row.entity), row.name).toBe(expected.entityKey);
      if (expected.entity !== null) expect(row.entity, row.name).toBe(expected.entity);
      expect(row.group_name, row.name).toBe(expected.group === "" ? row.entity : expected.group);
    }
    expect(chizai(["names", "remove", "--db", db, "--source", "key-rules.csv"]).code).toBe(0);
  });
});

describe("a dictionary is identified by its full path", () => {
  it("keeps a/client.csv and b/client.csv apart: re-importing one replaces only its own entries", async () => {
    const dir = makeTempDir("names-identity");
    const db = path.join(dir, "atlas.duckdb");
    const [a, b] = ["a", "b"].map((folder) => {
      fs.mkdirSync(path.join(dir, folder));
      return fs.realpathSync(path.join(dir, folder)) + path.sep + "client.csv";
    }) as [string, string];
    fs.writeFileSync(a, "name,entity,group\n架空甲工業株式会社,架空甲ホールディングス株式会社,架空甲グループ\n");
    fs.writeFileSync(b, "name,entity\n架空乙電機株式会社,架空乙ホールディングス株式会社\n");
    const importedA = chizai(["names", "import", "--db", db, a]);
    expect(importedA.stderr).toBe("");
    expect(importedA.stdout).toContain(`Imported 1 entry from ${a}.`);
    const importedB = chizai(["names", "import", "--db", db, b]);
    expect(importedB.code).toBe(0);
    expect(importedB.stdout).toContain(`Imported 1 entry from ${b}.`);
    expect(importedB.stdout).not.toContain("replacing");

    const listed = chizai(["names", "list", "--db", db]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${a}:2\t架空甲工業株式会社\t→ 架空甲ホールディングス株式会社\t[架空甲グループ]`);
    expect(listed.stdout).toContain(`${b}:2\t架空乙電機株式会社\t→ 架空乙ホールディングス株式会社`);
    expect(listed.stdout).toContain(`Dictionaries:\n  data/reference/applicant-aliases.csv (shipped)\n  ${a} (1 entry)\n  ${b} (1 entry)`);

    // The same path again: its old entry goes, the other folder's file is untouched.
    fs.writeFileSync(a, "name,entity\n架空丙化学株式会社,架空丙株式会社\n架空丁製作所株式会社,架空丁株式会社\n");
    const again = chizai(["names", "import", "--db", db, path.relative(ROOT, a)]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Imported 2 entries from ${a} (replacing the 1 of its earlier import).`);
    const imported = () =>
      query<{source: string; name: string}>(
        db,
        `SELECT source, name FROM applicant_aliases WHERE source_kind = 'imported' ORDER BY source, line`
      );
    expect(await imported()).toEqual([
      {source: a, name: "架空丙化学株式会社"},
      {source: a, name: "架空丁製作所株式会社"},
      {source: b, name: "架空乙電機株式会社"}
    ]);

    // A bare file name that two sources share is refused, with both candidates listed.
    const ambiguous = chizai(["names", "remove", "--db", db, "client.csv"]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(
      `2 imported dictionaries are named client.csv; give the path of the one to remove:\n  ${a} (2 entries)\n  ${b} (1 entry)`
    );
    expect((await imported()).length).toBe(3);

    const removedA = chizai(["names", "remove", "--db", db, a]);
    expect(removedA.code).toBe(0);
    expect(removedA.stdout).toContain(`Removed the 2 entries imported from ${a}.`);
    const removedB = chizai(["names", "remove", "--db", db, "client.csv"]);
    expect(removedB.code).toBe(0);
    expect(removedB.stdout).toContain(`Removed the 1 entry imported from ${b}.`);
    expect(await imported()).toEqual([]);
  });
});

describe("chizai names import: a file with many errors", () => {
  it("prints the first 50 errors and counts the rest, and applies nothing", async () => {
    const dir = makeTempDir("names-error-cap");
    const db = path.join(dir, "atlas.duckdb");
    const file = path.join(dir, "many-errors.csv");
    const good = Array.from({length: 30}, (_, i) => `架空良品${i}株式会社,架空良品${i}株式会社`);
    const bad = Array.from({length: 120}, (_, i) => `架空不良${i}株式会社,`);
    fs.writeFileSync(file, ["name,entity", ...good, ...bad].join("\n") + "\n");
    const result = chizai(["names", "import", "--db", db, file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} was refused as a whole, nothing in it was applied (120 errors;`);
    const shown = result.stderr.split("\n").filter((line) => line.startsWith(`  ${file}:`));
    expect(shown).toHaveLength(50);
    expect(shown[0]).toBe(`  ${file}:32: entity is empty for "架空不良0株式会社"`);
    expect(shown[49]).toBe(`  ${file}:81: entity is empty for "架空不良49株式会社"`);
    expect(result.stderr).toContain("  … and 70 more errors (the first 50 are shown)");
    // Refused before the warehouse was opened: not even created.
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe("chizai names suggest", () => {
  let db: string;
  beforeAll(async () => {
    db = await sampleWarehouse("names-suggest");
  });

  it("writes reviewable suggestions that names import accepts, after which they are no longer suggested", async () => {
    const out = path.join(makeTempDir("names-suggest-out"), "review", "suggestions.csv");
    const suggested = chizai(["names", "suggest", "--db", db, "--out", out]);
    expect(suggested.code).toBe(0);
    expect(suggested.stdout).toMatch(/^\d+ suggestions among \d+ spellings: kana-variant \d+/);
    expect(suggested.stdout).toContain(`npm run chizai -- names import ${out}`);

    const bytes = fs.readFileSync(out);
    const text = bytes.toString("utf8");
    expect(text.startsWith("\ufeff")).toBe(true);
    expect(text.split("\r\n")[0]!.replace(/^\ufeff/, "").replace(/"/g, "")).toBe("name,entity,group,reason,count,other_count");
    const file = readAliasesFile(bytes);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.name, e.entity])).toContainEqual(["株式会社ミヤコー", "ミヤコ株式会社"]);
    expect(file.entries.length).toBeGreaterThan(2);

    const imported = chizai(["names", "import", "--db", db, out]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${file.entries.length} entries from ${fs.realpathSync(out)}.`);
    const resolved = await resolutionOf(db, ["株式会社ミヤコー"]);
    expect(resolved.get("株式会社ミヤコー")).toMatchObject({entity: "ミヤコ株式会社", resolution: "dictionary"});

    const second = chizai(["names", "suggest", "--db", db, "--out", "-"]);
    expect(second.code).toBe(0);
    expect(second.stdout.replace(/^\ufeff/, "").trim().split("\r\n")).toHaveLength(1);
    expect(second.stderr).toMatch(/^0 suggestions among \d+ spellings \(\d+ more left out: the dictionary already decides them\)/);
  });

  it("restricts the names to one collection", () => {
    const whole = chizai(["names", "suggest", "--db", db, "--out", "-"]).stdout;
    const tap = chizai(["names", "suggest", "--db", db, "--collection", "tap", "--out", "-"]);
    expect(tap.code).toBe(0);
    expect(tap.stderr).toMatch(/of collection "tap"/);
    const rows = (csv: string) => csv.replace(/^\ufeff/, "").trim().split("\r\n").slice(1);
    for (const row of rows(tap.stdout)) expect(rows(whole)).toContain(row);
    expect(tap.stdout).not.toContain("カリフォルニア");
    const unknown = chizai(["names", "suggest", "--db", db, "--collection", "なし", "--out", "-"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no collection named "なし". Collections: co2, stud, tap');
  });
});

describe("entity keys are kept up to date without re-ingesting", () => {
  it("names rekey is idempotent and repairs stale or missing keys", async () => {
    const db = tempWarehouse("names-rekey");
    await ingest(db, [path.join(SAMPLES, SAMPLE_FILES.stud)]);
    const keys = `SELECT name, name_key, entity_key, rules_version FROM applicant_names ORDER BY name`;
    const before = await query(db, keys);
    const resolved = await resolvedFingerprint(db);

    const first = chizai(["names", "rekey", "--db", db, "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({rekeyed: before.length, changed: 0, registered: 0, changes: {names: 0}});
    const second = chizai(["names", "rekey", "--db", db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("0 keys changed");
    expect(await query(db, keys)).toEqual(before);
    expect(await resolvedFingerprint(db)).toBe(resolved);

    // A key computed by other rules, and a name that was never registered (a warehouse from before names).
    const warehouse = await openWarehouse(db);
    await warehouse.connection.run(`UPDATE applicant_names SET entity_key = 'stale', rules_version = 'old' WHERE name = '株式会社ＩＨＩ'`);
    await warehouse.connection.run(`DELETE FROM applicant_names WHERE name = 'ニューフレイ　エルエルシー'`);
    warehouse.close();
    const [unregistered] = await query<{resolution: string}>(
      db,
      `SELECT DISTINCT resolution FROM patent_applicants_resolved WHERE name = 'ニューフレイ　エルエルシー'`
    );
    expect(unregistered!.resolution).toBe("unregistered");
    // Any ingest run brings them up to date, even one that loads nothing new.
    const run = await ingest(db, [path.join(SAMPLES, SAMPLE_FILES.stud)]);
    expect(run.files[0]!.status).toBe("skipped");
    expect(await query(db, keys)).toEqual(before);
    expect(await resolvedFingerprint(db)).toBe(resolved);
  });

  it("forgets the names of a file whose transaction was rolled back", async () => {
    const warehouse = await openWarehouse(tempWarehouse("names-rollback"));
    const {connection} = warehouse;
    try {
      await connection.run("BEGIN TRANSACTION");
      expect(await registerApplicantNames(connection, ["架空工業株式会社", "架空工業株式会社"])).toBe(1);
      await connection.run("ROLLBACK");
      jplatpatKind.rolledBack!(connection);
      await connection.run("BEGIN TRANSACTION");
      expect(await registerApplicantNames(connection, ["架空工業株式会社"])).toBe(1);
      await connection.run("COMMIT");
      expect(await queryRows(connection, `SELECT name, entity_key FROM applicant_names`)).toEqual([
        {name: "架空工業株式会社", entity_key: "架空工業"}
      ]);
      expect(await registerApplicantNames(connection, ["架空工業株式会社"])).toBe(0);
    } finally {
      warehouse.close();
    }
  });

  it("refuses a shipped dictionary with errors as a whole and keeps the entries in force", async () => {
    const warehouse = await openWarehouse(tempWarehouse("names-shipped"));
    const {connection} = warehouse;
    try {
      await refreshApplicantNames(connection);
      const count = `SELECT count(*) AS n FROM applicant_aliases`;
      const [before] = await queryRows<{n: number}>(connection, count);
      expect(before!.n).toBeGreaterThan(40);
      const refusal = await refreshApplicantNames(connection, {shippedPath: fixture("names/conflicting.csv")}).catch((e) => e);
      expect(refusal).toBeInstanceOf(AliasesFileRefusal);
      expect(refusal.message).toMatch(/conflicting\.csv:4: .* on line 2 and .* on line 4/);
      expect(await queryRows(connection, count)).toEqual([before]);
    } finally {
      warehouse.close();
    }
  });
});

describe("chizai names: exit codes", () => {
  it("2 for usage errors, 1 for refusals, 0 otherwise", () => {
    const db = tempWarehouse("names-exit");
    expect(chizai(["names"]).code).toBe(2);
    expect(chizai(["names", "--help"]).code).toBe(0);
    const unknown = chizai(["names", "merge"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "names merge"');
    expect(chizai(["names", "import", "--db", db]).code).toBe(2);
    expect(chizai(["names", "remove", "--db", db]).code).toBe(2);
    const missing = chizai(["names", "import", "--db", db, "no/such/aliases.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("aliases.csv:1: cannot read the file: no such file");
    const shipped = chizai(["names", "import", "--db", db, "data/reference/applicant-aliases.csv"]);
    expect(shipped.code).toBe(1);
    expect(shipped.stderr).toContain("is the shipped dictionary");
    const none = chizai(["names", "remove", "--db", db, "--source", "client.csv"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no imported dictionary client.csv. Nothing has been imported.");
    const rekey = chizai(["names", "rekey", "--db", db]);
    expect(rekey.code).toBe(0);
    expect(rekey.stdout).toContain("data/reference/applicant-aliases.csv reloaded");
    const list = chizai(["names", "list", "--db", db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/data\/reference\/applicant-aliases\.csv:\d+\t独立行政法人産業技術総合研究所\t→ 国立研究開発法人産業技術総合研究所/);
  });
});
