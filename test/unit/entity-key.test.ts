import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readCsvRecords} from "../../loaders/csv/read-records.js";
import {ENTITY_KEY_RULES, entityKey} from "../../loaders/names/entity-key.js";
import {decodeBytes} from "../../loaders/text/decode.js";
import {PREFIX_FAMILIES} from "../support/prefix-families.js";

const SAMPLES_DIR = "/work/shared/jplatpat-samples";

function expectSameKey(...names: string[]): void {
  const keys = names.map(entityKey);
  expect(new Set(keys).size, `${names.join(" / ")} → ${keys.join(" / ")}`).toBe(1);
}

function expectDifferentKeys(...names: string[]): void {
  const keys = names.map(entityKey);
  expect(new Set(keys).size, `${names.join(" / ")} → ${keys.join(" / ")}`).toBe(names.length);
}

describe("entityKey: the pairs named in the issue", () => {
  it("merges a change of legal status, a comma before the legal form, and doubled spaces with gaiji marks", () => {
    expectSameKey("独立行政法人産業技術総合研究所", "国立研究開発法人産業技術総合研究所");
    expectSameKey("ウーバー　テクノロジーズ，インコーポレイテッド", "ウーバー　テクノロジーズ　インコーポレイテッド");
    expectSameKey("桓達科技股▲ふん▼有限公司", "桓達科技");
    expectSameKey("▲張▼　　▲書▼廷", "張書廷");
  });

  it("keeps apart names that merely share a prefix", () => {
    expectDifferentKeys("トヨタ自動車株式会社", "トヨタ紡織株式会社");
    expectDifferentKeys("株式会社デンソー", "株式会社デンソーテン");
    expectDifferentKeys("パナソニックＩＰマネジメント株式会社", "パナソニック株式会社");
    expectDifferentKeys("日産自動車株式会社", "日産化学株式会社");
  });

  it("does not fold renames: that is the dictionary's job", () => {
    expectDifferentKeys("ソニー株式会社", "ソニーグループ株式会社");
    expectDifferentKeys("松下電器産業株式会社", "パナソニック株式会社");
  });

  it("never changes the raw name it is given", () => {
    const raw = "ウーバー　テクノロジーズ，インコーポレイテッド";
    const copy = `${raw}`;
    entityKey(raw);
    expect(raw).toBe(copy);
  });
});

describe("entityKey: each folding rule, with a case it must not fold", () => {
  it("nfkc: half-width katakana, full-width letters and ㈱ are folded; different letters are not", () => {
    expectSameKey("ﾄﾖﾀ自動車㈱", "トヨタ自動車株式会社");
    expectSameKey("ＴＯＴＯ株式会社", "TOTO株式会社");
    expectSameKey("\ufa19戸製鋼所", "神戸製鋼所");
    expectDifferentKeys("ＴＯＴＯ株式会社", "ＴＯＴＯＮ株式会社");
    expectDifferentKeys("ｶﾞｽ株式会社", "カス株式会社");
  });

  it("itaiji: 髙 and 﨑 meet 高 and 崎; other kanji are left alone", () => {
    expectSameKey("株式会社髙島屋", "株式会社高島屋");
    expectSameKey("山﨑製作所", "山崎製作所");
    expectDifferentKeys("新日鐵住金株式会社", "新日鉄住金株式会社");
  });

  it("tildes: 〜 (JIS) and ～ (CP932) meet; a tilde is not removed", () => {
    expectSameKey("ゆ〜とぴあ株式会社", "ゆ～とぴあ株式会社");
    expectDifferentKeys("ゆ〜とぴあ株式会社", "ゆとぴあ株式会社");
  });

  it("latin-case: ASCII case is folded; letters are not dropped", () => {
    expectSameKey("Ｉｎａｘ株式会社", "ＩＮＡＸ株式会社");
    expectDifferentKeys("ＩＮＡＸ株式会社", "ＩＮＡ株式会社");
  });

  it("gaiji-marks: ▲▼ go and their inner text stays", () => {
    expectSameKey("潤弘精密工程事業股▲分▼有限公司", "潤弘精密工程事業");
    expect(entityKey("▲高▼川　資起")).toBe("高川資起");
    expectDifferentKeys("▲高▼川　資起", "川　資起");
  });

  it("chinese-company-forms: 股份有限公司 and 有限公司 are legal forms; 公司 alone is not", () => {
    expectSameKey("奕華五金股▲ふん▼有限公司", "奕華五金股份有限公司", "奕華五金有限公司");
    expectDifferentKeys("奕華五金公司", "奕華五金");
  });

  it("japanese-legal-forms: removed wherever they stand; similar words are not legal forms", () => {
    expectSameKey("株式会社日立製作所", "日立製作所株式会社", "（株）日立製作所", "(株)日立製作所", "㈱日立製作所", "日立製作所");
    expectSameKey("有限会社　コスモテクニカル", "コスモテクニカル有限会社", "㈲コスモテクニカル");
    expectSameKey("一般社団法人日本ガス協会", "社団法人日本ガス協会", "日本ガス協会");
    expectSameKey("公益財団法人鉄道総合技術研究所", "財団法人鉄道総合技術研究所");
    expectSameKey("国立大学法人東京大学", "東京大学");
    expectSameKey("学校法人早稲田大学", "早稲田大学");
    expectSameKey("日本エア・リキード合同会社", "日本エア・リキード株式会社");
    expectSameKey("（株式会社）タナカ", "タナカ");
    // 協同組合 and 会社 alone are part of a name
    expectDifferentKeys("全国農業協同組合連合会", "全国農業連合会");
    expectDifferentKeys("日本会社", "日本");
  });

  it("separators: spaces, commas, full stops, ・ and dashes go; ー stays except between digits", () => {
    expectSameKey(
      "エクソンモービル・テクノロジー・アンド・エンジニアリング・カンパニー",
      "エクソンモービル　テクノロジー　アンド　エンジニアリング　カンパニー",
      "エクソンモービル テクノロジー,アンド. エンジニアリング"
    );
    expectSameKey("キム、ヨン　グン", "キム　ヨングン");
    expectSameKey("コリア　ソイル－ウォーター", "コリア　ソイル−ウォーター", "コリア　ソイル‐ウォーター", "コリアソイルウォーター");
    expectSameKey("第２０２０ー１工業", "第2020-1工業");
    // ー is a letter inside katakana: ソニー never becomes ソニ
    expect(entityKey("ソニー株式会社")).toBe("ソニー");
    expectDifferentKeys("ソニー株式会社", "ソニ株式会社");
    expectDifferentKeys("デンソー", "デンソ");
  });

  it("foreign-legal-forms: whole words removed, in any spelling", () => {
    expectSameKey(
      "ニューフレイ　リミテッド　ライアビリティ　カンパニー",
      "ニューフレイ　エルエルシー",
      "ニューフレイ，エル・エル・シー"
    );
    expectSameKey("スリーイーフロー　エービー", "スリーイーフロー　アクチエボラグ");
    expectSameKey("エボニック　オペレーションズ　ゲーエムベーハー", "エボニック　オペレーションズ　ゲゼルシャフト　ミット　ベシュレンクテル　ハフツング");
    expectSameKey("バイエル　アクチェンゲゼルシャフト", "バイエル　アクチエンゲゼルシャフト", "バイエル");
    expectSameKey("シリコン　ホールディング　ビー．ブイ．", "シリコン　ホールディング　ビーブイ", "シリコン　ホールディング");
    expectSameKey("キャタピラー　エス　エー　アール　エル", "キャタピラー　ソシエテ　アノニム", "キャタピラー　エスエー");
    expectSameKey("スヴァンテ　インク．", "スヴァンテ　インコーポレイティド", "スヴァンテ　インコーポレーテッド");
    expectSameKey("クーカ・システムズ・コーポレーション・ノース・アメリカ", "クーカ・システムズ・ノース・アメリカ");
    expectSameKey("イルフン　マニュファクチャリング　カンパニー，リミテッド", "イルフン　マニュファクチャリング");
    expectSameKey("ＡＣＭＥ　ＣＯ．，ＬＴＤ．", "ＡＣＭＥ");
  });

  it("foreign-legal-forms: never cut out of a longer word", () => {
    expect(entityKey("インクジェットテクノロジー株式会社")).toBe("インクジェットテクノロジー");
    expect(entityKey("株式会社サンコーポレーション")).toBe("サンコーポレーション");
    expect(entityKey("ソフトバンクカンパニー株式会社")).toBe("ソフトバンクカンパニー");
    expectDifferentKeys("株式会社サンコーポレーション", "株式会社サン");
  });

  it("foreign-legal-forms: letters that spell an abbreviation are not a legal form", () => {
    expect(entityKey("シェブロン　ユー．エス．エー．　インコーポレイテッド")).toBe("シェブロンユーエスエー");
    expect(entityKey("オー・エス・イー株式会社")).toBe("オーエスイー");
    expect(entityKey("ケー・エス・エー株式会社")).toBe("ケーエスエー");
    // letter-by-letter forms count only at the end of the name
    expect(entityKey("エス　エー　テクノ株式会社")).toBe("エスエーテクノ");
  });
});

describe("entityKey: names that are only a legal form", () => {
  it("do not collapse into an empty key", () => {
    expect(entityKey("株式会社")).not.toBe("");
    expectDifferentKeys("株式会社", "有限会社", "インコーポレイテッド");
  });

  it("keep the foreign word when only it is left", () => {
    expect(entityKey("株式会社インク")).toBe("インク");
    expectSameKey("株式会社インク", "インク株式会社");
    expectDifferentKeys("株式会社インク", "株式会社カンパニー");
  });

  it("returns an empty key only for an empty name", () => {
    expect(entityKey("")).toBe("");
    expect(entityKey("　")).toBe("");
  });
});

describe("ENTITY_KEY_RULES", () => {
  it("is an ordered list of documented rules", () => {
    expect(ENTITY_KEY_RULES.map((r) => r.id)).toEqual([
      "nfkc",
      "itaiji",
      "tildes",
      "latin-case",
      "chinese-company-forms",
      "gaiji-marks",
      "japanese-legal-forms",
      "separators",
      "foreign-legal-forms",
      "remove-separators"
    ]);
    for (const rule of ENTITY_KEY_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });

  it("keys 30,000 names quickly enough for ingest (a behaviour check: it finishes and is deterministic)", () => {
    const names = Array.from({length: 30_000}, (_, i) => `テスト${i}　エンジニアリング　カンパニー，リミテッド`);
    const keys = names.map(entityKey);
    expect(new Set(keys).size).toBe(30_000);
    expect(keys[7]).toBe("テスト7エンジニアリング");
  });
});

describe("entityKey on the real J-PlatPat samples", () => {
  const files = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort();
  const perFile = new Map<string, Set<string>>();
  for (const file of files) {
    const {text} = decodeBytes(readFileSync(join(SAMPLES_DIR, file)));
    const names = new Set<string>();
    let column = -1;
    readCsvRecords(text, (item) => {
      if (item.kind !== "record") return;
      if (column < 0) {
        column = item.fields.indexOf("出願人/権利者");
        return;
      }
      for (const part of (item.fields[column] ?? "").split(",")) if (part.trim() !== "") names.add(part.trim());
    });
    perFile.set(file, names);
  }
  const allNames = new Set([...perFile.values()].flatMap((names) => [...names]));
  const groups = new Map<string, string[]>();
  for (const name of allNames) {
    const key = entityKey(name);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const groupOf = (name: string): string[] => groups.get(entityKey(name)) ?? [];

  it("reads the three samples", () => {
    expect(files).toHaveLength(3);
    expect(allNames.size).toBeGreaterThan(1000);
  });

  // Found by grouping every name of the three files. The タイヘイ pair is 前株/後株 folding: the rows alone cannot prove
  // one company (cable supports vs stud welding), which is what a dictionary row is for.
  const variants = [
    ["ニューフレイ　リミテッド　ライアビリティ　カンパニー", "ニューフレイ　エルエルシー"],
    ["国立研究開発法人産業技術総合研究所", "独立行政法人産業技術総合研究所"],
    ["サウジ　アラビアン　オイル　カンパニー", "サウジ・アラビアン・オイル・カンパニー"],
    [
      "エクソンモービル・テクノロジー・アンド・エンジニアリング・カンパニー",
      "エクソンモービル　テクノロジー　アンド　エンジニアリング　カンパニー"
    ],
    ["カリフォルニア・インスティテュート・オブ・テクノロジー", "カリフォルニア　インスティテュート　オブ　テクノロジー"],
    [
      "ジーエム・グローバル・テクノロジー・オペレーションズ・エルエルシー",
      "ジーエム・グローバル・テクノロジー・オペレーションズ・インコーポレーテッド"
    ],
    ["スリーイーフロー　エービー", "スリーイーフロー　アクチエボラグ"],
    ["特定非営利活動法人　国際ビジネスモデル総研", "特定非営利活動法人国際ビジネスモデル総研"],
    ["キム、ヨン　グン", "キム　ヨングン"],
    ["タイヘイ株式会社", "株式会社タイヘイ"],
    ["クーカ・システムズ・コーポレーション・ノース・アメリカ", "クーカ・システムズ・ノース・アメリカ・エルエルシー"]
  ];

  it("merges the variant spellings present in the files", () => {
    for (const pair of variants) {
      for (const name of pair) expect(allNames.has(name), `${name} is in the samples`).toBe(true);
      expectSameKey(...pair);
    }
  });

  it("keeps every prefix-sharing family of the samples apart", () => {
    for (const family of PREFIX_FAMILIES) {
      for (const name of family) expect(allNames.has(name), `${name} is in the samples`).toBe(true);
      expectDifferentKeys(...family);
      for (const name of family) expect(groupOf(name)).toEqual([name]);
    }
  });

  it("merges exactly the expected groups, and nothing else", () => {
    const sortGroups = (list: string[][]): string[][] =>
      list.map((names) => [...names].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    const merged = [...groups.values()].filter((names) => names.length > 1);
    expect(sortGroups(merged)).toEqual(sortGroups(variants));
  });

  it("has strictly fewer entity keys than raw spellings, overall and in every file", () => {
    expect(groups.size).toBeLessThan(allNames.size);
    for (const [file, names] of perFile) {
      const keys = new Set([...names].map(entityKey));
      expect(keys.size, file).toBeLessThan(names.size);
    }
  });

  it("never produces an empty key for a real name", () => {
    for (const name of allNames) expect(entityKey(name), name).not.toBe("");
  });
});
