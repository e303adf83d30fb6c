// The conditions line and the download names of a landscape view (view-conditions.ts, chart-context.ts): every
// filter named, Windows-safe names, hostile text kept as text.
import {describe, expect, test} from "vitest";
import {contextFileName, contextFileStem} from "../../src/components/chart-context.js";
import {conditionParts, conditionsText, periodText, viewContext, viewFileParts} from "../../src/components/landscape/view-conditions.js";
import {chipValue, DEFAULT_VIEW, parseView, type LandscapeView} from "../../src/components/landscape/view-state.js";

const view = (search: string): LandscapeView => parseView(search);
const LIDAR = {collections: ["LiDAR"], collectionCount: 2, span: {from: 1998, to: 2024}};

describe("conditionsText", () => {
  test("names the collection, the period with its basis and kind, the FI prefix and the name mode", () => {
    expect(conditionsText(view("collection=LiDAR&from=2001&to=2022&fi=G01S"), LIDAR)).toBe(
      "コレクション：LiDAR　期間：2001–2022年（出願日・暦年）　FI：G01S（全FI）　出願人名：名寄せ後"
    );
  });

  test("fills an open range from the span and says 年度 and 公知日 when chosen", () => {
    expect(conditionsText(view("basis=publication&year=fiscal&from=2010"), LIDAR)).toBe(
      "コレクション：LiDAR　期間：2010–2024年度（公知日・年度）　出願人名：名寄せ後"
    );
    expect(conditionsText({...DEFAULT_VIEW}, {collections: ["LiDAR"]})).toContain("期間：全期間（出願日・暦年）");
  });

  test("says すべて when every collection is in, and lists a long selection briefly", () => {
    expect(conditionsText(view("collection=*"), {collections: ["CO2", "LiDAR"], collectionCount: 2})).toMatch(
      /^コレクション：すべて（CO2、LiDAR）/
    );
    expect(conditionsText(view(""), {collections: ["a", "b", "c", "d", "e"], collectionCount: 9})).toMatch(
      /^コレクション：a、b、c ほか2件/
    );
  });

  test("adds the applicant, lead-FI scope, name mode, keyword query and chips", () => {
    const search = new URLSearchParams({applicant: "トヨタ", fiscope: "lead", names: "group", q: "センサ -レーダ"});
    search.append("chip", `cell:${chipValue("デンソー", "G01S")}`);
    search.append("chip", "year:2015");
    const text = conditionsText(view(search.toString()), LIDAR);
    expect(text).toBe(
      "コレクション：LiDAR　期間：1998–2024年（出願日・暦年）　FI：筆頭FIのみ　出願人：トヨタ　出願人名：グループ" +
        "　キーワード：センサ -レーダ　絞り込み：出願人×技術「デンソー × G01S」、年「2015」"
    );
  });
});

describe("conditionParts and periodText (the report's 条件 sheet and title slide)", () => {
  test("the parts of the line, labelled, in the same order and words", () => {
    const v = view("collection=LiDAR&from=2001&to=2022&fi=G01S&applicant=トヨタ");
    expect(conditionParts(v, LIDAR)).toEqual([
      ["コレクション", "LiDAR"],
      ["期間", "2001–2022年（出願日・暦年）"],
      ["FI", "G01S（全FI）"],
      ["出願人", "トヨタ"],
      ["出願人名", "名寄せ後"]
    ]);
    expect(conditionsText(v, LIDAR)).toBe(conditionParts(v, LIDAR).map(([l, t]) => `${l}：${t}`).join("　"));
  });

  test("without a span an open range keeps its bound; a single year is said once", () => {
    expect(periodText(view("from=2010"))).toBe("2010年以降（出願日・暦年）");
    expect(periodText(view("year=fiscal&to=2015"))).toBe("2015年度まで（出願日・年度）");
    expect(periodText(view(""))).toBe("全期間（出願日・暦年）");
    expect(periodText(view("from=2012&to=2012"), {from: 2000, to: 2024})).toBe("2012年（出願日・暦年）");
    expect(periodText(view("to=2015"), {from: 2000, to: 2024})).toBe("2000–2015年（出願日・暦年）");
  });
});

describe("download names", () => {
  test("collection first, then the chart, then the basis and the years", () => {
    const context = viewContext(view("collection=LiDAR&from=2001&to=2022"), LIDAR);
    expect(contextFileName(context, "出願件数推移", "png")).toBe("LiDAR_出願件数推移_出願年_2001-2022.png");
    expect(context.source).toBe("出典：J-PlatPat（INPIT）");
  });

  test("filters follow; several collections are joined with +", () => {
    const parts = viewFileParts(view("basis=publication&year=fiscal&fi=H01M10/&names=name"), {
      collections: ["CO2", "LiDAR"],
      span: {from: 2010, to: 2010}
    });
    expect(contextFileStem({conditions: "", source: "", ...parts}, "技術分布")).toBe(
      "CO2+LiDAR_技術分布_公知年度_2010_FI H01M10/_出願人名（原文）"
    );
    expect(contextFileName({conditions: "", source: "", ...parts}, "技術分布", "csv")).toBe(
      "CO2+LiDAR_技術分布_公知年度_2010_FI H01M10__出願人名（原文）.csv"
    );
  });

  test("hostile or reserved text becomes a harmless Windows name, capped in length", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const parts = viewFileParts(view(`applicant=${encodeURIComponent(hostile)}&q=${encodeURIComponent('=cmd|"/c calc"')}`), {
      collections: ["a:b*c?"],
      span: {from: 2001, to: 2022}
    });
    const name = contextFileName({conditions: "", source: "", ...parts}, "出願人ランキング", "svg");
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).toBe("a_b_c__出願人ランキング_出願年_2001-2022__img src=x onerror=alert(1)__=cmd___c calc_.svg");
    const long = viewFileParts(view(`q=${"特許".repeat(200)}`), {collections: ["長".repeat(80)]});
    const longName = contextFileName({conditions: "", source: "", ...long}, "文献一覧", "csv");
    expect(Array.from(longName).length).toBeLessThanOrEqual(104);
    expect(longName.startsWith("長".repeat(39) + "…_文献一覧_出願年_")).toBe(true);
  });

  test("without a context the card's own name is the stem", () => {
    expect(contextFileName(undefined, "出願件数推移", "png")).toBe("出願件数推移.png");
  });
});
