import {describe, expect, test} from "vitest";
import {countPerKey} from "../../src/components/landscape/applicant-counts.js";
import {applicationsOf, convertKey, findApplicants, spellingsOf} from "../../src/components/landscape/applicant-profile.js";
import {applicantHref, applicantKeys, keyOfLabel, parseNameMode} from "../../src/components/landscape/name-mode.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

// Name keys in code-point order: 他社 0, 架空大学 1, 架空電機(株) 2, 架空電機株式会社 3.
const {data} = landscapeFixture(
  [
    {filing: "2020-01-01", applicants: ["架空電機株式会社", "架空大学"]},
    {filing: "2020-01-02", applicants: ["架空電機(株)"]},
    {filing: "2020-01-03", applicants: ["架空大学", "架空電機(株)"]},
    {filing: "2020-01-04", applicants: ["架空電機株式会社"]},
    {filing: "2020-01-05", applicants: ["他社"]}
  ],
  {
    "架空電機(株)": {entity: "架空電機株式会社", group: "架空グループ"},
    "架空電機株式会社": {group: "架空グループ"},
    "他社": {group: "架空グループ"}
  }
);
const key = (mode: "entity" | "name" | "group", label: string) => keyOfLabel(applicantKeys(data, mode), label);

describe("the 出願人 page", () => {
  test("applications of one entity, whatever the spelling", () => {
    const {mask, count} = applicationsOf(data, "entity", key("entity", "架空電機株式会社"));
    expect(count).toBe(4);
    expect([...mask]).toEqual([1, 1, 1, 1, 0]);
  });

  test("the raw spellings behind an entity and a group, with counts and lead counts", () => {
    expect(spellingsOf(data, "entity", key("entity", "架空電機株式会社"))).toEqual([
      {name: "架空電機(株)", entity: "架空電機株式会社", group: "架空グループ", applications: 2, lead: 1},
      {name: "架空電機株式会社", entity: "架空電機株式会社", group: "架空グループ", applications: 2, lead: 2}
    ]);
    expect(spellingsOf(data, "group", key("group", "架空グループ")).map((s) => [s.name, s.applications])).toEqual([
      ["架空電機(株)", 2],
      ["架空電機株式会社", 2],
      ["他社", 1]
    ]);
  });

  test("the same applicant under another mode", () => {
    // Two applications each: the tie goes to the first spelling in code-point order.
    expect(convertKey(data, "entity", key("entity", "架空電機株式会社"), "name")).toBe(key("name", "架空電機(株)"));
    expect(convertKey(data, "group", key("group", "架空グループ"), "entity")).toBe(key("entity", "架空電機株式会社"));
    expect(convertKey(data, "name", key("name", "架空電機(株)"), "group")).toBe(key("group", "架空グループ"));
  });

  test("finding applicants by part of the name", () => {
    const counts = countPerKey(data, all(data), "entity");
    expect(findApplicants(data, "entity", "電機", counts)).toEqual([{key: key("entity", "架空電機株式会社"), label: "架空電機株式会社", applications: 4}]);
    expect(findApplicants(data, "entity", "", counts, 2).map((c) => c.label)).toEqual(["架空電機株式会社", "架空大学"]);
  });

  test("links carry the name URL-encoded, and an unknown mode falls back to 名寄せ後", () => {
    expect(applicantHref("<img src=x onerror=alert(1)>", "name")).toBe("./applicant.html?name=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E&mode=name");
    expect(parseNameMode("group")).toBe("group");
    expect(parseNameMode("javascript:")).toBe("entity");
    expect(parseNameMode(null)).toBe("entity");
  });
});
