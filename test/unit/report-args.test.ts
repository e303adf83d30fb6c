// npm run report's arguments become a landscape view: --view (a page's query string, whole address allowed) first,
// explicit options over it; a bad value is a usage error (exit 2), never a different report.

import {describe, expect, test} from "vitest";
import {UsageError} from "../../loaders/cli/args.js";
import {parseReportArgs} from "../../loaders/report/report-args.js";
import {conditionsText} from "../../src/components/landscape/view-conditions.js";
import {reportStyle} from "../../src/components/report/report-style.js";

describe("parseReportArgs", () => {
  test("reads a page's address and lets options override it", () => {
    const args = parseReportArgs([
      "--view", "http://intranet/landscape?collection=LiDAR&basis=publication&from=2001&to=2022&names=group&fi=G01S&q=%E6%B8%AC%E8%B7%9D",
      "--to", "2020", "--collection", "LiDAR", "--collection", "全固体電池", "--out", "deck.pptx"
    ])!;
    expect(args.view).toMatchObject({
      collections: ["LiDAR", "全固体電池"], basis: "publication", from: 2001, to: 2020, names: "group", fi: "G01S", q: "測距"
    });
    expect(args.out).toMatch(/deck\.pptx$/);
    expect(args.xlsx).toBeNull();
    expect(parseReportArgs(["--collection", "*", "--collection", "x", "--out", "a.pptx"])!.view.collections).toEqual(["*"]);
  });

  test("refuses what it cannot honour", () => {
    for (const argv of [
      [],
      ["--out", "deck.docx"],
      ["--out", "a.pptx", "--xlsx", "a.csv"],
      ["--out", "a.pptx", "--basis", "sideways"],
      ["--out", "a.pptx", "--names", "nicknames"],
      ["--out", "a.pptx", "--from", "15"],
      ["--out", "a.pptx", "--collection"],
      ["--out", "a.pptx", "stray"]
    ]) {
      expect(() => parseReportArgs(argv), argv.join(" ")).toThrow(UsageError);
    }
    expect(parseReportArgs(["--help"])).toBeNull();
  });
});

describe("report conditions and style", () => {
  test("the conditions name every part of the view", () => {
    const {view} = parseReportArgs(["--view", "from=2010&fi=H01M10/&fiscope=lead&applicant=架空&q=電池&chip=stage:登録", "--out", "a.pptx"])!;
    expect(conditionsText(view, {collections: ["全固体電池"]})).toBe(
      "コレクション：全固体電池　期間：2010年以降（出願日・暦年）　FI：H01M10/（筆頭FIのみ）　出願人：架空　" +
        "出願人名：名寄せ後　キーワード：電池　絞り込み：ステージ「登録」"
    );
  });

  test("a style file fills defaults and names a wrong value", () => {
    const style = reportStyle({font: "Yu Gothic", colors: {accent: "#0a3d62"}, footer: ""});
    expect(style).toMatchObject({font: "Yu Gothic", footer: "", logo: null});
    expect(style.colors.accent).toBe("0A3D62");
    expect(style.colors.series.length).toBeGreaterThan(1);
    expect(() => reportStyle({colors: {title: "blue"}})).toThrow(/colors\.title/);
    expect(() => reportStyle({logo: "logo.gif"})).toThrow(/logo/);
    expect(() => reportStyle([])).toThrow(/JSON object/);
  });
});
