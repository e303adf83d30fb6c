// A fictional, deterministic sample of support records (支援実績) for the fictional applicants of the patent sample
// (sample-applicants.ts): the companies a bureau's 窓口 and INPIT's programs supported, 平成28年度–令和4年度.
//
// Written by hand rather than drawn at random: every row is there to show something on the 支援成果 page and in
// `chizai outcomes`, and the README's worked example counts them:
// - spelling variants the entity key joins: （株） and ㈱, 株式会社 before or after the name, a full-width space;
// - a look-alike that must stay apart: 架空自動車紡織 is not 架空自動車;
// - a company first filing after its support (株式会社架空ソリッドテック files from 2016, supported in 2014年度);
// - a kana variant the key misses (架空エナジ for 架空エナジー), which `names suggest --support` proposes;
// - companies with no patents in the sample at all;
// - two ambiguous keys, listed for review instead of counted: 株式会社架空精機 / 有限会社架空精機 (two legal forms)
//   and 架空硝子株式会社 supported in two prefectures;
// - recent supports whose window is still 参考値.
// No row gives a 法人番号: a made-up 13-digit number with a valid check digit could be a real company's.

export interface SupportSampleFile {
  fileName: string;
  bytes: Uint8Array;
}

export const SUPPORT_SAMPLE_FILE = "サンプル_支援実績_平成26-令和4年度.csv";

const HEADER = ["年度", "支援日", "都道府県", "事業", "企業名", "法人番号", "支援内容", "備考"];

// 年度, 支援日, 都道府県, 事業, 企業名, 支援内容, 備考
const ROWS: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ["平成26年度", "2014/09/12", "東京都", "知財総合支援窓口", "株式会社 架空ソリッドテック", "特許出願の相談", "架空のデータ"],
  ["平成26年度", "2015/01/20", "東京都", "専門家派遣", "株式会社架空ソリッドテック", "弁理士派遣（先行技術調査）", "架空のデータ"],
  ["平成28年度", "2016/06/03", "神奈川県", "知財総合支援窓口", "架空電池（株）", "営業秘密管理の相談", "架空のデータ"],
  ["平成29年度", "", "神奈川", "知財総合支援窓口", "架空電池株式会社", "外国出願の相談", "架空のデータ"],
  ["平成29年度", "2017/11/08", "神奈川県", "海外展開支援", "架空電池株式会社", "外国出願補助金", "架空のデータ"],
  ["平成28年度", "2016/10/14", "大阪府", "知財総合支援窓口", "㈱架空製作所", "特許出願の相談", "架空のデータ"],
  ["令和3年度", "2022/01/18", "大阪府", "加速的支援", "株式会社架空製作所", "知財戦略の策定支援", "架空のデータ"],
  ["平成29年度", "2017/05/22", "岐阜県", "知財総合支援窓口", "架空セラミックス　株式会社", "特許出願の相談", "架空のデータ"],
  ["令和元年度", "2019/12/10", "岐阜県", "知財総合支援窓口", "架空セラミックス株式会社", "実用新案の相談", "架空のデータ"],
  ["平成30年度", "2018/09/19", "愛知県", "IPAS", "架空自動車紡織（株）", "知財戦略の構築支援", "架空のデータ"],
  ["平成30年度", "2018/04/25", "長野県", "知財総合支援窓口", "株式会社架空精機", "特許出願の相談", "架空のデータ"],
  ["令和元年度", "2019/08/30", "長野県", "知財総合支援窓口", "有限会社架空精機", "商標の相談", "架空のデータ"],
  ["平成29年度", "2017/06/16", "大阪府", "知財総合支援窓口", "架空硝子株式会社", "特許出願の相談", "架空のデータ"],
  ["平成30年度", "2018/10/05", "福岡県", "知財総合支援窓口", "架空硝子株式会社", "ライセンスの相談", "架空のデータ"],
  ["平成30年度", "2018/12/12", "兵庫県", "知財総合支援窓口", "架空エナジ株式会社", "特許出願の相談", "架空のデータ"],
  ["令和2年度", "2020/07/07", "愛媛県", "知財総合支援窓口", "架空みかん農園株式会社", "商標の相談", "架空のデータ"],
  ["令和2年度", "2020/11/17", "愛媛県", "知財総合支援窓口", "架空みかん農園（株）", "意匠の相談", "架空のデータ"],
  ["令和3年度", "2021/06/21", "岐阜県", "専門家派遣", "有限会社架空木工所", "意匠の相談", "架空のデータ"],
  ["令和元年度", "2019/10/01", "福岡県", "IPAS", "架空ソフトウェア合同会社", "知財戦略の構築支援", "架空のデータ"],
  ["令和3年度", "2021/09/14", "茨城県", "知財総合支援窓口", "架空マテリアル株式会社", "特許出願の相談", "架空のデータ"],
  ["令和4年度", "2022/05/26", "茨城県", "加速的支援", "架空マテリアル株式会社", "知財戦略の策定支援", "架空のデータ"],
  ["令和4年度", "2023/02/08", "京都府", "知財総合支援窓口", "株式会社架空総合研究所", "特許出願の相談", "架空のデータ"]
];

/** The sample file: UTF-8 with BOM and CRLF, as Excel's "CSV UTF-8" saves it. */
export function generateSupportSample(): SupportSampleFile {
  const lines = [HEADER.join(",")];
  for (const [year, date, prefecture, program, company, content, note] of ROWS) {
    lines.push([year, date, prefecture, program, company, "", content, note].join(","));
  }
  const text = "\ufeff" + lines.join("\r\n") + "\r\n";
  return {fileName: SUPPORT_SAMPLE_FILE, bytes: new TextEncoder().encode(text)};
}
