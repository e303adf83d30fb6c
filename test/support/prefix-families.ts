// Applicants in the real sample exports whose names share a prefix but who are different companies: the entity
// key must never merge them, nor may the resolution in the warehouse (test/unit/entity-key.test.ts,
// test/integration/names.test.ts).

export const PREFIX_FAMILIES: readonly (readonly string[])[] = [
  ["トヨタ自動車株式会社", "トヨタ自動車東日本株式会社", "トヨタ車体株式会社", "トヨタホーム株式会社"],
  ["パナソニック株式会社", "パナソニックＩＰマネジメント株式会社", "パナソニック電工株式会社", "パナソニックエコシステムズ株式会社"],
  ["三菱重工業株式会社", "三菱重工エンジニアリング株式会社", "三菱重工環境・化学エンジニアリング株式会社"],
  ["株式会社東芝", "東芝エネルギーシステムズ株式会社", "東芝インフラシステムズ株式会社"],
  ["株式会社日立製作所", "株式会社日立産機システム", "株式会社日立システムズ"],
  ["株式会社クボタ", "クボタシーアイ株式会社", "株式会社クボタケミックス"],
  ["株式会社ＩＨＩ", "株式会社ＩＨＩインフラシステム", "株式会社ＩＨＩインフラ建設"],
  ["株式会社デンソー", "日産自動車株式会社"]
];
