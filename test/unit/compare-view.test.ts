import {describe, expect, test} from "vitest";
import {compareSearch, parseCompareView, resolveCollections} from "../../src/components/compare/compare-view.js";
import {landscapeFixture} from "../support/landscape-fixture.js";

describe("parseCompareView / compareSearch", () => {
  test("a comparison of collections round-trips through the address, defaults left out", () => {
    const search = "collection=LiDAR&collection=CO2%E5%9B%9E%E5%8F%8E&basis=publication&year=fiscal&from=2010&to=2020&names=group&fi=H01M&fiscope=lead&level=mainGroup";
    const state = parseCompareView(search);
    expect(state.mode).toBe("collections");
    expect(state.view.collections).toEqual(["LiDAR", "CO2回収"]);
    expect(state.view).toMatchObject({basis: "publication", yearKind: "fiscal", from: 2010, to: 2020, names: "group", fi: "H01M", fiScope: "lead"});
    expect(state.level).toBe("mainGroup");
    expect(compareSearch(state)).toBe(search);
    expect(compareSearch(parseCompareView(""))).toBe("");
  });

  test("the applicant comparison keeps every applicant in order, the client first, without repeats", () => {
    const state = parseCompareView("?compare=applicants&collection=A&applicant=自社&applicant=競合1&applicant=自社&applicant=%20&applicant=競合2");
    expect(state.mode).toBe("applicants");
    expect(state.applicants).toEqual(["自社", "競合1", "競合2"]);
    const again = parseCompareView(compareSearch(state));
    expect(again).toEqual(state);
  });

  test("unknown or malformed values fall back to the defaults; the landscape's own parameters are not carried", () => {
    const state = parseCompareView("compare=matrix&level=subgroup&basis=x&from=20x0&q=LiDAR&chip=year:2020&applicant=A");
    expect(state.mode).toBe("collections");
    expect(state.level).toBe("subclass");
    expect(state.view.basis).toBe("filing");
    expect(state.view.from).toBeNull();
    expect(state.view.q).toBe("");
    expect(state.view.chips).toEqual([]);
    expect(compareSearch(state)).toBe("applicant=A");
  });

  test("at most six applicants", () => {
    const search = Array.from({length: 9}, (_, i) => `applicant=A${i}`).join("&");
    expect(parseCompareView(search).applicants).toEqual(["A0", "A1", "A2", "A3", "A4", "A5"]);
  });
});

describe("resolveCollections", () => {
  const {data} = landscapeFixture([
    {filing: "2020-01-01", applicants: ["X"], collections: ["大"]},
    {filing: "2020-01-02", applicants: ["X"], collections: ["大", "中"]},
    {filing: "2020-01-03", applicants: ["X"], collections: ["大", "中", "小"]}
  ], {}, {ingestOrder: ["大", "小", "中"]});
  const idOf = (name: string) => data.meta.collections.findIndex((c) => c.name === name);

  test("names become ids in the order asked for; unknown names are reported", () => {
    expect(resolveCollections(data.meta, ["小", "大", "無い"], 2)).toEqual({ids: [idOf("小"), idOf("大")], missing: ["無い"]});
  });

  test("nothing named (or nothing known): the collections ingested most recently, the latest first; * = every one", () => {
    expect(resolveCollections(data.meta, [], 2)).toEqual({ids: [idOf("中"), idOf("小")], missing: []});
    expect(resolveCollections(data.meta, ["無い"], 1)).toEqual({ids: [idOf("中")], missing: ["無い"]});
    expect(resolveCollections(data.meta, ["*"], 2).ids).toEqual([0, 1, 2]);
  });
});
