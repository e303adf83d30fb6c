import {describe, expect, it} from "vitest";
import {
  chipParts,
  chipValue,
  DEFAULT_VIEW,
  parseView,
  viewSearch,
  type LandscapeView
} from "../../src/components/landscape/view-state.js";

describe("the landscape view in the address", () => {
  it("reads every parameter and writes it back the same", () => {
    const search =
      "collection=LiDAR&collection=CO2%E5%9B%9E%E5%8F%8E&basis=publication&year=fiscal&from=2010&to=2020" +
      "&names=group&applicant=%E3%83%88%E3%83%A8%E3%82%BF&fi=H01M10%2F&fiscope=lead&q=%E3%82%BB%E3%83%B3%E3%82%B5+-%E8%BB%8A" +
      "&chip=year%3A2015&chip=cell%3A%E3%83%88%E3%83%A8%E3%82%BF%7CG01S";
    const view = parseView(`?${search}`);
    expect(view).toEqual({
      collections: ["LiDAR", "CO2回収"],
      basis: "publication",
      yearKind: "fiscal",
      from: 2010,
      to: 2020,
      names: "group",
      applicant: "トヨタ",
      fi: "H01M10/",
      fiScope: "lead",
      q: "センサ -車",
      chips: [
        {kind: "year", value: "2015"},
        {kind: "cell", value: "トヨタ|G01S"}
      ]
    } satisfies LandscapeView);
    expect(parseView(viewSearch(view))).toEqual(view);
  });

  it("leaves defaults out of the address", () => {
    expect(viewSearch(DEFAULT_VIEW)).toBe("");
    expect(viewSearch({...DEFAULT_VIEW, names: "name"})).toBe("names=name");
  });

  it("falls back to the default for unknown or malformed values instead of failing", () => {
    const view = parseView("basis=bogus&year=&from=20x0&to=99999&names=x&fiscope=none&chip=nokind:1&chip=year:");
    expect(view).toEqual({...DEFAULT_VIEW, chips: [], collections: []});
  });

  it("keeps the old 出願人 links (name, mode) working", () => {
    const view = parseView("?name=%E6%9E%B6%E7%A9%BA%E9%9B%BB%E6%A9%9F&mode=name");
    expect(view.applicant).toBe("架空電機");
    expect(view.names).toBe("name");
  });

  it("treats * as every collection and drops repeated names", () => {
    expect(parseView("collection=A&collection=*").collections).toEqual(["*"]);
    expect(parseView("collection=A&collection=A&collection=B").collections).toEqual(["A", "B"]);
  });

  it("escapes | and \\ inside chip values", () => {
    const parts = ["A|B社", "C\\D", ""];
    expect(chipParts(chipValue(...parts))).toEqual(parts);
    expect(chipParts("plain")).toEqual(["plain"]);
  });
});
