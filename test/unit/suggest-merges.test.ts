import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readCsvRecords} from "../../loaders/csv/read-records.js";
import {candidatePairs, editScript} from "../../loaders/names/edit-distance.js";
import {entityKey} from "../../loaders/names/entity-key.js";
import {
  isKatakanaEditVariant,
  looseKanaKey,
  suggestMerges,
  type MergeSuggestion,
  type NameCount
} from "../../loaders/names/suggest-merges.js";
import {decodeBytes} from "../../loaders/text/decode.js";

function pairsOf(suggestions: readonly MergeSuggestion[]): Set<string> {
  const pairs = new Set<string>();
  for (const s of suggestions) {
    const [a, b] = [entityKey(s.name), entityKey(s.entity)].sort();
    pairs.add(`${a} ~ ${b}`);
  }
  return pairs;
}

function suggested(suggestions: readonly MergeSuggestion[], x: string, y: string): boolean {
  const [a, b] = [entityKey(x), entityKey(y)].sort();
  return pairsOf(suggestions).has(`${a} ~ ${b}`);
}

/** A small deterministic PRNG (mulberry32): integers in [0, n). */
function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const names = (...list: Array<[string, number]>): NameCount[] => list.map(([name, count]) => ({name, count}));

describe("suggestMerges: kana variants", () => {
  it("suggests names that differ by ー, small kana or ヴ/ブ, towards the bigger side", () => {
    const result = suggestMerges(
      names(
        ["株式会社タニタハウジングウエア", 2],
        ["株式会社タニタハウジングウェア", 1],
        ["ユニバーシティー　オブ　アイスランド", 1],
        ["ユニバーシティ・オブ・アイスランド", 3],
        ["有限会社ヴィバレック", 4],
        ["有限会社ビバレック", 1],
        ["オプテイマス・ウオーター・テクノロジーズ・リミテツド", 1],
        ["オプティマス　ウォーター　テクノロジーズ　リミテッド", 5]
      )
    );
    expect(result).toContainEqual({
      name: "株式会社タニタハウジングウェア",
      entity: "株式会社タニタハウジングウエア",
      group: "",
      reason: "kana-variant",
      count: 1,
      otherCount: 2
    });
    expect(result.find((s) => s.name === "ユニバーシティー　オブ　アイスランド")?.entity).toBe("ユニバーシティ・オブ・アイスランド");
    expect(result.find((s) => s.name === "有限会社ビバレック")?.entity).toBe("有限会社ヴィバレック");
    expect(result.find((s) => s.name === "オプテイマス・ウオーター・テクノロジーズ・リミテツド")?.reason).toBe("kana-variant");
    expect(result).toHaveLength(4);
  });

  it("folds only transliteration differences in the loose key", () => {
    expect(looseKanaKey("ティーイーエル")).toBe(looseKanaKey("テイイエル"));
    expect(looseKanaKey("ヴィッテン")).toBe(looseKanaKey("ビツテン"));
    expect(looseKanaKey("キッツ")).not.toBe(looseKanaKey("キクツ"));
    expect(looseKanaKey("ガス")).not.toBe(looseKanaKey("カス"));
  });

  it("proposes every spelling of the smaller side, each with its own count", () => {
    const result = suggestMerges(
      names(["ヤマダインターナショナル株式会社", 10], ["ヤマダインタナショナル株式会社", 2], ["株式会社ヤマダインタナショナル", 1])
    );
    expect(result.map((s) => [s.name, s.entity, s.count, s.otherCount])).toEqual([
      ["ヤマダインタナショナル株式会社", "ヤマダインターナショナル株式会社", 2, 10],
      ["株式会社ヤマダインタナショナル", "ヤマダインターナショナル株式会社", 1, 10]
    ]);
  });
});

describe("suggestMerges: legal-status prefixes the key keeps", () => {
  it("suggests X法人Y next to Y", () => {
    const result = suggestMerges(names(["特許業務法人山田国際特許事務所", 1], ["山田国際特許事務所", 4], ["宗教法人大本", 1], ["大本", 2]));
    expect(suggested(result, "特許業務法人山田国際特許事務所", "山田国際特許事務所")).toBe(true);
    expect(suggested(result, "宗教法人大本", "大本")).toBe(true);
    expect(result.every((s) => s.reason === "legal-status-prefix")).toBe(true);
  });

  it("does not need to: the key already merges the statuses it removes", () => {
    const result = suggestMerges(names(["国立大学法人東京大学", 5], ["東京大学", 3], ["一般社団法人日本ガス協会", 1], ["社団法人日本ガス協会", 1]));
    expect(result).toEqual([]);
  });

  it("does not treat 法人 late in a name as a status word", () => {
    expect(suggestMerges(names(["日本経済団体連合会法人部会", 1], ["部会", 1]))).toEqual([]);
  });
});

describe("suggestMerges: katakana edits", () => {
  it("suggests one or two katakana edited in a long key", () => {
    const result = suggestMerges(
      names(
        ["カリフォルニア　インスティチュート　オブ　テクノロジー", 2],
        ["カリフォルニア・インスティテュート・オブ・テクノロジー", 1],
        ["ＡＢＣインコーポレイテッド", 3],
        ["ＡＢＣインコーポレーテッド", 1],
        ["シーメンス　エナジー　インコーポレイテッド", 5],
        ["ジーメンス・エナジー・インク", 1]
      )
    );
    expect(suggested(result, "カリフォルニア・インスティテュート・オブ・テクノロジー", "カリフォルニア　インスティチュート　オブ　テクノロジー")).toBe(true);
    expect(suggested(result, "ＡＢＣインコーポレーテッド", "ＡＢＣインコーポレイテッド")).toBe(true);
    expect(suggested(result, "ジーメンス・エナジー・インク", "シーメンス　エナジー　インコーポレイテッド")).toBe(true);
    expect(result.every((s) => s.reason === "katakana-edit")).toBe(true);
  });

  it("refuses edits to kanji, digits or Latin letters", () => {
    expect(isKatakanaEditVariant("日立産機システム", "日立産業システム")).toBe(false);
    expect(isKatakanaEditVariant("第一テクノサービス", "第二テクノサービス")).toBe(false);
    expect(isKatakanaEditVariant("ABCテクノサービス", "ABDテクノサービス")).toBe(false);
    expect(suggestMerges(names(["株式会社日立産機システム", 11], ["株式会社日立産業システム", 2]))).toEqual([]);
  });

  it("refuses short keys and low similarity", () => {
    expect(isKatakanaEditVariant("ソニー", "ソニア")).toBe(false);
    expect(isKatakanaEditVariant("アイウエオカ", "アイウキクカ")).toBe(false); // 2 edits in 6 characters
    expect(isKatakanaEditVariant("アイウエオカキクケコ", "アイウエオサキクケコ")).toBe(true); // 1 edit in 10
  });

  it("refuses a key that merely extends another", () => {
    expect(isKatakanaEditVariant("アルファテクノ", "アルファテクノス")).toBe(false);
    expect(isKatakanaEditVariant("ニューアルファテクノ", "アルファテクノ")).toBe(false);
    expect(suggestMerges(names(["アルファテクノ株式会社", 4], ["アルファテクノス株式会社", 3]))).toEqual([]);
  });
});

describe("suggestMerges: possible renames", () => {
  it("suggests X → X + ホールディングス / グループ, towards the new name whatever the counts", () => {
    const result = suggestMerges(
      names(["ソニー株式会社", 100], ["ソニーグループ株式会社", 5], ["株式会社アマダ", 2], ["株式会社アマダホールディングス", 1])
    );
    expect(result).toEqual([
      {name: "ソニー株式会社", entity: "ソニーグループ株式会社", group: "", reason: "possible-rename", count: 100, otherCount: 5},
      {name: "株式会社アマダ", entity: "株式会社アマダホールディングス", group: "", reason: "possible-rename", count: 2, otherCount: 1}
    ]);
  });
});

describe("suggestMerges: never the prefix-sharing pairs", () => {
  const forbidden: Array<[string, string]> = [
    ["トヨタ自動車株式会社", "トヨタ紡織株式会社"],
    ["株式会社デンソー", "株式会社デンソーテン"],
    ["パナソニックＩＰマネジメント株式会社", "パナソニック株式会社"],
    ["日産自動車株式会社", "日産化学株式会社"]
  ];

  it("suggests none of them, alone or among variants", () => {
    const input = forbidden.flatMap(([a, b]) => names([a, 50], [b, 20]));
    input.push(...names(["株式会社デンソ", 1], ["トヨタ自動車　株式会社", 2], ["パナソニツク株式会社", 1]));
    const result = suggestMerges(input);
    for (const [a, b] of forbidden) expect(suggested(result, a, b), `${a} / ${b}`).toBe(false);
    // the real variants next to them are still found
    expect(suggested(result, "株式会社デンソ", "株式会社デンソー")).toBe(true);
    expect(suggested(result, "パナソニツク株式会社", "パナソニック株式会社")).toBe(true);
  });
});

describe("suggestMerges: output", () => {
  it("is empty for names that the key already merges, and ignores empty names", () => {
    expect(suggestMerges(names(["株式会社東芝", 3], ["東芝株式会社", 1], ["", 2]))).toEqual([]);
  });

  it("does not depend on input order, and sums counts of repeated names", () => {
    const input = names(
      ["株式会社タニタハウジングウエア", 2],
      ["株式会社タニタハウジングウェア", 1],
      ["株式会社タニタハウジングウェア", 1],
      ["ソニー株式会社", 3],
      ["ソニーグループ株式会社", 3]
    );
    const forward = suggestMerges(input);
    expect(suggestMerges([...input].reverse())).toEqual(forward);
    expect(forward[0]).toMatchObject({name: "株式会社タニタハウジングウエア", count: 2, otherCount: 2});
  });

  it("sorts the strong reasons first", () => {
    const result = suggestMerges(
      names(["ソニー株式会社", 3], ["ソニーグループ株式会社", 3], ["有限会社ヴィバレック", 4], ["有限会社ビバレック", 1])
    );
    expect(result.map((s) => s.reason)).toEqual(["kana-variant", "possible-rename"]);
  });
});

describe("suggestMerges at scale", () => {
  it("handles 20,000 synthetic names and finds the planted variants", () => {
    const syllables = [..."アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"];
    const kanji = [..."東西南北山川田中本日工業産化学電機製作所技研"];
    const random = seededRandom(42);
    const word = (length: number, alphabet: string[]): string =>
      Array.from({length}, () => alphabet[random(alphabet.length)]).join("");
    const input: NameCount[] = [];
    const seen = new Set<string>();
    while (input.length < 20_000) {
      const name =
        random(2) === 0
          ? `株式会社${word(4 + random(6), syllables)}${word(2, kanji)}`
          : `${word(3 + random(5), syllables)}　${word(3 + random(6), syllables)}　インコーポレイテッド`;
      const key = entityKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      input.push({name, count: 1 + random(20)});
    }
    // 30 planted variants: a long vowel added after the first kana, or one kana of a long key replaced
    const planted: Array<[string, string]> = [];
    for (let i = 0; i < 30; i++) {
      const original = input[i * 500]!.name;
      const variant =
        i % 2 === 0
          ? original.replace(/^(株式会社.|.)/, "$1ー")
          : original.replace(/インコーポレイテッド$/, "").replace(/([アイウエオ])/, (v) => (v === "ア" ? "イ" : "ア")) +
            "インコーポレイテッド";
      if (entityKey(variant) === entityKey(original) || seen.has(entityKey(variant))) continue;
      seen.add(entityKey(variant));
      input.push({name: variant, count: 1});
      planted.push([variant, original]);
    }
    expect(planted.length).toBeGreaterThan(20);

    const result = suggestMerges(input);
    for (const [variant, original] of planted) {
      const found = suggested(result, variant, original);
      // a katakana substitution in a short key is rightly refused by the similarity rule
      if (!found) expect(isKatakanaEditVariant(entityKey(variant), entityKey(original)), variant).toBe(false);
    }
    const foundCount = planted.filter(([v, o]) => suggested(result, v, o)).length;
    expect(foundCount).toBeGreaterThanOrEqual(planted.length / 2);
    // random names rarely look alike: the review list stays short
    expect(result.length).toBeLessThan(input.length / 20);
    for (const s of result) expect(entityKey(s.name)).not.toBe(entityKey(s.entity));
  });
});

describe("edit distance helpers", () => {
  it("editScript returns the distance and the edited characters", () => {
    expect(editScript("インコーポレイテッド", "インコーポレーテッド", 2)).toEqual({distance: 1, edits: [{from: "イ", to: "ー"}]});
    expect(editScript("abc", "abc", 2)).toEqual({distance: 0, edits: []});
    expect(editScript("kitten", "sitting", 2)).toBeNull();
    expect(editScript("kitten", "sitting", 3)?.distance).toBe(3);
    expect(editScript("abcd", "abd", 1)).toEqual({distance: 1, edits: [{from: "c", to: ""}]});
  });

  it("candidatePairs finds every pair within distance 2 (checked against all pairs)", () => {
    const random = seededRandom(7);
    const base = Array.from({length: 60}, () => Array.from({length: 6 + random(8)}, () => "abcde"[random(5)]).join(""));
    const strings = [...base];
    for (const s of base) {
      // one or two random edits of each string
      let t = s;
      for (let k = 0; k <= random(2); k++) {
        const at = random(t.length);
        const op = random(3);
        if (op === 0) t = t.slice(0, at) + t.slice(at + 1);
        else if (op === 1) t = t.slice(0, at) + "x" + t.slice(at);
        else t = t.slice(0, at) + "y" + t.slice(at + 1);
      }
      strings.push(t);
    }
    const found = new Set(candidatePairs(strings, 2).map(([i, j]) => `${i},${j}`));
    let close = 0;
    for (let i = 0; i < strings.length; i++) {
      for (let j = i + 1; j < strings.length; j++) {
        if (editScript(strings[i]!, strings[j]!, 2) === null) continue;
        close++;
        expect(found.has(`${i},${j}`), `${strings[i]} / ${strings[j]}`).toBe(true);
      }
    }
    expect(close).toBeGreaterThanOrEqual(60);
  });
});

describe("suggestMerges on the real J-PlatPat samples", () => {
  it("proposes a short list that contains the known variant and none of the prefix-sharing pairs", () => {
    const dir = "/work/shared/jplatpat-samples";
    const counts = new Map<string, number>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
      const {text} = decodeBytes(readFileSync(join(dir, file)));
      let column = -1;
      readCsvRecords(text, (item) => {
        if (item.kind !== "record") return;
        if (column < 0) {
          column = item.fields.indexOf("出願人/権利者");
          return;
        }
        for (const part of (item.fields[column] ?? "").split(",")) {
          const name = part.trim();
          if (name !== "") counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      });
    }
    const result = suggestMerges([...counts].map(([name, count]) => ({name, count})));
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThan(30);
    expect(suggested(result, "株式会社タニタハウジングウェア", "株式会社タニタハウジングウエア")).toBe(true);
    expect(suggested(result, "エスコ・コーポレイション", "エスコ・グループ・エルエルシー")).toBe(true);
    for (const [a, b] of [
      ["トヨタ自動車株式会社", "トヨタ自動車東日本株式会社"],
      ["パナソニック株式会社", "パナソニックＩＰマネジメント株式会社"],
      ["三菱重工業株式会社", "三菱重工エンジニアリング株式会社"],
      ["株式会社東芝", "東芝エネルギーシステムズ株式会社"]
    ] as const) {
      expect(suggested(result, a, b), `${a} / ${b}`).toBe(false);
    }
  });
});
