import {describe, expect, test} from "vitest";
import {NO_FILTER, selectApplications} from "../../src/components/landscape/filter-mask.js";
import {normalizeFiPrefix, searchKey} from "../../src/components/landscape/text-match.js";
import {landscapeFixture} from "../support/landscape-fixture.js";

// Ids follow the filing date: 0 = 2019-05-01, 1 = 2020-02-01, 2 = 2020-06-01, 3 = 2021-03-15.
const {data} = landscapeFixture(
  [
    {filing: "2020-06-01", publication: "2021-12-01", applicants: ["ＡＢＣ株式会社"], fi: ["H01M10/052", "C01B25/45"], collections: ["電池"]},
    {filing: "2019-05-01", publication: null, applicants: ["架空電機株式会社", "架空大学"], fi: ["C01B25/45", "H01M4/13"], collections: ["材料"]},
    {filing: "2021-03-15", publication: "2022-09-30", applicants: ["架空電機(株)"], fi: ["H01M4/62@Z"], collections: ["電池", "材料"]},
    {filing: "2020-02-01", publication: "2021-08-01", applicants: ["架空大学"], fi: ["B01D53/14,200"], collections: ["材料"]}
  ],
  {"架空電機(株)": {entity: "架空電機株式会社", group: "架空グループ"}, "架空電機株式会社": {group: "架空グループ"}}
);

const ids = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i]);
const select = (filter: Partial<typeof NO_FILTER>) => {
  const selection = selectApplications(data, {...NO_FILTER, ...filter});
  expect(selection.count).toBe(ids(selection.mask).length);
  return ids(selection.mask);
};

describe("selectApplications", () => {
  test("no filter selects everything", () => {
    expect(select({})).toEqual([0, 1, 2, 3]);
  });

  test("collections: an application in any of the chosen ones", () => {
    const [電池, 材料] = [data.meta.collections.findIndex((c) => c.name === "電池"), data.meta.collections.findIndex((c) => c.name === "材料")];
    expect(select({collections: [電池]})).toEqual([2, 3]);
    expect(select({collections: [材料]})).toEqual([0, 1, 3]);
    expect(select({collections: []})).toEqual([]);
  });

  test("year range on 出願日, calendar or fiscal", () => {
    expect(select({yearFrom: 2020, yearTo: 2020})).toEqual([1, 2]);
    expect(select({yearFrom: 2020, yearTo: null})).toEqual([1, 2, 3]);
    // 2021-03-15 is in FY2020; 2020-02-01 in FY2019.
    expect(select({yearKind: "fiscal", yearFrom: 2020, yearTo: 2020})).toEqual([2, 3]);
    // Bounds given the wrong way round still make a range.
    expect(select({yearFrom: 2021, yearTo: 2020})).toEqual([1, 2, 3]);
  });

  test("year range on 公知日 leaves out applications without one, but only when bounded", () => {
    expect(select({basis: "publication", yearFrom: 2021, yearTo: 2021})).toEqual([1, 2]);
    expect(select({basis: "publication", yearFrom: null, yearTo: 2030})).toEqual([1, 2, 3]);
    expect(select({basis: "publication"})).toEqual([0, 1, 2, 3]);
  });

  test("applicant: part of the label under the name mode, width and case ignored", () => {
    expect(select({applicant: "abc"})).toEqual([2]);
    expect(select({applicant: "架空電機株式会社", nameMode: "name"})).toEqual([0]);
    // 名寄せ後, 架空電機(株) is 架空電機株式会社 too.
    expect(select({applicant: "架空電機株式会社", nameMode: "entity"})).toEqual([0, 3]);
    expect(select({applicant: "グループ", nameMode: "group"})).toEqual([0, 3]);
    expect(select({applicant: "大学"})).toEqual([0, 1]);
    expect(select({applicant: "  "})).toEqual([0, 1, 2, 3]);
  });

  test("FI prefix on any code, or on the 筆頭FI only", () => {
    expect(select({fiPrefix: "C01B"})).toEqual([0, 2]);
    expect(select({fiPrefix: "C01B", fiScope: "lead"})).toEqual([0]);
    expect(select({fiPrefix: "ｈ０１ｍ４/"})).toEqual([0, 3]);
    expect(select({fiPrefix: "B01D53/14,200"})).toEqual([1]);
  });

  test("filters combine", () => {
    expect(select({fiPrefix: "H01M", applicant: "架空電機", yearFrom: 2021, yearTo: 2021})).toEqual([3]);
  });
});

describe("text matching", () => {
  test("folds width, case and spaces", () => {
    expect(searchKey("ＡＢＣ　株式会社 ")).toBe("abc株式会社");
    expect(normalizeFiPrefix(" ｈ０１ｍ １０/ ")).toBe("H01M10/");
  });
});
