// ?bureau= and ?program= (bureau-param.ts, program-param.ts): ids and names accepted, anything else reported,
// never guessed.
import {describe, expect, it} from "vitest";
import {resolveBureauParam, searchWithBureau} from "../../src/components/kpi/bureau-param.js";
import type {KpiProgram} from "../../src/components/kpi/kpi-types.js";
import {programPageHref, resolveProgramParam, searchWithProgram} from "../../src/components/kpi/program-param.js";
import {bureau} from "../support/kpi-shaping.js";

const bureaus = [
  bureau("関東", "関東経済産業局", 3),
  bureau("中部", "中部経済産業局", 4),
  bureau("沖縄", "沖縄総合事務局 経済産業部", 9)
];

describe("?bureau=", () => {
  it("accepts the short name and the official name", () => {
    expect(resolveBureauParam("?bureau=関東", bureaus)).toMatchObject({kind: "found", bureau: {bureau: "関東"}});
    expect(resolveBureauParam(`?bureau=${encodeURIComponent("関東経済産業局")}`, bureaus)).toMatchObject({
      kind: "found", bureau: {bureau: "関東"}
    });
    expect(resolveBureauParam("?x=1&bureau=%E4%B8%AD%E9%83%A8", bureaus)).toMatchObject({bureau: {bureau: "中部"}});
    // Spaces and full-width spaces are folded.
    expect(resolveBureauParam("?bureau=沖縄総合事務局経済産業部", bureaus)).toMatchObject({bureau: {bureau: "沖縄"}});
    expect(resolveBureauParam("?bureau= 関東 ", bureaus)).toMatchObject({bureau: {bureau: "関東"}});
  });

  it("reports an unknown value and ignores an absent one", () => {
    expect(resolveBureauParam("?bureau=関西", bureaus)).toEqual({kind: "unknown", raw: "関西"});
    expect(resolveBureauParam("?bureau=<b>x</b>", bureaus)).toEqual({kind: "unknown", raw: "<b>x</b>"});
    expect(resolveBureauParam("", bureaus)).toEqual({kind: "none"});
    expect(resolveBureauParam("?bureau=", bureaus)).toEqual({kind: "none"});
  });

  it("writes the query of a bureau's view, keeping other parameters", () => {
    expect(searchWithBureau("?program=madoguchi", "関東")).toBe(`?program=madoguchi&bureau=${encodeURIComponent("関東")}`);
    expect(searchWithBureau("?bureau=%E9%96%A2%E6%9D%B1", null)).toBe("");
  });
});

describe("?program=", () => {
  const programs: KpiProgram[] = [
    {programId: "madoguchi", name: "知財総合支援窓口", agency: "特許庁・INPIT", description: "", sortOrder: 1},
    {programId: "ipas", name: "IPAS / スタートアップ支援", agency: "特許庁・INPIT", description: "", sortOrder: 3}
  ];

  it("accepts the id or the name", () => {
    expect(resolveProgramParam("?program=madoguchi", programs)).toMatchObject({
      kind: "found", program: {programId: "madoguchi"}
    });
    expect(resolveProgramParam("?program=ＩＰＡＳ", programs)).toMatchObject({program: {programId: "ipas"}});
    expect(resolveProgramParam(`?program=${encodeURIComponent("知財総合支援窓口")}`, programs)).toMatchObject({
      program: {programId: "madoguchi"}
    });
    expect(resolveProgramParam("?program=nothing", programs)).toEqual({kind: "unknown", raw: "nothing"});
    expect(resolveProgramParam("?bureau=x", programs)).toEqual({kind: "none"});
  });

  it("builds links and query strings", () => {
    expect(programPageHref("madoguchi")).toBe("./programs.html?program=madoguchi");
    expect(searchWithProgram("?bureau=%E9%96%A2%E6%9D%B1", "ipas")).toBe("?bureau=%E9%96%A2%E6%9D%B1&program=ipas");
  });
});
