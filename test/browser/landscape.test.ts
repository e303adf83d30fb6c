// The ランドスケープ page in real Chromium over the test warehouse (fictional sample + hostile text + defects):
// every chart draws, every filter redraws the charts, hostile names stay text, CSV downloads are Excel-safe.

import {spawnSync} from "node:child_process";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage, projectRoot, type OpenedPage} from "./harness.js";
import {
  afterRedraw,
  chartMarks,
  csvLines,
  download,
  injectionEvidence,
  recordDialogs,
  showDocuments,
  waitForLandscape
} from "./page-helpers.js";
import {HOSTILE_COLLECTION, SAMPLE_COLLECTION, TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");

const CHARTS = ["trend", "ranking", "fi", "matrix", "entrants", "lifecycle", "network", "stage", "event"];
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const summaryCount = async (page: Page) => Number(await page.locator(".selection-summary").getAttribute("data-count"));
const filter = (page: Page, name: string) => page.locator(`[data-filter="${name}"]`);
const card = (page: Page, id: string) => page.locator(`[data-chart="${id}"], [data-table="${id}"]`).first();

/** Leaves only the given collection checked. */
async function onlyCollection(page: Page, collection: string): Promise<void> {
  const checkboxes = filter(page, "collections").locator("input[type=checkbox]");
  for (let i = 0; i < (await checkboxes.count()); ++i) {
    const checkbox = checkboxes.nth(i);
    const wanted = (await checkbox.evaluate((input) => input.parentElement!.textContent!)).startsWith(collection);
    if ((await checkbox.isChecked()) !== wanted) await afterRedraw(page, () => checkbox.click());
  }
}

describe.each(["light", "dark"] as const)("ランドスケープ (%s mode)", (colorScheme) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, `${siteUrl}/landscape.html?collection=*`, {colorScheme});
    await waitForLandscape(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  test("draws every chart, with a one-line reading and SVG/PNG/CSV downloads", async () => {
    const {page} = opened;
    const marks = await chartMarks(page);
    for (const id of CHARTS) expect(marks[id], id).toBeGreaterThan(0);
    for (const id of CHARTS) {
      expect((await card(page, id).locator(".reading").textContent())!.length, id).toBeGreaterThan(10);
      expect(await card(page, id).locator(".chart-card-toolbar button").allTextContents()).toEqual(["SVG", "PNG", "CSV"]);
    }
    expect(await (await showDocuments(page)).locator("tbody tr").count()).toBe(50);
    expect(await card(page, "pairs").locator("tbody tr").count()).toBeGreaterThan(5);
    expect(await summaryCount(page)).toBeGreaterThan(6000);
  });

  test("names the rising applicants and the new entrants of the recent complete years", async () => {
    const {page} = opened;
    for (const id of ["rising", "newcomers"]) {
      expect(await card(page, id).locator("tbody tr").count(), id).toBeGreaterThan(0);
      expect(await card(page, id).locator(".reading").textContent(), id).toContain("参考値の年を除く");
    }
    // The growth column reads as a ratio and the list is sorted by it.
    const growth = await card(page, "rising").locator("tbody tr td:last-child").allTextContents();
    const ratios = growth.map((g) => Number(g.replace("倍", "")));
    expect(ratios.every((r) => r > 1)).toBe(true);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  });

  test("the co-applicant network names its dots without overlapping labels inside the frame", async () => {
    const {page} = opened;
    const svg = card(page, "network").locator("svg").first();
    const frame = (await svg.boundingBox())!;
    const boxes = await svg.locator("text").evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: t.textContent};
      })
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (const [i, a] of boxes.entries()) {
      expect(a.left, a.text!).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(a.right, a.text!).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    }
    const titles = await svg.locator("circle title").allTextContents();
    expect(titles.length).toBeGreaterThan(boxes.length - 1);
  });

  test("marks the recent filing years as 参考値 and shows the fictional-sample banner", async () => {
    const {page} = opened;
    expect(await card(page, "trend").locator("svg text", {hasText: "参考値"}).count()).toBe(1);
    expect(await card(page, "trend").locator(".reading").textContent()).toContain("18か月");
    await expect.poll(() => page.locator(".sample-banner").isVisible()).toBe(true);
  });

  test("made no failed, foreign or erroring request", () => {
    expect(allProblems(opened.problems)).toEqual([]);
  });
});

describe("ランドスケープ filters", () => {
  let opened: OpenedPage;
  let page: Page;
  let dialogs: string[];
  beforeAll(async () => {
    opened = await openPage(browser, `${siteUrl}/landscape.html?collection=*`);
    page = opened.page;
    dialogs = recordDialogs(page);
    await waitForLandscape(page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  test("a year range redraws every chart for fewer applications", async () => {
    const total = await summaryCount(page);
    const trendBefore = (await chartMarks(page)).trend!;
    await afterRedraw(page, () => filter(page, "year-from").locator("select").selectOption({label: "2020年"}));
    const count = await summaryCount(page);
    expect(count).toBeLessThan(total);
    expect(count).toBeGreaterThan(0);
    expect((await chartMarks(page)).trend).toBeLessThan(trendBefore);
    expect(await card(page, "trend").locator(".reading").textContent()).toMatch(/^2020年〜/);
    const documents = await showDocuments(page);
    expect(await documents.locator(".document-table-status").textContent()).toContain(`${count.toLocaleString("ja-JP")}件中`);
    await afterRedraw(page, () => filter(page, "year-from").locator("select").selectOption({index: 0}));
    expect(await summaryCount(page)).toBe(total);
  });

  test("fiscal years and 公知日 relabel the charts", async () => {
    await afterRedraw(page, () => filter(page, "year-kind").locator("label", {hasText: "年度"}).click());
    expect(await card(page, "trend").locator(".reading").textContent()).toContain("出願年度別");
    await afterRedraw(page, () => filter(page, "basis").locator("label", {hasText: "公知日"}).click());
    expect(await card(page, "trend").locator(".reading").textContent()).toContain("公知年度別");
    await afterRedraw(page, () => filter(page, "basis").locator("label", {hasText: "出願日"}).click());
    await afterRedraw(page, () => filter(page, "year-kind").locator("label", {hasText: "暦年"}).click());
  });

  test("the applicant name mode switches every applicant chart between 名寄せ後, 原文 and グループ", async () => {
    const entityReading = await card(page, "ranking").locator(".reading").textContent();
    expect(await card(page, "ranking").locator("h2").textContent()).toBe("出願人ランキング（名寄せ後）");
    await afterRedraw(page, () => filter(page, "name-mode").locator("label", {hasText: "出願人名（原文）"}).click());
    expect(await card(page, "ranking").locator("h2").textContent()).toBe("出願人ランキング（出願人名（原文））");
    expect(await card(page, "network").locator("h2").textContent()).toContain("出願人名（原文）");
    // More raw spellings than entities: the reading counts them.
    expect(await card(page, "ranking").locator(".reading").textContent()).not.toBe(entityReading);
    await afterRedraw(page, () => filter(page, "name-mode").locator("label", {hasText: "グループ"}).click());
    expect(await card(page, "ranking").locator("h2").textContent()).toBe("出願人ランキング（グループ）");
    await afterRedraw(page, () => filter(page, "name-mode").locator("label", {hasText: "名寄せ後"}).click());
    expect(await card(page, "ranking").locator(".reading").textContent()).toBe(entityReading);
  });

  test("the applicant filter keeps applications of matching applicants", async () => {
    const total = await summaryCount(page);
    await afterRedraw(page, () => filter(page, "applicant").locator("input").fill("架空電池"));
    const count = await summaryCount(page);
    expect(count).toBeLessThan(total);
    expect(await card(page, "ranking").locator("svg text").allTextContents()).toContain("架空電池株式会社");
    await afterRedraw(page, () => filter(page, "applicant").locator("input").fill(""));
    expect(await summaryCount(page)).toBe(total);
  });

  test("clicking a bar in 技術分布 drills down through the FI filter, and every chart follows", async () => {
    const total = await summaryCount(page);
    const fi = card(page, "fi");
    expect(await fi.locator("h2").textContent()).toBe("技術分布（FI セクション別）");
    // The second bar (C 化学；冶金): not every application has a C code, so the selection shrinks.
    const bar = fi.locator("svg g[aria-label=bar] rect").nth(1);
    await afterRedraw(page, () => bar.click());
    expect(await filter(page, "fi").locator("input").inputValue()).toBe("C");
    expect(await fi.locator("h2").textContent()).toBe("技術分布（FI クラス別）");
    expect(await summaryCount(page)).toBeLessThan(total);
    // Classes carry their title from data/reference/fi-titles.csv, in the label and the drill-down select.
    expect(await fi.locator("svg text").allTextContents()).toContain("C01 無機化学");
    expect(await fi.locator(".fi-drill select").textContent()).toContain("C01 無機化学");
    // One level further with the select, then back up with the breadcrumb.
    const option = await fi.locator(".fi-drill select option").nth(1).getAttribute("value");
    await afterRedraw(page, () => fi.locator(".fi-drill select").selectOption(option!));
    expect(await fi.locator("h2").textContent()).toBe("技術分布（FI サブクラス別）");
    expect(await card(page, "matrix").locator(".reading").textContent()).toBeTruthy();
    await afterRedraw(page, () => fi.locator(".fi-drill nav button", {hasText: "すべて"}).click());
    expect(await summaryCount(page)).toBe(total);
  });

  test("the matrix switches between bubbles and a heat map", async () => {
    const matrix = card(page, "matrix");
    const bubbles = await matrix.locator("svg circle").count();
    expect(bubbles).toBeGreaterThan(0);
    await page.locator('[data-control="matrix-style"] label', {hasText: "ヒートマップ"}).click();
    await expect.poll(() => matrix.locator("svg circle").count()).toBe(0);
    expect(await matrix.locator("svg rect").count()).toBeGreaterThan(bubbles / 2);
    await page.locator('[data-control="matrix-style"] label', {hasText: "バブル"}).click();
    await expect.poll(() => matrix.locator("svg circle").count()).toBe(bubbles);
  });

  test("typing an FI prefix narrows the selection", async () => {
    const total = await summaryCount(page);
    await afterRedraw(page, () => filter(page, "fi").locator("input").fill("ｈ０１ｍ１０/"));
    expect(await summaryCount(page)).toBeLessThan(total);
    expect(await card(page, "fi").locator("h2").textContent()).toBe("技術分布（FI サブグループ別）");
    await afterRedraw(page, () => filter(page, "fi").locator("input").fill(""));
  });

  test("the hostile applicant is shown as text and runs nothing", async () => {
    await onlyCollection(page, HOSTILE_COLLECTION);
    expect(await summaryCount(page)).toBe(2);
    await showDocuments(page);
    expect(await card(page, "ranking").locator("svg text").allTextContents()).toContain(HOSTILE_NAME);
    expect(await card(page, "documents").textContent()).toContain(HOSTILE_NAME);
    expect(await card(page, "documents").textContent()).toContain("<script>window.__pwned = true</script>電極");
    expect(await injectionEvidence(page)).toEqual({images: 0, pwned: undefined, scriptLinks: 0});
    // The javascript: 文献URL is shown, not linked; the https one is a link.
    expect(await card(page, "documents").textContent()).toContain("javascript:alert(1)");
    expect(await card(page, "documents").locator("tbody a").count()).toBe(1);
    expect(dialogs).toEqual([]);
    // The selection holds no sample application: no banner.
    expect(await page.locator(".sample-banner").isVisible()).toBe(false);
  });

  test("the ranking CSV opens in Excel with Japanese headers and neutralised formulas", async () => {
    const {name, bytes, text} = await download(page, card(page, "ranking"), "CSV");
    // The collection before the name, the basis and the whole span after it (the filters the card was drawn with).
    expect(name).toMatch(/^hostile-text_出願人ランキング_名寄せ後_出願年_\d{4}-\d{4}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(text);
    expect(lines[0]).toBe("順位,出願人,出願件数,割合（%）");
    expect(lines).toContain(`1,${HOSTILE_NAME},1,50`);
    expect(lines.some((line) => line.startsWith("1,'=cmd|"))).toBe(true);
    expect(lines.some((line) => line.startsWith("1,=") || line.includes(",=cmd"))).toBe(false);
  });

  test("the document list CSV holds every selected document", async () => {
    const {text} = await download(page, card(page, "documents"), "CSV");
    const lines = csvLines(text);
    expect(lines[0]).toBe("出願番号,文献番号,出願日,公知日,発明の名称,出願人/権利者,ステージ,公開番号,登録番号,文献URL");
    expect(lines).toHaveLength(3);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
    await onlyCollection(page, SAMPLE_COLLECTION);
    expect(await page.locator(".sample-banner").isVisible()).toBe(true);
  });

  test("stayed offline and error-free throughout", () => {
    expect(allProblems(opened.problems)).toEqual([]);
  });
});

/** `npm run chizai -- search --json` on the warehouse the test site was built from. */
function cliSearch(query: string): {total: number; applicationNumbers: string[]} {
  const db = join(TEST_TMP_DIR, "site-warehouse.duckdb");
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/chizai.ts", "search", "--db", db, "--json", query], {
    cwd: projectRoot,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  if (result.status !== 0) throw new Error(`chizai search failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as {total: number; applicationNumbers: string[]};
}

describe("文献一覧 keyword search", () => {
  let opened: OpenedPage;
  let page: Page;
  let dialogs: string[];
  const searchTextRequests: string[] = [];
  beforeAll(async () => {
    opened = await openPage(browser, `${siteUrl}/landscape?collection=*`);
    page = opened.page;
    dialogs = recordDialogs(page);
    page.on("request", (request) => {
      if (request.url().includes("search-text")) searchTextRequests.push(request.url());
    });
    await waitForLandscape(page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  const searchBox = () => card(page, "documents").locator("input[type=search]");
  const status = () => card(page, "documents").locator(".document-table-status");

  test("the search text loads on the first query, and the count shown is the CLI's total", async () => {
    const documents = await showDocuments(page);
    expect(searchTextRequests).toEqual([]);
    // Every application is selected, so the list shows every match.
    const all = cliSearch("-存在しない語");
    expect(await summaryCount(page)).toBe(all.total);
    const query = "ﾊﾞｲﾝﾀﾞｰ 電解質 -硫化物";
    const {total, applicationNumbers} = cliSearch(query);
    expect(total).toBeGreaterThan(50);
    await searchBox().fill(query);
    await expect.poll(() => documents.locator(".document-table").getAttribute("data-search")).toBe("ready");
    expect(searchTextRequests).toHaveLength(1);
    expect(await status().textContent()).toBe(
      `検索に一致: ${total.toLocaleString("ja-JP")}件中 1〜50件（1/${Math.ceil(total / 50)}ページ）`
    );
    // Newest filing first on both sides.
    expect(await documents.locator("tbody tr td:first-child").allTextContents()).toEqual(applicationNumbers.slice(0, 50));
    const marks = await documents.locator("tbody mark").allTextContents();
    expect(marks).toContain("電解質");
    expect(marks.some((mark) => /バインダ/.test(mark))).toBe(true);
    expect(marks.some((mark) => mark.includes("硫化物"))).toBe(false);
  });

  test("the query follows a filter change, and the CSV holds the matching documents", async () => {
    const query = "ﾊﾞｲﾝﾀﾞｰ 電解質 -硫化物";
    await onlyCollection(page, SAMPLE_COLLECTION);
    await expect.poll(() => searchBox().inputValue()).toBe(query);
    await expect.poll(() => card(page, "documents").locator(".document-table").getAttribute("data-search")).toBe("ready");
    const shown = Number((await status().textContent())!.match(/^検索に一致: ([\d,]+)件中/)![1]!.replace(/,/g, ""));
    expect(shown).toBe(cliSearch(query).total);
    const {text} = await download(page, card(page, "documents"), "CSV");
    expect(csvLines(text)).toHaveLength(shown + 1);
    expect(searchTextRequests).toHaveLength(1);
  });

  test("a match in the hostile applicant is highlighted as text and runs nothing", async () => {
    await onlyCollection(page, HOSTILE_COLLECTION);
    await searchBox().fill("ONERROR");
    await expect.poll(() => status().textContent()).toBe(`検索に一致: ${cliSearch("ONERROR").total}件中 1〜1件（1/1ページ）`);
    expect(await card(page, "documents").locator("tbody mark").allTextContents()).toEqual(["onerror"]);
    expect(await card(page, "documents").textContent()).toContain(HOSTILE_NAME);
    expect(await injectionEvidence(page)).toEqual({images: 0, pwned: undefined, scriptLinks: 0});
    expect(dialogs).toEqual([]);
    await searchBox().fill("");
    await expect.poll(() => status().textContent()).toMatch(/^2件中/);
  });

  test("stayed offline and error-free throughout", () => {
    expect(allProblems(opened.problems)).toEqual([]);
  });
});
