import {readFileSync} from "node:fs";
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {
  formatSuggestionsCsv,
  neutraliseCell,
  parseAliasesText,
  readAliasesFile
} from "../../loaders/names/aliases-file.js";
import {createEntityResolver} from "../../loaders/names/entity-resolver.js";
import {entityKey} from "../../loaders/names/entity-key.js";
import type {MergeSuggestion} from "../../loaders/names/suggest-merges.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (text: string): Uint8Array => utf8(`\ufeff${text}`);

describe("readAliasesFile: encodings", () => {
  const csv = "name,entity,group\r\n松下電器産業㈱,パナソニック株式会社,パナソニックグループ\r\n髙島屋～,株式会社髙島屋,\r\n";

  it("reads CP932 as Excel saves it, ㈱ ～ 髙 included", () => {
    const file = readAliasesFile(iconv.encode(csv, "cp932"));
    expect(file.encoding).toBe("cp932");
    expect(file.errors).toEqual([]);
    expect(file.entries).toEqual([
      {name: "松下電器産業㈱", entity: "パナソニック株式会社", group: "パナソニックグループ", line: 2},
      {name: "髙島屋～", entity: "株式会社髙島屋", group: "", line: 3}
    ]);
  });

  it("reads UTF-8 with and without a BOM the same way", () => {
    const plain = readAliasesFile(utf8(csv));
    const bom = readAliasesFile(withBom(csv));
    expect(plain.errors).toEqual([]);
    expect(bom.entries).toEqual(plain.entries);
    expect(bom.entries[0]!.name).toBe("松下電器産業㈱");
  });

  it("refuses bytes that are neither UTF-8 nor CP932", () => {
    const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x82, 0xff, 0x0a]);
    expect(() => readAliasesFile(bytes)).toThrow(/neither UTF-8/);
  });
});

describe("parseAliasesText: columns", () => {
  it("accepts name,entity without group, columns in any order, and extra columns", () => {
    expect(parseAliasesText("name,entity\nA社,B社\n").entries).toEqual([{name: "A社", entity: "B社", group: "", line: 2}]);
    const reordered = parseAliasesText("Group,Entity,Name,reason\nG,B社,A社,kana-variant\n");
    expect(reordered.errors).toEqual([]);
    expect(reordered.entries).toEqual([{name: "A社", entity: "B社", group: "G", line: 2}]);
  });

  it("reports a header without name or entity and reads nothing", () => {
    const file = parseAliasesText("出願人,統合先\nA社,B社\n");
    expect(file.entries).toEqual([]);
    expect(file.errors).toEqual([{line: 1, message: expect.stringMatching(/name,entity/)}]);
  });

  it("reports an empty file", () => {
    expect(parseAliasesText("").errors).toEqual([{line: 1, message: expect.stringMatching(/empty/)}]);
  });

  it("trims cells and skips rows Excel leaves as bare commas", () => {
    const file = parseAliasesText("name,entity,group\n  A社　, B社 ,\n,,\n");
    expect(file.errors).toEqual([]);
    expect(file.entries).toEqual([{name: "A社", entity: "B社", group: "", line: 2}]);
  });
});

describe("parseAliasesText: per-line errors with physical line numbers", () => {
  it("reports a missing name and a missing entity", () => {
    const file = parseAliasesText("name,entity,group\n,B社,G\nA社,,G\nC社,D社,\n");
    expect(file.errors).toEqual([
      {line: 2, message: 'name is empty (entity "B社")'},
      {line: 3, message: 'entity is empty for "A社"'}
    ]);
    expect(file.entries.map((e) => e.name)).toEqual(["C社"]);
  });

  it("names both lines when one name is mapped to two entities, and applies neither", () => {
    const text = [
      "name,entity,group",
      "東京芝浦電気株式会社,株式会社東芝,東芝グループ",
      '"複数行の',
      'メモ",株式会社X,',
      "ソニー株式会社,ソニーグループ株式会社,ソニーグループ",
      "東京芝浦電気株式会社,東芝株式会社,",
      "東京芝浦電気株式会社,株式会社東芝,"
    ].join("\n");
    const file = parseAliasesText(text);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]).toMatchObject({line: 6, otherLine: 2});
    expect(file.errors[0]!.message).toContain("line 2");
    expect(file.errors[0]!.message).toContain("line 6");
    expect(file.errors[0]!.message).toContain("株式会社東芝");
    expect(file.errors[0]!.message).toContain("東芝株式会社");
    expect(file.entries.map((e) => [e.name, e.line])).toEqual([
      ["複数行の\nメモ", 3],
      ["ソニー株式会社", 5]
    ]);
  });

  it("keeps one of two identical rows without complaint", () => {
    const file = parseAliasesText("name,entity\nA社,B社\nA社,B社\n");
    expect(file.errors).toEqual([]);
    expect(file.entries).toEqual([{name: "A社", entity: "B社", group: "", line: 2}]);
  });

  it("reports an entity put in two groups and ignores the later group", () => {
    const file = parseAliasesText("name,entity,group\nA社,E社,G1\nB社,E社,G2\nC社,E社,\n");
    expect(file.errors).toEqual([{line: 3, otherLine: 2, message: expect.stringMatching(/two groups.*G1.*G2/)}]);
    expect(file.entries.map((e) => e.group)).toEqual(["G1", "", ""]);
  });

  it("reports a chain and leaves out the row that points into it", () => {
    const file = parseAliasesText("name,entity\n松下電器産業株式会社,パナソニック株式会社\nパナソニック株式会社,パナソニックホールディングス株式会社\n");
    expect(file.errors).toEqual([
      {line: 2, otherLine: 3, message: expect.stringMatching(/map "松下電器産業株式会社" to "パナソニックホールディングス株式会社"/)}
    ]);
    expect(file.entries.map((e) => e.line)).toEqual([3]);
  });

  it("allows a row that maps an entity to itself (to give it a group)", () => {
    const file = parseAliasesText("name,entity,group\nトヨタ自動車株式会社,トヨタ自動車株式会社,トヨタグループ\n日本電装株式会社,株式会社デンソー,トヨタグループ\n");
    expect(file.errors).toEqual([]);
    expect(file.entries).toHaveLength(2);
  });

  it("reports a broken quote with its lines and reads on", () => {
    const file = parseAliasesText('name,entity\nA社,"B社"x\nC社,D社\n');
    expect(file.errors).toEqual([{line: 2, message: expect.stringMatching(/lines 2–2/)}]);
    expect(file.entries).toEqual([{name: "C社", entity: "D社", group: "", line: 3}]);
  });
});

describe("formatSuggestionsCsv", () => {
  const suggestion = (name: string, entity: string): MergeSuggestion => ({
    name,
    entity,
    group: "",
    reason: "kana-variant",
    count: 3,
    otherCount: 12
  });

  it("writes UTF-8 with BOM in the dictionary's shape plus reason,count,other_count", () => {
    const csv = formatSuggestionsCsv([suggestion("株式会社タニタハウジングウェア", "株式会社タニタハウジングウエア")]);
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      '"name","entity","group","reason","count","other_count"',
      '"株式会社タニタハウジングウェア","株式会社タニタハウジングウエア","","kana-variant","3","12"',
      ""
    ]);
  });

  it("neutralises cells that Excel would run as formulas, and quotes quotes", () => {
    expect(neutraliseCell("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    for (const start of ["+", "-", "@", "\t"]) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCell("株式会社＝")).toBe("株式会社＝");
    expect(neutraliseCell("'quoted")).toBe("'quoted");
    const csv = formatSuggestionsCsv([suggestion('=cmd|" /C calc"!A0', "@SUM(1+1)")]);
    expect(csv).toContain('"\'=cmd|"" /C calc""!A0","\'@SUM(1+1)"');
  });

  it("reads back as a dictionary: same rows, quotes undone", () => {
    const suggestions = [suggestion("-株式会社マイナス", "株式会社マイナス"), suggestion('"引用"社', "引用社")];
    const file = readAliasesFile(utf8(formatSuggestionsCsv(suggestions)));
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.name, e.entity])).toEqual([
      ["-株式会社マイナス", "株式会社マイナス"],
      ['"引用"社', "引用社"]
    ]);
  });
});

describe("createEntityResolver: a dictionary entry always wins over the automatic key", () => {
  const {entries} = parseAliasesText(
    [
      "name,entity,group",
      "ソニー株式会社,ソニーグループ株式会社,ソニーグループ",
      "トヨタ自動車株式会社,トヨタ自動車株式会社,トヨタグループ",
      "トヨタ紡織株式会社,トヨタ紡織株式会社,トヨタグループ",
      "株式会社タイヘイ,株式会社タイヘイ（溶接）,",
      "タイヘイ株式会社,タイヘイ株式会社（ケーブル）,"
    ].join("\n")
  );
  const resolve = createEntityResolver(entries);

  it("maps an exact spelling and every spelling with the same key", () => {
    expect(resolve("ソニー株式会社")).toEqual({
      entityKey: entityKey("ソニーグループ株式会社"),
      entity: "ソニーグループ株式会社",
      group: "ソニーグループ",
      source: "dictionary-exact"
    });
    expect(resolve("（株）ソニー")).toMatchObject({entity: "ソニーグループ株式会社", source: "dictionary-key"});
    // the entity's own spellings join it through the key
    expect(resolve("ソニーグループ　株式会社")).toMatchObject({
      entityKey: entityKey("ソニーグループ株式会社"),
      entity: "ソニーグループ株式会社",
      group: "ソニーグループ",
      source: "automatic"
    });
  });

  it("keeps group members as separate entities", () => {
    const toyota = resolve("トヨタ自動車　株式会社");
    const boshoku = resolve("トヨタ紡織株式会社");
    expect(toyota.group).toBe("トヨタグループ");
    expect(boshoku.group).toBe("トヨタグループ");
    expect(toyota.entityKey).not.toBe(boshoku.entityKey);
  });

  it("splits names that share a key when the dictionary gives them different entities", () => {
    expect(entityKey("株式会社タイヘイ")).toBe(entityKey("タイヘイ株式会社"));
    expect(resolve("株式会社タイヘイ").entityKey).not.toBe(resolve("タイヘイ株式会社").entityKey);
    // a third spelling of that key matches neither: the entries disagree, so the automatic key decides
    expect(resolve("（株）タイヘイ")).toMatchObject({source: "automatic", entity: null, entityKey: "タイヘイ"});
  });

  it("falls back to the automatic key", () => {
    expect(resolve("株式会社クボタ")).toEqual({entityKey: "クボタ", entity: null, group: "", source: "automatic"});
  });
});

describe("the shipped data/reference/applicant-aliases.csv", () => {
  const bytes = readFileSync(new URL("../../data/reference/applicant-aliases.csv", import.meta.url));
  const file = readAliasesFile(bytes);
  const resolve = createEntityResolver(file.entries);

  it("is valid UTF-8 with BOM, with 30–60 rows and no errors", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.errors).toEqual([]);
    expect(file.entries.length).toBeGreaterThanOrEqual(30);
    expect(file.entries.length).toBeLessThanOrEqual(60);
  });

  it("says what the issue expects", () => {
    expect(resolve("ソニー株式会社")).toMatchObject({entity: "ソニーグループ株式会社", group: "ソニーグループ"});
    expect(resolve("松下電器産業株式会社")).toMatchObject({entity: "パナソニック株式会社", group: "パナソニックグループ"});
    expect(resolve("パナソニックＩＰマネジメント株式会社")).toMatchObject({
      entity: "パナソニックＩＰマネジメント株式会社",
      group: "パナソニックグループ"
    });
    expect(resolve("パナソニック株式会社").group).toBe("パナソニックグループ");
    expect(resolve("独立行政法人産業技術総合研究所").entity).toBe("国立研究開発法人産業技術総合研究所");
    expect(resolve("東京芝浦電気株式会社").entityKey).toBe(resolve("株式会社東芝").entityKey);
    expect(resolve("新日鐵住金株式会社").entityKey).toBe(resolve("日本製鉄株式会社").entityKey);
    expect(resolve("三菱日立パワーシステムズ株式会社").group).toBe("三菱重工グループ");
    expect(resolve("株式会社ＩＮＡＸ").entityKey).toBe(resolve("株式会社ＬＩＸＩＬ").entityKey);
  });

  it("keeps Toyota group members, and the prefix-sharing pairs, as separate entities", () => {
    const toyota = ["トヨタ自動車株式会社", "トヨタ紡織株式会社", "株式会社デンソー", "株式会社デンソーテン"].map(resolve);
    expect(new Set(toyota.map((r) => r.entityKey)).size).toBe(4);
    for (const r of toyota) expect(r.group).toBe("トヨタグループ");
    expect(resolve("三菱重工業株式会社").group).toBe("三菱重工グループ");
    expect(resolve("三菱重工エンジニアリング株式会社").group).toBe("三菱重工グループ");
    expect(resolve("日産自動車株式会社").entityKey).not.toBe(resolve("日産化学工業株式会社").entityKey);
    expect(resolve("日産化学工業株式会社").entity).toBe("日産化学株式会社");
    expect(resolve("日立造船株式会社").group).toBe("");
  });

  it("closes the gaps the LiDAR and CO2 studies showed", () => {
    const toyotaGroup = [
      "トヨタ　モーター　エンジニアリング　アンド　マニュファクチャリング　ノース　アメリカ，インコーポレイティド",
      // Spelled with the other katakana of Incorporated, and without the full-width spaces: the key still finds it.
      "トヨタモーターエンジニアリングアンドマニュファクチャリングノースアメリカ，インコーポレイテッド",
      "トヨタ　モーター　ノース　アメリカ，インコーポレイテッド",
      "トヨタ　リサーチ　インスティテュート，インコーポレイティド",
      "ウーブン・バイ・トヨタ株式会社",
      "ウーブン・プラネット・ホールディングス株式会社",
      "株式会社ＳＯＫＥＮ",
      "株式会社日本自動車部品総合研究所"
    ].map(resolve);
    for (const r of toyotaGroup) expect(r.group).toBe("トヨタグループ");
    expect(toyotaGroup[1]!.entityKey).toBe(toyotaGroup[0]!.entityKey);
    expect(toyotaGroup[5]!.entityKey).toBe(toyotaGroup[4]!.entityKey);
    expect(toyotaGroup[7]!.entity).toBe("株式会社ＳＯＫＥＮ");
    expect(toyotaGroup[7]!.entityKey).toBe(resolve("株式会社SOKEN").entityKey);
    // Same group as DENSO, but not DENSO.
    expect(toyotaGroup[6]!.entityKey).not.toBe(resolve("株式会社デンソー").entityKey);
    expect(resolve("日立オートモティブシステムズ株式会社").entityKey).toBe(resolve("日立Astemo株式会社").entityKey);
    expect(resolve("パナソニック　インテレクチュアル　プロパティ　コーポレーション　オブ　アメリカ").group).toBe(
      "パナソニックグループ"
    );
  });

  it("has no entity whose key another entity of the file also has", () => {
    const entitiesByKey = new Map<string, Set<string>>();
    for (const e of file.entries) {
      const key = entityKey(e.entity);
      entitiesByKey.set(key, (entitiesByKey.get(key) ?? new Set()).add(e.entity));
    }
    for (const [key, entities] of entitiesByKey) expect(entities.size, key).toBe(1);
  });
});
