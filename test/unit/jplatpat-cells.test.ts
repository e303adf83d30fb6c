// Test vectors from docs/jplatpat-format.md §5 (applicants) and §6 (FI).
import {describe, expect, it} from "vitest";
import {applicantNameKey, splitApplicants} from "../../loaders/jplatpat/applicants.js";
import {cleanAbstract, splitAppealNumbers} from "../../loaders/jplatpat/cells.js";
import {parseFiCell, parseFiCode, splitFiCell} from "../../loaders/jplatpat/fi.js";

describe("splitApplicants", () => {
  it("splits on the ASCII comma only", () => {
    expect(splitApplicants("三菱重工エンジニアリング株式会社,三菱重工業株式会社").map((a) => [a.position, a.name])).toEqual([
      [1, "三菱重工エンジニアリング株式会社"],
      [2, "三菱重工業株式会社"]
    ]);
    expect(splitApplicants("ネルソン　スタッド　ウェルディング，インコーポレイテッド")).toHaveLength(1);
    expect(splitApplicants("キム、ヨン　グン")).toHaveLength(1);
    expect(splitApplicants("")).toEqual([]);
  });

  it("keeps ▲▼ in the name and removes them, with the spaces folded, in the key", () => {
    const names = splitApplicants("株式会社協同商事,▲張▼　▲書▼廷");
    expect(names.map((a) => a.name)).toEqual(["株式会社協同商事", "▲張▼　▲書▼廷"]);
    expect(names[1]!.nameKey).toBe("張 書廷");
  });

  it("folds full-width, doubled and half-width spaces in the key", () => {
    expect(applicantNameKey("ウーバー　　テクノロジーズ  インク")).toBe("ウーバー テクノロジーズ インク");
    expect(applicantNameKey("桓達科技股▲ふん▼有限公司")).toBe("桓達科技股ふん有限公司");
  });
});

describe("splitFiCell", () => {
  it.each([
    ["C12N15/00@A,G01N37/00,102,G06F19/00,622,C12Q1/68@A", ["C12N15/00@A", "G01N37/00,102", "G06F19/00,622", "C12Q1/68@A"]],
    [
      "B01D53/14,210,B01D53/14,220,B01D53/62,B01D53/72,200,B01D53/73,C01B32/50",
      ["B01D53/14,210", "B01D53/14,220", "B01D53/62", "B01D53/72,200", "B01D53/73", "C01B32/50"]
    ],
    ["E03B3/04,E02B5/08,101@A,E02B9/04@E", ["E03B3/04", "E02B5/08,101@A", "E02B9/04@E"]],
    ["F27D17/00,104@G", ["F27D17/00,104@G"]],
    ["H02J7/00,302@D", ["H02J7/00,302@D"]],
    ["B23K103:18", ["B23K103:18"]]
  ])("%s", (cell, codes) => expect(splitFiCell(cell)).toEqual(codes));

  it("dedupes on the full code, not on the main group", () => {
    expect(splitFiCell("B01D53/14,210,B01D53/14,210,B01D53/14,220")).toEqual(["B01D53/14,210", "B01D53/14,220"]);
  });
});

describe("parseFiCode", () => {
  it("breaks a code into its parts", () => {
    expect(parseFiCode("F27D17/00,104@G", 1)).toEqual({
      position: 1, fi: "F27D17/00,104@G", section: "F", class: "F27", subclass: "F27D", mainGroup: "F27D17",
      subgroup: "00", subdivision: "104", fileIndex: "G", isIndexing: false, isLead: true
    });
    expect(parseFiCode("B23K103:18", 2)).toMatchObject({subclass: "B23K", mainGroup: "B23K103", subgroup: "18", isIndexing: true, isLead: false});
  });

  it("keeps an unrecognised code with empty parts instead of guessing", () => {
    expect(parseFiCode("ZZZ", 1)).toMatchObject({fi: "ZZZ", section: null, subclass: null, mainGroup: null});
  });

  it("flags the first code of a cell as the lead (筆頭FI)", () => {
    expect(parseFiCell("B01D53/14,200,C01B32/50").map((c) => [c.fi, c.isLead])).toEqual([
      ["B01D53/14,200", true],
      ["C01B32/50", false]
    ]);
  });
});

describe("cells", () => {
  it("turns <BR> in 要約 into a line break", () => {
    expect(cleanAbstract("並び<BR>に\r\n【解決手段】")).toBe("並び\nに\n【解決手段】");
  });

  it("drops J-PlatPat's literal null from 審判番号", () => {
    expect(splitAppealNumbers("拒絶2019-012345,null")).toEqual(["拒絶2019-012345"]);
    expect(splitAppealNumbers("null")).toEqual([]);
  });
});
