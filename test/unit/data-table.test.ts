// @vitest-environment jsdom
import {tableFromArrays} from "apache-arrow";
import {describe, expect, test} from "vitest";
import {dataTable, NO_ROWS_MESSAGE} from "../../src/components/data-table.js";

describe("dataTable", () => {
  test("an empty array or Arrow table gives the Japanese sentence, never Inputs' English 'No results.'", () => {
    for (const empty of [[], tableFromArrays({name: [] as string[]})]) {
      const element = dataTable(empty, {locale: "ja-JP"});
      expect(element.tagName).toBe("P");
      expect(element.textContent).toBe(NO_ROWS_MESSAGE);
      expect(element.hasAttribute("data-empty-table")).toBe(true);
      expect(element.textContent).not.toContain("No results");
    }
    expect(dataTable([], {}, "拒否したファイルはありません。").textContent).toBe("拒否したファイルはありません。");
  });

  test("rows give Inputs.table with the options passed", () => {
    const element = dataTable([{name: "架空電機", count: 3}], {header: {name: "出願人"}, select: false});
    expect(element.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(element.querySelector("thead")!.textContent).toContain("出願人");
    expect(element.hasAttribute("data-empty-table")).toBe(false);
  });
});
