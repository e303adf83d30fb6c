// The keyword search (src/components/search/) on the titles, 要約 and applicant names of the three real J-PlatPat
// exports, checked against a brute-force oracle: every field normalised on its own, every term looked for in each
// field with String.includes. Queries are cut from the real texts.

import fs from "node:fs";
import path from "node:path";
import {describe, expect, test} from "vitest";
import {readJplatpatExport} from "../../loaders/jplatpat/read-export.js";
import {highlightRanges} from "../../src/components/search/highlight.js";
import {parseSearchQuery} from "../../src/components/search/query.js";
import {buildSearchIndex, buildSearchIndexInSteps, type SearchDocument} from "../../src/components/search/search-index.js";
import {createRandom} from "../../loaders/sample/random.js";

const SAMPLES = path.resolve(import.meta.dirname, "../../../shared/jplatpat-samples");
const FILES = ["co2-separation-2020-2022_16col.csv", "water-tap_15col.csv", "stud-welding_13col.csv"];

const documents: SearchDocument[] = FILES.flatMap((file) => {
  const exported = readJplatpatExport(fs.readFileSync(path.join(SAMPLES, file), "utf8"));
  if (!exported) throw new Error(`${file} is not a J-PlatPat export`);
  return exported.patents.map(({record}) => ({
    title: record.title ?? "",
    abstract: record.abstract ?? "",
    applicants: record.applicants.map((a) => a.name).join("\n")
  }));
});
const index = buildSearchIndex(documents.length, (id) => documents[id]!);

// ---- the oracle: written from the specification, sharing no code with the module ----
const fold = (text: string) => text.normalize("NFKC").toLowerCase().replaceAll("ー", "").replace(/\s+/g, " ");
const oracleFields = documents.map((d) => [d.title, d.abstract, ...d.applicants.split("\n")].map(fold));
function oracle(include: string[], exclude: string[] = []): number[] {
  const inc = include.map((t) => fold(t).trim()).filter(Boolean);
  const exc = exclude.map((t) => fold(t).trim()).filter(Boolean);
  const ids: number[] = [];
  oracleFields.forEach((fields, id) => {
    const has = (term: string) => fields.some((field) => field.includes(term));
    if (inc.every(has) && !exc.some(has)) ids.push(id);
  });
  return ids;
}

function found(query: string): number[] {
  const matches = index.match(query);
  const ids: number[] = [];
  matches.forEach((m, id) => m && ids.push(id));
  return ids;
}

const idsWhere = (test: (d: SearchDocument) => boolean) =>
  documents.flatMap((d, id) => (test(d) ? [id] : []));

describe("search semantics on real exports", () => {
  test("the three exports give documents with abstracts", () => {
    expect(documents.length).toBeGreaterThan(2400);
    expect(documents.filter((d) => d.abstract).length).toBeGreaterThan(250);
  });

  test("width variants: half-width kana and full-width Latin find their other forms", () => {
    const sensor = found("センサ");
    expect(sensor.length).toBeGreaterThan(5);
    expect(found("ｾﾝｻ")).toEqual(sensor);
    const nec = idsWhere((d) => d.applicants.includes("ＮＥＣネットワーク・センサ株式会社"));
    expect(nec.length).toBeGreaterThan(0);
    for (const query of ["nec", "NEC", "ＮＥＣ", "ｎｅｃ"]) expect(found(query)).toEqual(expect.arrayContaining(nec));
  });

  test("the prolonged sound mark is ignored on both sides", () => {
    const [withMark] = idsWhere((d) => d.title.includes("センサー"));
    expect(withMark).toBeDefined();
    expect(found("センサー")).toEqual(found("センサ"));
    expect(found("センサ")).toContain(withMark);
    expect(found("ｾﾝｻｰ")).toEqual(found("センサ"));
  });

  test("AND: every term, each in any field", () => {
    const both = found("二酸化炭素 アミン");
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(oracle(["二酸化炭素", "アミン"]));
    expect(both.length).toBeLessThan(found("二酸化炭素").length);
    // A full-width space separates terms too.
    expect(found("二酸化炭素　アミン")).toEqual(both);
    // A term in the title, another only in an applicant name.
    const [mixed] = idsWhere((d) => d.title.includes("センサ") && d.applicants.includes("栗本"));
    expect(mixed).toBeDefined();
    expect(found("センサ 栗本鐵工所")).toContain(mixed);
  });

  test("-term excludes documents containing the term in any field", () => {
    const all = found("二酸化炭素");
    const without = found("二酸化炭素 -アミン");
    expect(without.length).toBe(all.length - found("二酸化炭素 アミン").length);
    expect(without).toEqual(oracle(["二酸化炭素"], ["アミン"]));
    // Only exclusions: everything else.
    expect(found("-二酸化炭素").length).toBe(documents.length - all.length);
  });

  test('"…" keeps a phrase with its space; the line break of a 要約 folds to a space', () => {
    // A 要約 whose gazette line break (<BR>) falls inside a phrase that appears nowhere else in the document.
    let phrase = "";
    const broken = documents.findIndex((d) => {
      const at = d.abstract.indexOf("\n", 10);
      if (at < 0) return false;
      const [before, after] = [d.abstract.slice(at - 3, at), d.abstract.slice(at + 1, at + 4)];
      if (/\s/.test(before + after) || d.abstract.includes(before + after)) return false;
      phrase = `${before} ${after}`;
      return true;
    });
    expect(broken).toBeGreaterThanOrEqual(0);
    expect(found(`"${phrase}"`)).toContain(broken);
    expect(found(phrase.replace(" ", ""))).not.toContain(broken);
    expect(found(`"${phrase}"`)).toEqual(oracle([phrase]));
    // Without quotes the two words are two terms.
    expect(found(phrase)).toEqual(oracle(phrase.split(" ")));
    expect(found('"電気 化学デバイス"')).toEqual(oracle(["電気 化学デバイス"]));
  });

  test("a term never spans two fields, nor two applicant names", () => {
    let checked = 0;
    documents.forEach((d, id) => {
      if (!d.abstract || d.title.length < 3 || checked >= 50) return;
      const term = d.title.slice(-3) + d.abstract.trimStart().slice(0, 3);
      if (/[\s"]/.test(term)) return;
      const oracleIds = oracle([term]);
      expect(oracleIds).not.toContain(id);
      expect(found(term)).toEqual(oracleIds);
      ++checked;
    });
    expect(checked).toBe(50);
    const [twoNames] = idsWhere((d) => d.applicants.split("\n").length >= 2);
    const names = documents[twoNames!]!.applicants.split("\n");
    const across = names[0]!.slice(-2) + names[1]!.slice(0, 2);
    expect(found(across)).not.toContain(twoNames);
  });

  test("agrees with the brute-force oracle on 400 queries cut from the texts", () => {
    const random = createRandom(20261203);
    const cut = () => {
      const d = documents[random.int(0, documents.length - 1)]!;
      const field = random.pick([d.title, d.abstract, d.applicants.split("\n")[0]!].filter(Boolean));
      const length = random.int(1, 6);
      const start = random.int(0, Math.max(0, field.length - length));
      return field.slice(start, start + length);
    };
    const quoted = (term: string) => (/[\s-]/.test(term[0] ?? "") || /\s/.test(term) ? `"${term}"` : term);
    let nonEmpty = 0;
    for (let q = 0; q < 400; ++q) {
      const include = Array.from({length: random.int(1, 3)}, cut).filter((t) => !t.includes('"'));
      const exclude = random.chance(0.3) ? [cut()].filter((t) => !t.includes('"')) : [];
      const query = [...include.map(quoted), ...exclude.map((t) => `-${quoted(t)}`)].join(" ");
      const expected = oracle(include, exclude);
      expect(found(query), query).toEqual(expected);
      if (expected.length) ++nonEmpty;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });
});

describe("the index built in steps (as the page builds it)", () => {
  test("matches as the one built at once, over several parts, and reports its progress", async () => {
    // Four copies of the real documents: more than one part of 8,192.
    const many = [...documents, ...documents, ...documents, ...documents];
    const progress: number[] = [];
    const stepped = await buildSearchIndexInSteps(many.length, (id) => many[id]!, (done) => progress.push(done));
    const atOnce = buildSearchIndex(many.length, (id) => many[id]!);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(many.length);
    expect(stepped.textLength).toBe(atOnce.textLength);
    for (const query of ["センサ", "二酸化炭素 -アミン", '"修正有) 【課題"', "株式会社 ｾﾝｻｰ"]) {
      const expected = atOnce.match(query);
      expect(stepped.match(query)).toEqual(expected);
      // Every copy of a matching document matches, across the part boundaries.
      const ids = found(query);
      expect(expected.reduce((n, m) => n + m, 0)).toBe(4 * ids.length);
    }
  });
});

describe("query syntax", () => {
  test("terms, exclusions, phrases, normalised", () => {
    expect(parseSearchQuery('ＬｉＤＡＲ  -ｾﾝｻｰ "Carbon  Dioxide" －除外 ＂全角 引用＂')).toEqual({
      include: ["lidar", "carbon dioxide", "全角 引用"],
      exclude: ["センサ", "除外"]
    });
    expect(parseSearchQuery("  ")).toEqual({include: [], exclude: []});
    expect(parseSearchQuery('ー "" - －')).toEqual({include: [], exclude: []});
    expect(parseSearchQuery("a - b")).toEqual({include: ["a", "b"], exclude: []});
    expect(parseSearchQuery('"unclosed phrase')).toEqual({include: ["unclosed phrase"], exclude: []});
    expect(parseSearchQuery("CO-2 “a b”")).toEqual({include: ["co-2", "a b"], exclude: []});
  });

  test("ＬｉＤＡＲ finds LiDAR; an empty query finds everything", () => {
    const small = buildSearchIndex(2, (id) =>
      [
        {title: "LiDAR装置", abstract: "", applicants: "架空株式会社"},
        {title: "レーダー", abstract: "センサーを備える", applicants: ""}
      ][id]!
    );
    expect([...small.match("ＬｉＤＡＲ")]).toEqual([1, 0]);
    expect([...small.match("lidar")]).toEqual([1, 0]);
    expect([...small.match("レーダ ｾﾝｻ")]).toEqual([0, 1]);
    expect([...small.match("")]).toEqual([1, 1]);
  });
});

describe("highlightRanges", () => {
  test("ranges in the shown text, across width forms, ー and combining sound marks", () => {
    expect(highlightRanges("ＬｉＤＡＲ装置のLiDAR", "lidar")).toEqual([[0, 5], [8, 13]]);
    // ｶﾞ is two characters shown, one after normalisation: the range covers both.
    expect(highlightRanges("ｶﾞｽ分離", "ガス")).toEqual([[0, 3]]);
    expect(highlightRanges("センサー付き容器", "センサ付き")).toEqual([[0, 6]]);
    expect(highlightRanges("電気\n化学デバイス", '"電気 化学"')).toEqual([[0, 5]]);
    expect(highlightRanges("二酸化炭素の吸収", "炭素 二酸化 -吸収")).toEqual([[0, 5]]);
    expect(highlightRanges("abc", "")).toEqual([]);
  });
});
