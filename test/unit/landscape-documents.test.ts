// @vitest-environment jsdom
import {describe, expect, test, vi} from "vitest";
import {documentRow, selectDocuments} from "../../src/components/landscape/documents.js";
import {documentTable} from "../../src/components/landscape/document-table.js";
import {safeHttpUrl} from "../../src/components/landscape/safe-url.js";
import {buildSearchIndex} from "../../src/components/search/search-index.js";
import type {SearchText} from "../../src/components/search/load-search-text.js";
import {all, landscapeFixture, only} from "../support/landscape-fixture.js";

const {data, docs} = landscapeFixture([
  {filing: "2020-01-01", publication: "2021-07-01", title: "全固体電池の電極", applicants: ["ＡＢＣ株式会社"], url: "javascript:alert(1)"},
  {filing: "2020-02-01", title: "電解質", applicants: ["架空電機株式会社", "架空大学"]},
  {filing: "2020-03-01", publication: "2021-01-01", title: "固体電解質の製造方法", applicants: ["<img src=x onerror=alert(1)>"]}
]);

const ABSTRACTS = ["", "硫化物系の電解質を用いる。", "(57)【要約】<img src=y onerror=alert(2)>の電解質"];

/** The search text of the fixture, as decodeSearchText would give it. */
function fixtureSearchText(): SearchText {
  const applicants = (app: number) => docs.get("applicants", app).split(",").join("\n");
  const index = buildSearchIndex(docs.length, (app) => ({
    title: docs.get("title", app),
    abstract: ABSTRACTS[app]!,
    applicants: applicants(app)
  }));
  return {index, abstract: (app) => ABSTRACTS[app]!};
}

describe("selectDocuments", () => {
  test("newest filing first by default", () => {
    expect([...selectDocuments(data, docs, all(data))]).toEqual([2, 1, 0]);
    expect([...selectDocuments(data, docs, only(data, [0, 2]))]).toEqual([2, 0]);
  });

  test("keyword matches narrow the selection: both must hold", () => {
    const {index} = fixtureSearchText();
    const select = (query: string, mask = all(data)) =>
      [...selectDocuments(data, docs, mask, {matches: index.match(query)})];
    expect(select("電解質")).toEqual([2, 1]);
    expect(select("電解質", only(data, [0, 1]))).toEqual([1]);
    expect(select("電解質 製造")).toEqual([2]);
    expect(select("abc")).toEqual([0]);
    // 硫化物 is only in the 要約 of application 1.
    expect(select("硫化物")).toEqual([1]);
    expect(select("電解質 -硫化物")).toEqual([2]);
    expect(select("該当なし")).toEqual([]);
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
    const table = documentTable(data, docs, all(data), {pageSize: 2, searchText: async () => fixtureSearchText()});
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

  test("a query loads the search text once, counts, and highlights matches as text in <mark>", async () => {
    let fetched = 0;
    const table = documentTable(data, docs, all(data), {
      searchText: async () => (++fetched, fixtureSearchText())
    });
    document.body.append(table);
    const input = table.querySelector("input")!;
    const status = table.querySelector(".document-table-status")!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event("input"));
    };
    type("ｏｎｅｒｒｏｒ");
    expect(status.textContent).toBe("検索用テキストを読み込み中…");
    expect(table.dataset.search).toBe("loading");
    await vi.waitFor(() => expect(table.dataset.search).toBe("ready"));
    // The hostile applicant and the hostile 要約 match; both stay text.
    expect(status.textContent).toBe("検索に一致: 1件中 1〜1件（1/1ページ）");
    expect(table.querySelector("img")).toBeNull();
    expect([...table.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["onerror", "onerror"]);
    expect(table.querySelector(".document-snippet")!.textContent).toBe("要約: (57)【要約】<img src=y onerror=alert(2)>の電解質");
    type("電解質 -製造");
    expect(status.textContent).toBe("検索に一致: 1件中 1〜1件（1/1ページ）");
    expect([...table.querySelectorAll("tbody mark")].map((m) => m.textContent)).toEqual(["電解質", "電解質"]);
    expect([...table.csvTable().rows].map((r) => r.app)).toEqual([1]);
    type("");
    expect(status.textContent).toBe("3件中 1〜3件（1/1ページ）");
    expect(table.querySelector("mark")).toBeNull();
    expect(fetched).toBe(1);
    table.remove();
  });

  test("a table redrawn with the kept query shows its matches", async () => {
    const table = documentTable(data, docs, only(data, [0, 1]), {
      searchText: async () => fixtureSearchText(),
      initialQuery: "電解質"
    });
    await vi.waitFor(() => expect(table.dataset.search).toBe("ready"));
    expect(table.querySelector("input")!.value).toBe("電解質");
    expect(table.querySelector(".document-table-status")!.textContent).toBe("検索に一致: 1件中 1〜1件（1/1ページ）");
  });

  test("update follows a new selection in place, keeping the box and its focus, and sets a query from the address", async () => {
    const table = documentTable(data, docs, all(data), {searchText: async () => fixtureSearchText()});
    document.body.append(table);
    const input = table.querySelector("input")!;
    const status = table.querySelector(".document-table-status")!;
    input.focus();
    table.update(only(data, [0, 2]));
    expect(status.textContent).toBe("2件中 1〜2件（1/1ページ）");
    expect(document.activeElement).toBe(input);
    // A query from the address (Back/Forward) is searched as if typed; the same query again changes nothing.
    table.update(only(data, [0, 1, 2]), "電解質");
    expect(input.value).toBe("電解質");
    await vi.waitFor(() => expect(table.dataset.search).toBe("ready"));
    expect(status.textContent).toBe("検索に一致: 2件中 1〜2件（1/1ページ）");
    table.update(only(data, [1]), "電解質");
    expect(status.textContent).toBe("検索に一致: 1件中 1〜1件（1/1ページ）");
    expect([...table.csvTable().rows].map((r) => r.app)).toEqual([1]);
    table.remove();
  });
});
