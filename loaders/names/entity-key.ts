// The automatic entity key of an applicant name (名寄せ): two spellings with the same key are one entity unless the
// applicant-aliases dictionary says otherwise. The key is derived from a copy; the raw name is never changed.
//
// The key is deliberately conservative. It removes what spells the *same* name differently (width, spaces,
// punctuation, encoding variants, the legal form and where it stands) and nothing that could tell two companies
// apart: names that merely share a prefix (トヨタ自動車 / トヨタ紡織, デンソー / デンソーテン) keep different keys.
// Renames (ソニー → ソニーグループ) and near-misses (ー, small kana, ヴ/ブ) are the dictionary's and
// suggestMerges' business, not the key's.
//
// The rules run in the order of ENTITY_KEY_RULES; each one says why it exists. docs/applicant-names.md explains
// them for users.

export interface EntityKeyRule {
  id: string;
  /** Why the rule exists, for the README and for whoever wants to change it. */
  why: string;
  /** Rules that strip legal forms are skipped when they would leave nothing (see `entityKey`). */
  stripsLegalForm: "none" | "japanese" | "foreign";
  apply: (text: string) => string;
}

/** The separator every punctuation variant is folded to before tokens are compared; removed at the end. */
const SEP = " ";

// ---- character-level folds ----------------------------------------------------------------------------------------

// NFKC leaves the IBM-extension variants of CP932 (NEC/IBM 拡張文字) alone; Excel users who cannot type them
// write the JIS X 0208 form, so the two spellings of 髙島屋 / 高島屋 must meet.
const ITAIJI: ReadonlyMap<string, string> = new Map([
  ["髙", "高"],
  ["﨑", "崎"]
]);
const ITAIJI_CHARS = new RegExp(`[${[...ITAIJI.keys()].join("")}]`, "g");

// NFKC maps ～ (U+FF5E, what CP932 decodes 0x8160 to) to `~` but leaves 〜 (U+301C, the JIS mapping) and ∼ alone.
const TILDES = /[〜∼〰]/g;

// ASCII letters only: a full toUpperCase would also touch Greek or Cyrillic letters, which are not case variants
// of one another in a company name written in Japanese.
const LATIN_LOWER = /[a-z]+/g;

// ---- legal forms written in kanji: removed wherever they stand -----------------------------------------------------

// Chinese/Taiwanese company forms, with J-PlatPat's gaiji substitute for 份 (股▲ふん▼有限公司, 股▲分▼有限公司):
// matched before the ▲▼ marks are dropped, so the substitute reading goes with the form and not into the name.
const CHINESE_COMPANY_FORMS = /股(?:份|▲[^▲▼]{1,6}▼)?有限公司|有限公司/g;

const GAIJI_MARKS = /[▲▼]/g;

// Longest first, so that 一般社団法人 is removed whole and not as 一般 + 社団法人. (株) etc. are what NFKC makes of
// ㈱ and （株）. These words never occur inside a company's own name, so removing them anywhere is safe.
const JAPANESE_LEGAL_FORMS = [
  "株式会社",
  "株式會社",
  "有限会社",
  "合同会社",
  "合資会社",
  "合名会社",
  "相互会社",
  "有限責任事業組合",
  "独立行政法人",
  "地方独立行政法人",
  "国立研究開発法人",
  "国立大学法人",
  "公立大学法人",
  "大学共同利用機関法人",
  "学校法人",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "社団法人",
  "財団法人",
  "特定非営利活動法人",
  "NPO法人",
  "社会福祉法人",
  "医療法人社団",
  "医療法人財団",
  "医療法人",
  "農事組合法人",
  "(株)",
  "(有)",
  "(合)",
  "(同)",
  "(資)",
  "(名)",
  "(財)",
  "(社)",
  "(一社)",
  "(一財)",
  "(公社)",
  "(公財)",
  "(独)",
  "(学)"
];
const JAPANESE_LEGAL_FORM = new RegExp(
  [...JAPANESE_LEGAL_FORMS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|"),
  "g"
);
// `(株式会社)` and the like leave an empty pair of brackets behind.
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;

// ---- separators ----------------------------------------------------------------------------------------------------

// Everything that only separates words. Spaces (U+3000 becomes U+0020 under NFKC), the comma and full stop (，．
// become , . under NFKC), 、 and 。, the middle dot (･ becomes ・), apostrophes and quotes, and every dash
// look-alike (‐‑‒–—―−－ and `-`): J-PlatPat writes foreign names with any of them, and
// エクソンモービル・テクノロジー・アンド・エンジニアリング・カンパニー is the same applicant as the spelling with U+3000.
// Dashes count as separators and are not folded into ー: between katakana they are a hyphen as often as a
// mistyped long vowel (ヤンゼン－アルマトゥーレン vs イノベ－ションズ), and suggestMerges catches the second kind.
// ー itself is a letter (ソニー, デンソー) and stays, except between digits, where it is an IME typo for a hyphen.
const SEPARATORS = /(?:[\s,.、。・'"‘’′“”‐‑‒–—―−﹣－-]|(?<=\d)ー(?=\d))+/g;

// ---- legal forms written in katakana (or Latin letters): removed as whole tokens only ------------------------------

// Spelled without separators: the run of tokens `エル・エル・シー`, `ビー．ブイ．` or `リミテッド ライアビリティ カンパニー`
// is matched by joining consecutive tokens (see removeForeignLegalForms for where a run may stand). Only whole
// tokens are removed, never part of one: インクジェット, ソフトバンクカンパニー or サンコーポレーション (a Japanese company
// whose name ends in a loanword) keep their letters. The cost: a foreign form glued to the name without a separator
// (ＡＢＣインク) stays, and a whole word that happens to be a legal form (ザ・カンパニー・ストア) goes; J-PlatPat
// separates foreign forms in practice. エスイー (SE) is left out: オー・エス・イー株式会社 is a name.
const FOREIGN_LEGAL_FORMS = [
  // Inc.
  "インコーポレイテッド",
  "インコーポレイティド",
  "インコーポレイティッド",
  "インコーポレーテッド",
  "インコーポレーティッド",
  "インコーポレテッド",
  "インク",
  // Corp., Co.
  "コーポレーション",
  "コーポレイション",
  "コーポレイシヨン",
  "カンパニー",
  "カンパニイ",
  "コンパニー",
  // Ltd., LLC, LLP, LP, PLC, Pty Ltd, Pte Ltd
  "リミテッド",
  "リミティッド",
  "リミティド",
  "リミテツド",
  "エルティーディー",
  "エルティディ",
  "エルエルシー",
  "リミテッドライアビリティカンパニー",
  "リミテッドライアビリティーカンパニー",
  "エルエルピー",
  "リミテッドライアビリティパートナーシップ",
  "エルピー",
  "リミテッドパートナーシップ",
  "ピーエルシー",
  "パブリックリミテッドカンパニー",
  "プロプライエタリーリミテッド",
  "プロプライエタリリミテッド",
  "ピーティーワイリミテッド",
  "プライベートリミテッド",
  // GmbH (short and long, with the old large-kana transliteration シヤ/ミツト/シユ), AG, KG, & Co. KG
  "ゲーエムベーハー",
  "ゲゼルシャフトミットベシュレンクテルハフツング",
  "ゲゼルシヤフトミツトベシユレンクテルハフツング",
  "アクチエンゲゼルシャフト",
  "アクチェンゲゼルシャフト",
  "アクチエンゲゼルシヤフト",
  "アーゲー",
  "カーゲー",
  "コマンディトゲゼルシャフト",
  "ウントコンパニーカーゲー",
  "ウントコーカーゲー",
  // SA, SAS, SARL, SpA, Srl, SE
  "ソシエテアノニム",
  "ソシエテアノニーム",
  "エスエー",
  "エスアー",
  "エスアーエス",
  "エスエーエス",
  "エスアエス",
  "ソシエテパアクシオンシンプリフィエ",
  "エスアーエールエル",
  "エスエーアールエル",
  "ソシエダアノニマ",
  "ソシエダッドアノニマ",
  "エスピーエー",
  "ソシエタペルアツィオーニ",
  "ソチエタペルアツィオーニ",
  "エスアールエル",
  "ソシエタスヨーロピア",
  "ソシエタスエウロパエア",
  // BV, NV, AB, Oy
  "ビーブイ",
  "ビーヴィ",
  "ベーフェー",
  "ベスローテンフェンノートシャップ",
  "エヌブイ",
  "エヌヴェ",
  "エヌベー",
  "ナームローゼフェンノートシャップ",
  "アクチエボラグ",
  "アクチボラゲット",
  "アクチーボラゲット",
  "エービー",
  "オサケユキチュア",
  "オサケユイチア",
  // The same forms in Latin letters (after NFKC and upper-casing), for names typed by hand.
  "INC",
  "INCORPORATED",
  "CORP",
  "CORPORATION",
  "CO",
  "COMPANY",
  "LTD",
  "LIMITED",
  "LLC",
  "LLP",
  "PLC",
  "GMBH",
  "AG",
  "KG",
  "SA",
  "SAS",
  "SARL",
  "SPA",
  "SRL",
  "BV",
  "NV",
  "AB",
  "OY",
  "KK",
  "KABUSHIKIKAISHA"
];
const FOREIGN_LEGAL_FORM_SET: ReadonlySet<string> = new Set(FOREIGN_LEGAL_FORMS);
// The longest form above spelled letter by letter (エス・エー・アール・エル) or word by word has at most this many tokens.
const MAX_FOREIGN_FORM_TOKENS = 6;

// ---- the rules, in order -------------------------------------------------------------------------------------------

export const ENTITY_KEY_RULES: readonly EntityKeyRule[] = [
  {
    id: "nfkc",
    why:
      "Unicode NFKC: half-width katakana become full-width (ｶﾞ → ガ), full-width letters and digits become ASCII " +
      "(ＩＨＩ → IHI), ㈱ and （株） become (株), U+3000 becomes a space, compatibility ideographs such as 神 (U+FA19) " +
      "become the unified ones.",
    stripsLegalForm: "none",
    apply: (text) => text.normalize("NFKC")
  },
  {
    id: "itaiji",
    why: "髙 → 高 and 﨑 → 崎: CP932's IBM-extension characters, which NFKC keeps and many writers replace.",
    stripsLegalForm: "none",
    apply: (text) => text.replace(ITAIJI_CHARS, (c) => ITAIJI.get(c) ?? c)
  },
  {
    id: "tildes",
    why: "〜 (U+301C, JIS mapping), ∼ and 〰 → ~, which is what NFKC makes of CP932's ～ (U+FF5E).",
    stripsLegalForm: "none",
    apply: (text) => text.replace(TILDES, "~")
  },
  {
    id: "latin-case",
    why: "ASCII letters upper-cased: ｉｎａｘ, Inax and INAX are one spelling.",
    stripsLegalForm: "none",
    apply: (text) => text.replace(LATIN_LOWER, (s) => s.toUpperCase())
  },
  {
    id: "chinese-company-forms",
    why:
      "股份有限公司 / 有限公司 removed, including J-PlatPat's gaiji substitute 股▲ふん▼有限公司; done before the ▲▼ " +
      "marks go so that the substitute reading leaves with the form.",
    stripsLegalForm: "japanese",
    apply: (text) => text.replace(CHINESE_COMPANY_FORMS, SEP)
  },
  {
    id: "gaiji-marks",
    why: "▲ and ▼ removed, their inner text kept: J-PlatPat marks a substitute for a character it cannot encode.",
    stripsLegalForm: "none",
    apply: (text) => text.replace(GAIJI_MARKS, "")
  },
  {
    id: "japanese-legal-forms",
    why:
      "株式会社, 有限会社, 合同会社, (株), 独立行政法人, 国立研究開発法人, 国立大学法人, 学校法人, 一般/公益 社団/財団法人 … " +
      "removed wherever they stand (前株 and 後株 meet): the legal form is not part of the name, and 独立行政法人X and " +
      "国立研究開発法人X are the same body after a change of status.",
    stripsLegalForm: "japanese",
    apply: (text) => text.replace(JAPANESE_LEGAL_FORM, SEP).replace(EMPTY_BRACKETS, SEP)
  },
  {
    id: "separators",
    why:
      "Spaces, ，,．.、。・, apostrophes, quotes and every dash look-alike (‐‑‒–—―−－-) become one separator; ー between " +
      "digits too (an IME typo for a hyphen). ー elsewhere is a letter and stays.",
    stripsLegalForm: "none",
    apply: (text) => text.replace(SEPARATORS, SEP).trim()
  },
  {
    id: "foreign-legal-forms",
    why:
      "インコーポレイテッド/インコーポレイティド/インク, コーポレーション, カンパニー, リミテッド, エルエルシー, " +
      "ゲーエムベーハー and its long German form, アクチエンゲゼルシャフト, ソシエテ アノニム, ビーブイ, エスエー, " +
      "ピーエルシー … removed when they are whole words. A form spread over several words (エル・エル・シー, " +
      "リミテッド ライアビリティ カンパニー) only at the end and not after a letter (ユー・エス・エー is U.S.A.). Never " +
      "cut out of a longer word: インクジェット and サンコーポレーション keep their letters.",
    stripsLegalForm: "foreign",
    apply: removeForeignLegalForms
  },
  {
    id: "remove-separators",
    why: "The separators go last: ウーバー　テクノロジーズ，インコーポレイテッド and ウーバー テクノロジーズ meet.",
    stripsLegalForm: "none",
    apply: (text) => text.split(SEP).join("")
  }
];

/**
 * The entity key of an applicant name: the result of ENTITY_KEY_RULES.
 *
 * A name that is nothing but a legal form must not collapse into "" together with every other such name: when the
 * rules leave nothing, the foreign legal forms are kept (株式会社インク → インク), and if that is still empty the
 * Japanese ones too (株式会社 → 株式会社).
 */
export function entityKey(name: string): string {
  const key = applyRules(name, "all");
  if (key !== "") return key;
  const withForeignForms = applyRules(name, "japanese-only");
  if (withForeignForms !== "") return withForeignForms;
  return applyRules(name, "none");
}

type LegalFormStripping = "all" | "japanese-only" | "none";

function applyRules(name: string, stripping: LegalFormStripping): string {
  let text = name;
  for (const rule of ENTITY_KEY_RULES) {
    if (rule.stripsLegalForm === "foreign" && stripping !== "all") continue;
    if (rule.stripsLegalForm === "japanese" && stripping === "none") continue;
    text = rule.apply(text);
  }
  return text;
}

/**
 * Removes foreign legal forms from space-separated tokens.
 *
 * A form that is one whole token (インコーポレイテッド, エルエルシー) goes wherever it stands. A form spread over several
 * tokens (エル・エル・シー, リミテッド ライアビリティ カンパニー, エス エー アール エル) goes only at the end of the name
 * (or followed by other legal forms), and only when the token before it is a word rather than the name of a letter:
 * in シェブロン ユー．エス．エー． and オー・エス・イー the letters エス エー / エス イー spell U.S.A. and O.S.E.
 */
function removeForeignLegalForms(text: string): string {
  if (text === "") return text;
  const tokens = text.split(SEP);
  let end = tokens.length;
  while (end > 0) {
    const run = longestTrailingLegalForm(tokens, end);
    if (run === 0) break;
    end -= run;
  }
  return tokens
    .slice(0, end)
    .filter((token) => !FOREIGN_LEGAL_FORM_SET.has(token))
    .join(SEP);
}

/** Number of tokens just before `end` that together spell a legal form (the longest such run), or 0. */
function longestTrailingLegalForm(tokens: readonly string[], end: number): number {
  let joined = "";
  let longest = 0;
  for (let run = 1; run <= MAX_FOREIGN_FORM_TOKENS && run <= end; run++) {
    joined = tokens[end - run] + joined;
    if (!FOREIGN_LEGAL_FORM_SET.has(joined)) continue;
    const before = tokens[end - run - 1];
    if (run > 1 && before !== undefined && isLetterName(before)) continue;
    longest = run;
  }
  return longest;
}

// The names of Latin letters as J-PlatPat transliterates them (English, German and French readings), and the letters
// themselves: a run of these spells an abbreviation, not a legal form.
const LETTER_NAMES: ReadonlySet<string> = new Set(
  (
    "エー エイ ア ビー ベー シー ツェー セー ディー デー イー エフ ジー ゲー ジェー エイチ エッチ ハー アッシュ アイ " +
    "ジェイ ヨット ケー ケイ カー エル エム エヌ オー ピー ペー キュー クー アール エール エス ティー テー ユー ウー " +
    "ブイ ヴイ ヴィ ファウ ヴェ ヴェー フェー ダブリュー ダブリュ エックス イクス ワイ ゼット ツェット ズィー"
  ).split(" ")
);

function isLetterName(token: string): boolean {
  return LETTER_NAMES.has(token) || /^[A-Z]$/.test(token);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
