// Fictional applicants for the synthetic sample, ranked so that a Zipf draw gives a few clear leaders.
//
// Every Japanese organisation name carries 架空 ("fictional"), foreign companies borrow the placeholder names of
// software documentation (Northwind, Contoso, Fabrikam, …), and people are called 架空/見本/仮名 or John Doe, so
// no name can be mistaken for a real applicant.
//
// The spellings reproduce what J-PlatPat shows unharmonised and what name harmonisation has to handle: a rename
// from a date, the 独立行政法人 → 国立研究開発法人 change of April 2015, doubled ideographic spaces, a full-width
// comma that comes and goes, ▲▼ gaiji markers, and look-alike companies that are different companies.

import {dayFromIso} from "./calendar.js";
import type {Random} from "./random.js";

export type ApplicantKind = "company" | "university" | "institute" | "individual";

export interface SampleApplicant {
  /** The current spelling. */
  name: string;
  kind: ApplicantKind;
  /** Spellings used for applications filed before a date (ISO, exclusive), oldest first. */
  formerNames?: readonly {until: string; name: string}[];
  /** Other spellings of the same applicant, each used for the given share of its rows. */
  variants?: readonly {name: string; share: number}[];
  /** First filing year: newcomers that rise late in the landscape. */
  activeFrom?: number;
  /** A regular co-applicant (joint development), by its current name. */
  partner?: string;
}

/** Japanese applicants, most frequent first. */
export const DOMESTIC_APPLICANTS: readonly SampleApplicant[] = [
  {name: "架空自動車株式会社", kind: "company", partner: "架空電池株式会社"},
  {name: "架空電池株式会社", kind: "company", partner: "架空自動車株式会社"},
  {
    name: "架空電機ホールディングス株式会社",
    kind: "company",
    formerNames: [{until: "2018-04-01", name: "架空電機株式会社"}],
    partner: "国立大学法人東架空大学"
  },
  {
    name: "国立研究開発法人架空エネルギー技術総合研究所",
    kind: "institute",
    formerNames: [{until: "2015-04-01", name: "独立行政法人架空エネルギー技術総合研究所"}],
    partner: "架空化学工業株式会社"
  },
  {name: "架空化学工業株式会社", kind: "company"},
  {name: "架空マテリアル株式会社", kind: "company"},
  // A different company from 架空自動車株式会社, though a prefix match would merge them.
  {name: "架空自動車紡織株式会社", kind: "company"},
  {name: "架空硝子株式会社", kind: "company"},
  {name: "株式会社架空製作所", kind: "company"},
  {name: "架空金属鉱山株式会社", kind: "company"},
  {name: "国立大学法人架空大学", kind: "university"},
  // A different company from 架空電池株式会社.
  {name: "架空電池材料株式会社", kind: "company"},
  {name: "架空セラミックス株式会社", kind: "company"},
  // 髙 is outside JIS X 0208, so JPO writes it ▲高▼; some rows carry the plain 高 instead.
  {name: "株式会社▲高▼田架空製作所", kind: "company", variants: [{name: "株式会社高田架空製作所", share: 0.2}]},
  {name: "架空エレクトロニクス株式会社", kind: "company"},
  {name: "架空石油株式会社", kind: "company"},
  {
    name: "国立研究開発法人架空物質材料研究機構",
    kind: "institute",
    formerNames: [{until: "2015-04-01", name: "独立行政法人架空物質材料研究機構"}]
  },
  {name: "架空電子部品株式会社", kind: "company"},
  {name: "株式会社架空ソリッドテック", kind: "company", activeFrom: 2016, partner: "国立大学法人架空大学"},
  {name: "架空ケミカル株式会社", kind: "company"},
  {name: "架空重工業株式会社", kind: "company"},
  {name: "国立大学法人東架空大学", kind: "university"},
  {name: "架空精機株式会社", kind: "company"},
  {name: "架空炭素株式会社", kind: "company"},
  {name: "架空ソーダ株式会社", kind: "company"},
  {name: "株式会社架空イオニクス", kind: "company", activeFrom: 2019},
  {name: "架空電装株式会社", kind: "company"},
  {name: "架空触媒化成株式会社", kind: "company"},
  {name: "架空フィルム株式会社", kind: "company"},
  {name: "学校法人架空理科大学", kind: "university"},
  {name: "架空紙業株式会社", kind: "company"},
  {name: "架空インキ製造株式会社", kind: "company"},
  {name: "架空合成株式会社", kind: "company"},
  {name: "架空窯業株式会社", kind: "company"},
  {name: "株式会社架空総合研究所", kind: "company"},
  {name: "架空電工株式会社", kind: "company"},
  {name: "国立大学法人北架空大学", kind: "university"},
  {name: "架空電線株式会社", kind: "company"},
  {name: "架空ファインケミカル株式会社", kind: "company"},
  {name: "架空計測株式会社", kind: "company"},
  {name: "架空機械株式会社", kind: "company"},
  {name: "公益財団法人架空電池技術研究センター", kind: "institute"},
  {name: "架空繊維株式会社", kind: "company"},
  {name: "架空二輪株式会社", kind: "company"},
  {name: "架空工機株式会社", kind: "company"},
  {name: "架空家電株式会社", kind: "company"},
  {name: "国立大学法人架空工業大学", kind: "university"},
  {name: "架空化成株式会社", kind: "company"},
  {name: "架空興産株式会社", kind: "company"},
  {name: "架空鉄鋼株式会社", kind: "company"},
  {name: "架空精工株式会社", kind: "company"},
  {name: "株式会社架空エナジー", kind: "company"},
  {name: "架空光学株式会社", kind: "company"},
  {name: "架空薬品工業株式会社", kind: "company"},
  {name: "公立大学法人架空県立大学", kind: "university"},
  {name: "架空通信株式会社", kind: "company"},
  {name: "架空工業株式会社", kind: "company"},
  {name: "架空物産株式会社", kind: "company"},
  {name: "一般財団法人架空ファインセラミックス研究所", kind: "institute"},
  {name: "株式会社架空ラボ", kind: "company", activeFrom: 2012},
  {name: "架空電力株式会社", kind: "company"},
  {name: "架空建機株式会社", kind: "company"},
  {name: "国立大学法人西架空大学", kind: "university"},
  {name: "架空産業株式会社", kind: "company"},
  {name: "架空包装株式会社", kind: "company"},
  {name: "架空テクノ株式会社", kind: "company"},
  {name: "地方独立行政法人架空県産業技術研究所", kind: "institute"},
  {name: "架空商事株式会社", kind: "company"},
  {name: "架空鉱業株式会社", kind: "company"},
  {name: "架空樹脂株式会社", kind: "company"},
  {name: "学校法人架空学園", kind: "university"},
  {name: "架空粉体工業株式会社", kind: "company"},
  {name: "架空真空株式会社", kind: "company"},
  {name: "株式会社架空セルテック", kind: "company", activeFrom: 2020},
  {name: "架空電材株式会社", kind: "company"},
  {name: "架空塗料株式会社", kind: "company"},
  {name: "国立大学法人架空科学技術大学院大学", kind: "university"},
  {name: "架空電子株式会社", kind: "company"},
  {name: "架空ゴム工業株式会社", kind: "company"},
  {name: "架空製鋼株式会社", kind: "company"},
  {name: "架空運輸機器株式会社", kind: "company"},
  {name: "架空医療電子株式会社", kind: "company"},
  {name: "架空時計株式会社", kind: "company"},
  {name: "架空照明株式会社", kind: "company"},
  {name: "架空レアメタル株式会社", kind: "company"},
  {name: "株式会社架空プロセス", kind: "company"},
  {name: "架空印刷株式会社", kind: "company"},
  {name: "架空技研株式会社", kind: "company"},
  {name: "架空　太郎", kind: "individual"},
  {name: "架空ガス株式会社", kind: "company"},
  {name: "架空　次郎", kind: "individual"},
  {name: "見本　花子", kind: "individual"},
  {name: "架空電気硝子株式会社", kind: "company"},
  {name: "仮名　一郎", kind: "individual"},
  {name: "架空ホールディングス株式会社", kind: "company"},
  {name: "見本　五郎", kind: "individual"}
];

/** Foreign applicants (mostly behind 特表 rows), as JPO transliterates them, most frequent first. */
export const FOREIGN_APPLICANTS: readonly SampleApplicant[] = [
  {
    name: "ノースウィンド　エナジー，インコーポレイテッド",
    kind: "company",
    variants: [{name: "ノースウィンド　エナジー　インコーポレイテッド", share: 0.3}]
  },
  {
    name: "コントソ　エナジー　コーポレーション",
    kind: "company",
    variants: [{name: "コントソ　　エナジー　コーポレーション", share: 0.25}]
  },
  {name: "架空新能源科技股▲ふん▼有限公司", kind: "company"},
  {name: "ファブリカム　バッテリーズ　インコーポレイテッド", kind: "company"},
  {name: "アデイタム　アクチエンゲゼルシャフト", kind: "company"},
  {name: "カクウ　エナジー　ソリューション　カンパニー　リミテッド", kind: "company"},
  {name: "トレイ　リサーチ　リミテッド", kind: "company"},
  {name: "リットウェア　ソシエテ　アノニム", kind: "company"},
  {name: "ウッドグローブ　マテリアルズ　エルエルシー", kind: "company"},
  {name: "プロセウェア　コーポレイション", kind: "company"},
  {
    name: "コホー　セル　テクノロジー　ゲゼルシャフト　ミット　ベシュレンクテル　ハフツング",
    kind: "company"
  },
  {name: "ウィングティップ　テクノロジーズ，インコーポレイテッド", kind: "company"},
  {name: "架空電池科技有限公司", kind: "company"},
  {name: "ルツェルン　バッテリー　アーゲー", kind: "company"},
  {name: "ヴァンデレイ　インダストリーズ，インコーポレイテッド", kind: "company"},
  {name: "ザ　リージェンツ　オブ　ザ　ユニバーシティ　オブ　カクウ", kind: "university"},
  {name: "カクウ　インスティテュート　オブ　テクノロジー", kind: "university"},
  {name: "ハンブル　エナジー　ソシエテ　パ　アクシオン　シンプリフィエ", kind: "company"},
  {name: "アルパイン　セル　ソリューションズ　ベー．フェー．", kind: "company"},
  {name: "ドウ，ジョン", kind: "individual"},
  {name: "カクウ、ミン　ジュン", kind: "individual"},
  {name: "ドウ，ジェーン", kind: "individual"}
];

const FORMER_NAME_DAYS = new Map<string, number>();

/** The spelling of `applicant` on an application filed on `filingDay`. */
export function applicantSpelling(applicant: SampleApplicant, filingDay: number, random: Random): string {
  for (const former of applicant.formerNames ?? []) {
    let until = FORMER_NAME_DAYS.get(former.until);
    if (until === undefined) FORMER_NAME_DAYS.set(former.until, (until = dayFromIso(former.until)));
    if (filingDay < until) return former.name;
  }
  if (applicant.variants) {
    let draw = random.next();
    for (const variant of applicant.variants) {
      if (draw < variant.share) return variant.name;
      draw -= variant.share;
    }
  }
  return applicant.name;
}
