// Exploring the landscape pages in real Chromium: the study (collection) as the scope, the address as the state
// (a copied link restores the same view, Back/Forward undo and redo drills), every kind of mark filtering the document
// list to the number it showed, and the full-width document list. Expected counts come from the warehouse the site
// was built from (SQL) or from the number the clicked mark itself showed, never from the page's own filter code.

import {join} from "node:path";
import type {Browser, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {query} from "../support/warehouse.js";
import {allProblems, launchBrowser, openPage, type OpenedPage} from "./harness.js";
import {afterRedraw, showDocuments, waitForLandscape} from "./page-helpers.js";
import {HOSTILE_COLLECTION, SAMPLE_COLLECTION, TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
const db = join(TEST_TMP_DIR, "site-warehouse.duckdb");
const sql = async (text: string) => Number((await query<{n: number}>(db, text))[0]!.n);
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const inCollection = (collection: string) =>
  `application_number IN (SELECT application_number FROM collections WHERE collection = ${quote(collection)})`;

const landscapeUrl = (search: string) => `${siteUrl}/landscape.html?${search}`;
const SAMPLE = `collection=${encodeURIComponent(SAMPLE_COLLECTION)}`;

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
const chipTexts = (page: Page) => page.locator(".chip-bar .chip > span:first-child").allTextContents();

/** The document list's own count (its title and its status line agree). */
async function documentCount(page: Page): Promise<number> {
  const documents = await showDocuments(page).catch(async () => page.locator('[data-table="documents"]'));
  await documents.locator(".document-table-status").waitFor();
  const count = Number(await documents.getAttribute("data-count"));
  const status = (await documents.locator(".document-table-status").textContent())!;
  expect(status).toEqual(count ? expect.stringContaining(`${count.toLocaleString("ja-JP")}件中`) : "該当する文献はありません");
  return count;
}

/**
 * The first "N件" (or "N者") a mark says about itself: the number the chart showed for it. Marks with a Plot tip
 * carry it in their aria-label (mark-select.ts), bar lists in their <title>.
 */
async function shownCount(mark: Locator, unit = "件"): Promise<number> {
  const title = await mark.evaluate(
    (element) => element.getAttribute("aria-label") ?? element.querySelector(":scope > title")?.textContent ?? ""
  );
  const match = new RegExp(`([\\d,]+)${unit}`).exec(title.replace(/\d+位/, ""));
  if (!match) throw new Error(`no count in the mark's title: ${title}`);
  return Number(match[1]!.replace(/,/g, ""));
}

// Each test opens a page of 6,000 applications or more, several times over: give them room on a shared machine.
const SLOW = {timeout: 180_000};

describe("the study is the scope", SLOW, () => {
  test("ランドスケープ opens on the collection ingested last, switches to all and back, and the sidebar carries it", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/landscape.html`);
    try {
      await waitForLandscape(page);
      const [latest] = await query<{collection: string}>(
        db,
        `SELECT collection FROM batches WHERE status = 'loaded' AND collection IN (SELECT collection FROM collections)
         ORDER BY batch_id DESC LIMIT 1`
      );
      const latestCount = await sql(`SELECT count(DISTINCT application_number) AS n FROM collections WHERE collection = ${quote(latest!.collection)}`);
      expect(await summaryCount(page)).toBe(latestCount);
      expect(await page.locator(".selection-summary").textContent()).toContain(`コレクション「${latest!.collection}」`);
      const sidebarLink = page.locator("#observablehq-sidebar a", {hasText: "出願人"});
      expect(new URL((await sidebarLink.getAttribute("href"))!, page.url()).searchParams.getAll("collection")).toEqual([latest!.collection]);

      await afterRedraw(page, () => filter(page, "collections").locator("button", {hasText: "すべて"}).click());
      expect(await summaryCount(page)).toBe(await sql(`SELECT count(*) AS n FROM patents`));
      expect(new URL(page.url()).searchParams.getAll("collection")).toEqual(["*"]);
      expect(await page.locator(".selection-summary").textContent()).toContain("すべてのコレクション");
      expect(new URL((await sidebarLink.getAttribute("href"))!, page.url()).searchParams.getAll("collection")).toEqual(["*"]);
      // The switch was a drill: Back returns to the study.
      await afterRedraw(page, () => page.goBack());
      expect(await summaryCount(page)).toBe(latestCount);
      expect(await documentCount(page)).toBe(latestCount);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("出願人 counts one applicant in the chosen collections only", async () => {
    const name = "架空電機株式会社";
    const expected = async (collection: string | null) =>
      sql(
        `SELECT count(DISTINCT application_number) AS n FROM patent_applicants WHERE name = ${quote(name)}` +
          (collection ? ` AND ${inCollection(collection)}` : "")
      );
    const [sample, hostile, all] = [await expected(SAMPLE_COLLECTION), await expected(HOSTILE_COLLECTION), await expected(null)];
    expect(hostile).toBeGreaterThan(0);
    expect(sample).toBeGreaterThan(0);
    for (const [search, count] of [
      [`${SAMPLE}&names=name&applicant=${encodeURIComponent(name)}`, sample],
      [`collection=${HOSTILE_COLLECTION}&names=name&applicant=${encodeURIComponent(name)}`, hostile],
      // An old link names no collection: every collection.
      [`name=${encodeURIComponent(name)}&mode=name`, all]
    ] as const) {
      const {page, close} = await openPage(browser, `${siteUrl}/applicant.html?${search}`);
      try {
        await page.locator(".selection-summary").waitFor();
        expect(await page.locator(".applicant-name").textContent()).toBe(name);
        await expect.poll(() => summaryCount(page), {message: search}).toBe(count);
        expect(await documentCount(page)).toBe(count);
      } finally {
        await close();
      }
    }
  });
});

describe("the address is the state", SLOW, () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, landscapeUrl(SAMPLE));
    await waitForLandscape(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  /** What the page shows: the numbers a copied link must reproduce. */
  async function shown(page: Page) {
    return {
      count: await summaryCount(page),
      summary: await page.locator(".selection-summary").textContent(),
      chips: await chipTexts(page),
      ranking: await card(page, "ranking").locator("svg text").allTextContents(),
      trend: await card(page, "trend").locator(".reading").textContent(),
      yearFrom: await filter(page, "year-from").locator("select").inputValue(),
      applicant: await filter(page, "applicant").locator("input").inputValue(),
      names: await filter(page, "name-mode").locator("input:checked").inputValue()
    };
  }

  test("a copied link restores the same view, and Back/Forward walk the drills", async () => {
    const {page} = opened;
    const initial = await shown(page);
    await afterRedraw(page, () => filter(page, "year-from").locator("select").selectOption({index: 2}));
    await afterRedraw(page, () => filter(page, "name-mode").locator("label", {hasText: "グループ"}).click());
    await afterRedraw(page, () => filter(page, "applicant").locator("input").fill("架空"));
    const beforeChip = await shown(page);
    expect(beforeChip.count).toBeLessThan(initial.count);
    const bar = card(page, "trend").locator('g[aria-description="trend-bar"] > *').nth(1);
    const barCount = await shownCount(bar);
    await afterRedraw(page, () => bar.dispatchEvent("click"));
    const drilled = await shown(page);
    expect(drilled.count).toBe(barCount);
    expect(drilled.chips).toHaveLength(1);
    expect(drilled.chips[0]).toMatch(/^\d{4}年$/);
    const address = page.url();
    expect(new URL(address).searchParams.get("names")).toBe("group");
    expect(new URL(address).searchParams.get("applicant")).toBe("架空");

    const copy = await openPage(browser, address);
    try {
      await waitForLandscape(copy.page);
      expect(await shown(copy.page)).toEqual(drilled);
      expect(await documentCount(copy.page)).toBe(drilled.count);
      expect(allProblems(copy.problems)).toEqual([]);
    } finally {
      await copy.close();
    }

    // The chip was pushed; typing the applicant replaced the entry of the name mode; each click was pushed.
    await afterRedraw(page, () => page.goBack());
    expect(await shown(page)).toEqual(beforeChip);
    await afterRedraw(page, () => page.goBack());
    const beforeNames = await shown(page);
    // (Inputs.radio's values are the options' indexes.)
    expect(drilled.names).not.toBe(initial.names);
    expect(beforeNames.names).toBe(initial.names);
    expect(beforeNames.applicant).toBe("");
    await afterRedraw(page, () => page.goBack());
    expect(await shown(page)).toEqual(initial);
    await afterRedraw(page, () => page.goForward());
    await afterRedraw(page, () => page.goForward());
    expect(await shown(page)).toEqual(beforeChip);
    await afterRedraw(page, () => page.goForward());
    expect(await shown(page)).toEqual(drilled);
    expect(page.url()).toBe(address);
  });

  test("the search box is q: a link with a query restores it and the charts follow it", async () => {
    const {page} = opened;
    const q = "電池 -硫化物";
    const copy = await openPage(browser, landscapeUrl(`${SAMPLE}&q=${encodeURIComponent(q)}`));
    try {
      await waitForLandscape(copy.page);
      const count = await summaryCount(copy.page);
      const all = await sql(`SELECT count(*) AS n FROM collections WHERE collection = ${quote(SAMPLE_COLLECTION)}`);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(all);
      expect(await documentCount(copy.page)).toBe(count);
      expect(await card(copy.page, "documents").locator("input[type=search]").inputValue()).toBe(q);
      expect(allProblems(copy.problems)).toEqual([]);
    } finally {
      await copy.close();
    }
    expect(allProblems(opened.problems)).toEqual([]);
    void page;
  });
});

/** Each kind of mark: where to click and what chip it must add. */
const MARKS: {kind: string; chart: string; mark: string; chip: RegExp; setup?: (page: Page) => Promise<void>}[] = [
  {kind: "trend year", chart: "trend", mark: 'g[aria-description="trend-bar"] > *', chip: /^\d{4}年$/},
  {
    kind: "trend year × stage",
    chart: "trend",
    mark: 'g[aria-description="trend-bar"] > *',
    chip: /^\d{4}年・/,
    setup: (page) => afterRedrawOf(page, "trend", () => page.locator('[data-control="trend-stack"] label', {hasText: "ステージ"}).click())
  },
  {kind: "ranking bar", chart: "ranking", mark: 'g[aria-label="bar"] rect', chip: /^出願人: /},
  {kind: "matrix cell", chart: "matrix", mark: 'g[aria-description="matrix-cell"] > *', chip: / × FI: /},
  {kind: "network node", chart: "network", mark: 'g[aria-description="network-node"] > *', chip: /^出願人: /},
  {kind: "network edge", chart: "network", mark: 'g[aria-description="network-link"] > *', chip: /^共同出願: /},
  {kind: "stage bar", chart: "stage", mark: 'g[aria-label="bar"] rect', chip: /^ステージ: /},
  {kind: "event bar", chart: "event", mark: 'g[aria-label="bar"] rect', chip: /^手続: /}
];

/** Waits for one chart card to be replaced after `action` (a chart-only control does not redraw the page). */
async function afterRedrawOf(page: Page, chart: string, action: () => Promise<unknown>): Promise<void> {
  const before = await card(page, chart).locator("svg").first().elementHandle();
  await action();
  await expect.poll(() => before!.evaluate((svg) => !svg.isConnected)).toBe(true);
}

describe("every mark leads to its documents", SLOW, () => {
  test.each(MARKS)("$kind adds a removable chip and the list holds the mark's count", async ({chart, mark, chip, setup}) => {
    const {page, problems, close} = await openPage(browser, landscapeUrl(SAMPLE));
    try {
      await waitForLandscape(page);
      const total = await summaryCount(page);
      if (setup) await setup(page);
      const target = card(page, chart).locator(mark).nth(1);
      const count = await shownCount(target);
      // Bar lists find the bar under the pointer; the other charts' marks take the click itself (a thin network
      // line may lie under a dot at its middle, so the click is sent to the element).
      await afterRedraw(page, () => (mark.includes("aria-description") ? target.dispatchEvent("click") : target.click()));
      expect(await chipTexts(page)).toEqual([expect.stringMatching(chip)]);
      expect(await summaryCount(page)).toBe(count);
      expect(await documentCount(page)).toBe(count);
      const {text} = await downloadCsv(page);
      expect(text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)).toHaveLength(count + 1);
      expect(new URL(page.url()).searchParams.getAll("chip")).toHaveLength(1);
      await page.evaluate(() => window.scrollTo(0, 0));
      await afterRedraw(page, () => page.locator(".chip-bar .chip button").click());
      expect(await summaryCount(page)).toBe(total);
      expect(new URL(page.url()).searchParams.getAll("chip")).toEqual([]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a trend year matches the warehouse's count for that year", async () => {
    const {page, close} = await openPage(browser, landscapeUrl(SAMPLE));
    try {
      await waitForLandscape(page);
      const bar = card(page, "trend").locator('g[aria-description="trend-bar"] > *').nth(3);
      await afterRedraw(page, () => bar.dispatchEvent("click"));
      const year = Number((await chipTexts(page))[0]!.replace("年", ""));
      const expected = await sql(
        `SELECT count(*) AS n FROM patents WHERE year(filing_date) = ${year} AND ${inCollection(SAMPLE_COLLECTION)}`
      );
      expect(await documentCount(page)).toBe(expected);
    } finally {
      await close();
    }
  });

  test("a new-entrant bar keeps the applications of that year's entrants, Enter works as a click", async () => {
    const {page, close} = await openPage(browser, landscapeUrl(SAMPLE));
    try {
      await waitForLandscape(page);
      const bar = card(page, "entrants").locator('g[aria-description="entrants-bar"] > *').nth(2);
      const entrants = await shownCount(bar, "者");
      await bar.focus();
      await afterRedraw(page, () => page.keyboard.press("Enter"));
      expect((await chipTexts(page))[0]).toMatch(/^\d{4}年の新規参入者$/);
      // Each entrant filed at least once, and the trend shows only applications of the chip's applicants.
      expect(await summaryCount(page)).toBeGreaterThanOrEqual(entrants);
    } finally {
      await close();
    }
  });

  test("an FI bar drills through the FI filter, which every chart and the list follow", async () => {
    const {page, close} = await openPage(browser, landscapeUrl(SAMPLE));
    try {
      await waitForLandscape(page);
      const bar = card(page, "fi").locator('g[aria-label="bar"] rect').nth(1);
      const count = await shownCount(bar);
      await afterRedraw(page, () => bar.click());
      expect(new URL(page.url()).searchParams.get("fi")).toBe(await filter(page, "fi").locator("input").inputValue());
      expect(await summaryCount(page)).toBe(count);
      expect(await documentCount(page)).toBe(count);
      await afterRedraw(page, () => page.goBack());
      expect(await filter(page, "fi").locator("input").inputValue()).toBe("");
    } finally {
      await close();
    }
  });
});

/** The document list's CSV, as downloaded. */
async function downloadCsv(page: Page): Promise<{text: string}> {
  const documents = page.locator('[data-table="documents"]');
  const [file] = await Promise.all([page.waitForEvent("download"), documents.locator(".chart-card-toolbar button", {hasText: "CSV"}).click()]);
  const {readFile} = await import("node:fs/promises");
  return {text: (await readFile(await file.path())).toString("utf8")};
}

describe("the document list", SLOW, () => {
  test.each(["landscape", "applicant"])("takes the full width of the %s page at 1400 px", async (name) => {
    const {page, close} = await openPage(browser, `${siteUrl}/${name}.html?collection=*`, {viewport: {width: 1400, height: 900}});
    try {
      // The list loads when scrolled to: first let the charts above take their height.
      if (name === "landscape") await waitForLandscape(page);
      const documents = await showDocuments(page);
      const main = (await page.locator("#observablehq-main").boundingBox())!;
      const list = (await documents.boundingBox())!;
      expect(list.width).toBeGreaterThan(main.width * 0.95);
      // Titles get room: the title column is wider than a few characters.
      const titleCell = (await documents.locator("tbody tr td:nth-child(5)").first().boundingBox())!;
      expect(titleCell.width).toBeGreaterThan(200);
    } finally {
      await close();
    }
  });
});
