// A user's FI title file read without a database: which headers make one, folding of codes, and every row either
// an entry or a reject with its physical lines.
import {describe, expect, test} from "vitest";
import {titledFiCode, chartLevelFiCode} from "../../loaders/fi-titles/fi-title-code.js";
import {readFiTitlesFile, readFiTitlesHeader} from "../../loaders/fi-titles/read-fi-titles-file.js";
import {detectFileKind} from "../../loaders/ingest/file-kinds.js";

describe("readFiTitlesHeader", () => {
  test.each([
    [["code", "title"], 0, 1],
    [["\uFEFFcode", "title"], 0, 1],
    [["FI", "タイトル"], 0, 1],
    [["ＦＩ記号", "名称"], 0, 1],
    [["タイトル", "FI"], 1, 0],
    [["FIコード", "分類名", ""], 0, 1]
  ])("accepts %j", (cells, codeIndex, titleIndex) => {
    expect(readFiTitlesHeader(cells)).toEqual({columnCount: 2, codeIndex, titleIndex});
  });

  test.each([[["code"]], [["code", "title", "note"]], [["FI", "FI"]], [["title", "タイトル"]], [["出願番号", "FI"]]])(
    "refuses %j",
    (cells) => expect(readFiTitlesHeader(cells)).toBeNull()
  );

  test("a J-PlatPat export, which has an FI column, is never taken for a title file", () => {
    const jplatpat = ["文献番号", "出願番号", "出願日", "公知日", "発明の名称", "出願人/権利者", "FI", "公開番号", "公告番号", "登録番号", "審判番号", "その他", "文献URL"];
    expect(detectFileKind(jplatpat)?.id).toBe("jplatpat");
    expect(detectFileKind(["FI", "タイトル"])?.id).toBe("fi-titles");
  });
});

describe("FI codes in a title file", () => {
  test("are folded for width, case and spaces", () => {
    expect(titledFiCode("ｈ０１Ｍ １０／０５２")).toBe("H01M10/052");
    expect(titledFiCode("b01d53/14,200@a")).toBe("B01D53/14,200@A");
    expect(titledFiCode("Y02E")).toBe("Y02E");
  });

  test("the charts' levels stop at the subgroup", () => {
    expect(chartLevelFiCode("H01M10/052")).toBe("H01M10/052");
    expect(chartLevelFiCode("H01M10/052,101")).toBeNull();
  });

  test.each(["X01", "H1", "H01M10/", "H01M/052", "H01M10/052,1", "電池", ""])("%j is not one", (raw) => {
    expect(titledFiCode(raw)).toBeNull();
  });
});

describe("readFiTitlesFile", () => {
  test("gives one entry per good row and a reject with its lines for every other", () => {
    const text = [
      "FI,タイトル", //                               1
      "H01M,二次電池", //                               2
      "Ｈ０１Ｍ１０／０５２,リチウム二次電池", //       3
      "X99,存在しない", //                              4
      "H01M10/,途中まで", //                            5
      "H01M4,", //                                      6
      ",", //                                           7 (blank: Excel's empty row)
      'H01M,"二次電池（再掲）"', //                     8
      '"H01M50","外装\n（ケース）"', //                 9–10
      "H02J,充電,余分" //                               11
    ].join("\r\n");
    const file = readFiTitlesFile(text)!;
    expect(file.entries).toEqual([
      {code: "H01M", codeRaw: "H01M", title: "二次電池", line: 2},
      {code: "H01M10/052", codeRaw: "Ｈ０１Ｍ１０／０５２", title: "リチウム二次電池", line: 3},
      {code: "H01M50", codeRaw: "H01M50", title: "外装\n（ケース）", line: 9}
    ]);
    expect(file.rejects.map((r) => [r.lineStart, r.lineEnd, r.errorType])).toEqual([
      [4, 4, "type-error"],
      [5, 5, "type-error"],
      [6, 6, "required-value"],
      [8, 8, "constraint-error"],
      [11, 11, "field-count"]
    ]);
    expect(file.rejects[3]!.reason).toContain("line 2");
    expect(file.rejects[0]!.raw).toBe("X99,存在しない");
    expect(file.rowsRead).toBe(file.entries.length + file.rejects.length);
    expect(file.blankRows).toBe(1);
  });
});
