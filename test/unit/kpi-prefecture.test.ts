import {describe, expect, it} from "vitest";
import {ReferenceDataError} from "../../loaders/kpi/reference-table.js";
import {createPrefectureLookup, loadPrefectureLookup, type Prefecture} from "../../loaders/kpi/prefecture.js";

const lookup = loadPrefectureLookup();

describe("prefecture lookup over data/reference/prefectures.csv", () => {
  it.each([
    ["東京都", "13"],
    ["東京", "13"],
    ["13", "13"],
    ["Tokyo", "13"],
    ["TOKYO", "13"],
    ["tokyo", "13"],
    ["Tōkyō", "13"],
    ["ＴＯＫＹＯ", "13"],
    ["東京　都", "13"],
    [" 東京都 ", "13"],
    ["JP-13", "13"],
    ["北海道", "01"],
    ["1", "01"],
    ["01", "01"],
    ["１", "01"],
    ["Hokkaido", "01"],
    ["Hokkaidō", "01"],
    ["大阪府", "27"],
    ["大阪", "27"],
    ["京都府", "26"],
    ["京都", "26"],
    ["沖縄県", "47"],
    ["47", "47"],
    ["鹿児島", "46"]
  ])("resolves %j to %s", (cell, code) => {
    expect(lookup.resolve(cell)?.code).toBe(code);
  });

  it.each(["東京府", "大坂", "大阪市", "東", "都", "0", "00", "48", "013", "JP-48", "Tokio", "", "　", "北海", "京都都"])(
    "does not guess %j",
    (cell) => {
      expect(lookup.resolve(cell)).toBeNull();
    }
  );

  it("resolves every prefecture by each of its own spellings", () => {
    for (const p of lookup.all) {
      for (const spelling of [p.name, p.shortName, p.nameRomaji, p.code, String(Number(p.code))]) {
        expect(lookup.resolve(spelling)).toBe(p);
      }
    }
  });

  it("keeps 京都 (Kyoto) and 東京都 (Tokyo) apart although one name contains the other", () => {
    expect(lookup.resolve("京都")?.nameRomaji).toBe("Kyoto");
    expect(lookup.resolve("東京都")?.nameRomaji).toBe("Tokyo");
  });

  it("gives the bureau of the prefecture", () => {
    expect(lookup.resolve("新潟")?.bureau).toBe("関東");
    expect(lookup.resolve("福井県")?.bureau).toBe("近畿");
    expect(lookup.resolve("三重")?.bureau).toBe("中部");
  });

  it("lists prefectures in code order", () => {
    const codes = lookup.all.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(lookup.byCode("13")?.name).toBe("東京都");
    expect(lookup.byCode("13 ")).toBeNull();
  });
});

describe("createPrefectureLookup", () => {
  const base: Prefecture = {
    code: "90",
    name: "テスト県",
    shortName: "テスト",
    nameRomaji: "Tesuto",
    bureau: "関東",
    tileCol: 0,
    tileRow: 0
  };

  it("refuses reference data where one spelling names two prefectures", () => {
    const twin: Prefecture = {...base, code: "91", name: "テスト府", nameRomaji: "Tesuto2"};
    expect(() => createPrefectureLookup([base, twin])).toThrow(ReferenceDataError);
  });

  it("refuses a code that is not two digits", () => {
    expect(() => createPrefectureLookup([{...base, code: "9"}])).toThrow(/two digits/);
  });
});
