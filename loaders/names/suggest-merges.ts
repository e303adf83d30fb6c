// Likely merges that the automatic entity key does not make, proposed for a person to review and copy into
// applicant-aliases.csv. Nothing here is applied automatically: every suggestion is a guess.
//
// Four kinds, strongest first:
//   kana-variant         the keys differ only by ー, small kana (ッ/ツ, ティ/テイ) or ヴ/ブ: a transliteration variant.
//   legal-status-prefix  one key is the other behind a "…法人" word the key does not remove (宗教法人X / X).
//   katakana-edit        at most two katakana edited (インコーポレーテッド leftovers, シ/ジ) in keys of at least 6
//                        characters, with at most one edit per 5 characters (similarity ≥ 0.8).
//   possible-rename      one key is the other plus ホールディングス or グループ: often a rename, sometimes a new
//                        holding company beside the old one. Low confidence.
//
// Never suggested: names that merely share a prefix or a suffix (トヨタ自動車 / トヨタ紡織, デンソー / デンソーテン,
// パナソニックＩＰマネジメント / パナソニック, 日産自動車 / 日産化学). Only the kinds above can produce a pair, and the
// edit kind refuses a pair where one key is a prefix or suffix of the other, or where an edit touches anything but
// katakana (日立産機 / 日立産業 are two companies).

import {candidatePairs, editScript} from "./edit-distance.js";
import {entityKey} from "./entity-key.js";

export interface NameCount {
  /** A raw spelling, exactly as in the exports. */
  name: string;
  /** Applications with this spelling. */
  count: number;
}

export type MergeReason = "kana-variant" | "legal-status-prefix" | "katakana-edit" | "possible-rename";

/** One row for applicant-aliases.csv: map `name` to `entity`, with why and how much is at stake. */
export interface MergeSuggestion {
  name: string;
  /** The proposed canonical name: the most frequent spelling on the other side. */
  entity: string;
  /** Always empty: groups are for a person to decide. */
  group: string;
  reason: MergeReason;
  /** Applications with this spelling. */
  count: number;
  /** Applications of the entity it would join (all its spellings). */
  otherCount: number;
}

const REASON_ORDER: readonly MergeReason[] = [
  "kana-variant",
  "legal-status-prefix",
  "katakana-edit",
  "possible-rename"
];

/** Shorter keys differ by one katakana too easily (ソニー / ソニア) to be suggested on edit distance. */
const MIN_EDIT_KEY_LENGTH = 6;
const MAX_EDITS = 2;
/** The shortest key (the longer of the two) for which MIN_EDIT_SIMILARITY allows MAX_EDITS edits. */
const MIN_TWO_EDIT_KEY_LENGTH = 10;
/** 1 − distance / longer length: one edit needs 5 characters, two need 10. */
const MIN_EDIT_SIMILARITY = 0.8;

const KATAKANA = /^[\u30a1-\u30fa\u30fc]$/;
const HAS_KATAKANA = /[\u30a1-\u30fa\u30fc]/;

// Words that make a holding company or a group out of a name (Xグループホールディングス is tried as X and as Xグループ).
const CORPORATE_SUFFIXES = ["グループホールディングス", "ホールディングス", "ホールディングズ", "ホールディング", "グループ", "HD"];

// "…法人" words the entity key keeps (宗教法人, 税理士法人, 特許業務法人, 社会保険労務士法人, …): at most this many
// characters before 法人, so that 法人 deep inside a name (日本経済団体連合会法人部会) is not taken for a status.
const MAX_STATUS_WORD_LENGTH = 7;
const MIN_REST_LENGTH = 2;

interface Entity {
  key: string;
  total: number;
  spellings: NameCount[];
  /** The most frequent spelling: the one proposed as canonical name. */
  top: string;
}

/**
 * Suggestions for every pair of entities (spellings grouped by entity key) that look like one, one row per spelling
 * of the smaller side (for possible-rename: of the side without the corporate word), strongest reasons first.
 * A pair is reported once, under its strongest reason.
 */
export function suggestMerges(names: readonly NameCount[]): MergeSuggestion[] {
  const entities = groupByKey(names);
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const pairs = new Map<string, {a: Entity; b: Entity; reason: MergeReason; target?: Entity}>();
  const addPair = (a: Entity, b: Entity, reason: MergeReason, target?: Entity): void => {
    if (a === b) return;
    const id = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
    const known = pairs.get(id);
    if (known && REASON_ORDER.indexOf(known.reason) <= REASON_ORDER.indexOf(reason)) return;
    pairs.set(id, target ? {a, b, reason, target} : {a, b, reason});
  };

  // kana-variant: same loose key. Paired with the biggest entity of the loose group, not all with all.
  const byLooseKey = new Map<string, Entity[]>();
  for (const entity of entities) {
    const loose = looseKanaKey(entity.key);
    if (loose.length < 2) continue;
    const group = byLooseKey.get(loose);
    if (group) group.push(entity);
    else byLooseKey.set(loose, [entity]);
  }
  for (const group of byLooseKey.values()) {
    if (group.length < 2) continue;
    const biggest = group.reduce((best, e) => (compareEntities(e, best) < 0 ? e : best));
    for (const entity of group) addPair(entity, biggest, "kana-variant");
  }

  // legal-status-prefix: X法人Y where Y is another key.
  for (const entity of entities) {
    for (const rest of restsAfterStatusWord(entity.key)) {
      const other = byKey.get(rest);
      if (other) addPair(entity, other, "legal-status-prefix");
    }
  }

  // katakana-edit. The similarity rule allows a second edit only when the longer key has 10 characters, so the
  // shorter one at least 8: a one-edit search over all keys and a two-edit search over those of 8 or more keep the
  // candidate lists short (two-edit segments of 6-character keys are 2 characters long and match everything).
  const editable = entities.filter((e) => e.key.length >= MIN_EDIT_KEY_LENGTH && HAS_KATAKANA.test(e.key));
  const longEditable = editable.filter((e) => e.key.length >= MIN_TWO_EDIT_KEY_LENGTH - MAX_EDITS);
  const searches: Array<[Entity[], number]> = [
    [editable, 1],
    [longEditable, MAX_EDITS]
  ];
  for (const [list, maxEdits] of searches) {
    const keys = list.map((e) => e.key);
    for (const [i, j] of candidatePairs(keys, maxEdits)) {
      const a = list[i]!;
      const b = list[j]!;
      if (isKatakanaEditVariant(a.key, b.key)) addPair(a, b, "katakana-edit");
    }
  }

  // possible-rename: the renamed side is the one with the corporate word (ソニー → ソニーグループ).
  for (const entity of entities) {
    for (const suffix of CORPORATE_SUFFIXES) {
      if (!entity.key.endsWith(suffix)) continue;
      const other = byKey.get(entity.key.slice(0, -suffix.length));
      if (other && other.key.length >= MIN_REST_LENGTH) addPair(other, entity, "possible-rename", entity);
    }
  }

  const suggestions: MergeSuggestion[] = [];
  for (const {a, b, reason, target: fixedTarget} of pairs.values()) {
    const target = fixedTarget ?? (compareEntities(a, b) <= 0 ? a : b);
    const source = target === a ? b : a;
    for (const spelling of source.spellings) {
      suggestions.push({
        name: spelling.name,
        entity: target.top,
        group: "",
        reason,
        count: spelling.count,
        otherCount: target.total
      });
    }
  }
  return suggestions.sort(
    (x, y) =>
      REASON_ORDER.indexOf(x.reason) - REASON_ORDER.indexOf(y.reason) ||
      y.otherCount - x.otherCount ||
      y.count - x.count ||
      compareText(x.name, y.name)
  );
}

/**
 * True when `a` and `b` differ by at most two katakana edits, are similar enough, and neither merely extends the
 * other: a shared prefix or suffix with extra letters is a different company (デンソー / デンソーテン).
 */
export function isKatakanaEditVariant(a: string, b: string): boolean {
  if (a.length < MIN_EDIT_KEY_LENGTH || b.length < MIN_EDIT_KEY_LENGTH) return false;
  if (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)) return false;
  const script = editScript(a, b, MAX_EDITS);
  if (!script || script.distance === 0) return false;
  if (1 - script.distance / Math.max(a.length, b.length) < MIN_EDIT_SIMILARITY) return false;
  return script.edits.every((edit) => isKatakanaOrEmpty(edit.from) && isKatakanaOrEmpty(edit.to));
}

/**
 * The key with the differences of transliteration removed: ー dropped, small kana made large (ッ → ツ, ィ → イ, so
 * ティ = テイ), ヴ written with バ-row kana, ヂ/ヅ as ジ/ズ, ヰヱヲ as イエオ.
 */
export function looseKanaKey(key: string): string {
  return key
    .replace(/ー/g, "")
    .replace(/ヴ([ァィェォ])/g, (_, vowel: string) => V_ROW.get(vowel) ?? "ブ")
    .replace(/[ヴヂヅヰヱヲァィゥェォッャュョヮヵヶ]/g, (c) => LOOSE_KANA.get(c) ?? c);
}

const V_ROW: ReadonlyMap<string, string> = new Map([
  ["ァ", "バ"],
  ["ィ", "ビ"],
  ["ェ", "ベ"],
  ["ォ", "ボ"]
]);

const LOOSE_KANA: ReadonlyMap<string, string> = new Map(
  [..."ヴヂヅヰヱヲァィゥェォッャュョヮヵヶ"].map((c, i) => [c, "ブジズイエオアイウエオツヤユヨワカケ"[i]!])
);

/** For 宗教法人大本 → [大本]: what follows each "…法人" word near the start of the key. */
function restsAfterStatusWord(key: string): string[] {
  const rests: string[] = [];
  for (let at = key.indexOf("法人"); at >= 0 && at <= MAX_STATUS_WORD_LENGTH; at = key.indexOf("法人", at + 1)) {
    const rest = key.slice(at + 2);
    if (rest.length >= MIN_REST_LENGTH) rests.push(rest);
  }
  return rests;
}

function groupByKey(names: readonly NameCount[]): Entity[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const {name, count} of names) {
    const key = entityKey(name);
    if (key === "") continue;
    const spellings = byKey.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + count);
    byKey.set(key, spellings);
  }
  return [...byKey].map(([key, counts]) => {
    const spellings = [...counts].map(([name, count]) => ({name, count}));
    spellings.sort((x, y) => y.count - x.count || compareText(x.name, y.name));
    return {key, total: spellings.reduce((sum, s) => sum + s.count, 0), spellings, top: spellings[0]!.name};
  });
}

/** Bigger first; ties broken by key so that the result does not depend on input order. */
function compareEntities(a: Entity, b: Entity): number {
  return b.total - a.total || compareText(a.key, b.key);
}

function isKatakanaOrEmpty(c: string): boolean {
  return c === "" || KATAKANA.test(c);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
