// @vitest-environment jsdom
import {describe, expect, test} from "vitest";
import {documentRow, selectDocuments} from "../../src/components/landscape/documents.js";
import {documentTable} from "../../src/components/landscape/document-table.js";
import {safeHttpUrl} from "../../src/components/landscape/safe-url.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

const {data, docs} = landscapeFixture([
  {filing: "2020-01-01", publication: "2021-07-01", title: "全固体電池の電極", applicants: ["ＡＢＣ株式会社"], url: "javascript:alert(1)"},
  {filing: "2020-02-01", title: "電解質", applicants: ["架空電機株式会社", "架空大学"]},
  {filing: "2020-03-01", publication: "2021-01-01", title: "固体電解質の製造方法", applicants: ["<img src=x onerror=alert(1)>"]}
]);

describe("selectDocuments", () => {
  test("newest filing first by default", () => {
    expect([...selectDocuments(data, docs, all(data))]).toEqual([2, 1, 0]);
    expect([...selectDocuments(data, docs, only(data, [0, 2]))]).toEqual([2, 0]);
  });

  test("search: every word, width and case ignored, in numbers, titles and applicants", () => {
    expect([...selectDocuments(data, docs, all(data), {search: "電解質"})]).toEqual([2, 1]);
    expect([...selectDocuments(data, docs, all(data), {search: "電解質 製造"})]).toEqual([2]);
    expect([...selectDocuments(data, docs, all(data), {search: "abc"})]).toEqual([0]);
    expect([...selectDocuments(data, docs, all(data), {search: docs.get("applicationNumber", 1)})]).toEqual([1]);
    expect([...selectDocuments(data, docs, all(data), {search: "該当なし"})]).toEqual([]);
  });

  test("sort by 公知日 keeps documents without one last, either way", () => {
    expect([...selectDocuments(data, docs, all(data), {sort: "publication"})]).toEqual([0, 2, 1]);
    expect([...selectDocuments(data, docs, all(data), {sort: "publication", descending: false})]).toEqual([2, 0, 1]);
  });

  test("sort by text columns in code-point order", () => {
    expect([...selectDocuments(data, docs, all(data), {sort: "title"})]).toEqual([0, 2, 1]);
    expect([...selectDocuments(data, docs, all(data), {sort: "title", descending: true})]).toEqual([1, 2, 0]);
    expect([...selectDocuments(data, docs, all(data), {sort: "filing", descending: false})]).toEqual([0, 1, 2]);
  });
});

describe("document rows and links", () => {
  test("only http(s) 文献URL become links; the text stays as given", () => {
    expect(documentRow(data, docs, 0)).toMatchObject({link: null, url: "javascript:alert(1)", title: "全固体電池の電極"});
    expect(documentRow(data, docs, 1).link).toMatch(/^https:\/\/www\.j-platpat\.inpit\.go\.jp\//);
    expect(documentRow(data, docs, 1).publication).toBeNull();
    expect(documentRow(data, docs, 0).filing!.toISOString()).toBe("2020-01-01T00:00:00.000Z");
  });

  test("safeHttpUrl", () => {
    expect(safeHttpUrl("https://example.invalid/a?b=1")).toBe("https://example.invalid/a?b=1");
    expect(safeHttpUrl("  http://example.invalid ")).toBe("http://example.invalid/");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "/relative", "", null]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });

  test("the table shows data as text, links only safe URLs, pages and sorts", () => {
    const table = documentTable(data, docs, all(data), {pageSize: 2});
    document.body.append(table);
    expect(table.querySelector("img")).toBeNull();
    expect(table.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(table.querySelector(".document-table-status")!.textContent).toBe("3件中 1〜2件（1/2ページ）");
    const next = [...table.querySelectorAll("button")].find((b) => b.textContent === "次へ")!;
    next.click();
    expect(table.querySelectorAll("tbody tr")).toHaveLength(1);
    // The last page holds the oldest filing, whose 文献URL is javascript: — shown as text, not linked.
    const lastRow = table.querySelector("tbody tr")!;
    expect(lastRow.querySelector("a")).toBeNull();
    expect(lastRow.textContent).toContain("javascript:alert(1)");
    expect([...table.querySelectorAll("a")].every((a) => a.getAttribute("href")!.startsWith("https://"))).toBe(true);
    const csv = table.csvTable();
    expect([...csv.rows].map((r) => r.applicationNumber)).toEqual([2, 1, 0].map((i) => docs.get("applicationNumber", i)));
    expect(csv.columns.map((c) => (typeof c === "string" ? c : c.label))).toEqual([
      "出願番号", "文献番号", "出願日", "公知日", "発明の名称", "出願人/権利者", "ステージ", "公開番号", "登録番号", "文献URL"
    ]);
    table.remove();
  });
});
