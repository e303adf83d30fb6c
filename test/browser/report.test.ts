// The レポート bar in real Chromium over the test warehouse: the Office libraries load only when a button is pressed;
// PowerPoint（.pptx） and Excel（.xlsx） download a deck (one slide per chart of the registry, native charts) and a
// workbook (one row per selected application); the deck's trend chart holds the numbers of the page's trend CSV,
// and `npm run report` over the same warehouse and view gives the same numbers.

import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {CHART_REGISTRY} from "../../src/components/report/chart-registry.js";
import {chartTotals, officeParts, slideParts, type OfficeParts} from "../support/office-zip.js";
import {allProblems, launchBrowser, openPage, projectRoot, type OpenedPage} from "./harness.js";
import {csvLines, download, waitForLandscape} from "./page-helpers.js";
import {TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
const OFFICE_MODULES = /pptxgen|exceljs|\/report\/(deck|workbook)\./;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function reportDownload(page: Page, label: string): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent("download", {timeout: 120_000}),
    page.locator(".report-bar button", {hasText: label}).click()
  ]);
  return {name: file.suggestedFilename(), bytes: readFileSync(await file.path())};
}

/** The values of the trend chart in a deck (the trend slide's chart part). */
async function trendValues(deck: OfficeParts): Promise<number[]> {
  const slide = slideParts(deck)[2 + CHART_REGISTRY.findIndex((c) => c.id === "trend")]!;
  const rels = await deck.text(slide.replace("slides/", "slides/_rels/") + ".rels");
  const part = /Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/.exec(rels)![1]!;
  return chartTotals(await deck.text(`ppt/charts/${part}`));
}

describe("レポート on ランドスケープ", () => {
  let opened: OpenedPage;
  const requests: string[] = [];
  beforeAll(async () => {
    // Every collection, the view the CLI is given below with --view.
    opened = await openPage(browser, `${siteUrl}/landscape.html?collection=*`);
    opened.page.on("request", (request) => requests.push(request.url()));
    await waitForLandscape(opened.page);
  });
  afterAll(async () => {
    await opened?.close();
  });

  test("the Office libraries are not loaded with the page", () => {
    expect(requests.filter((url) => OFFICE_MODULES.test(url))).toEqual([]);
  });

  test("PowerPoint（.pptx） gives a deck with a slide per chart and the page's trend numbers", {timeout: 180_000}, async () => {
    const {page} = opened;
    const {name, bytes} = await reportDownload(page, "PowerPoint（.pptx）");
    expect(name).toMatch(/_レポート\.pptx$/);
    expect(requests.some((url) => /pptxgen/.test(url))).toBe(true);
    const deck = await officeParts(bytes);
    expect(slideParts(deck).length).toBe(CHART_REGISTRY.length + 3);
    const native = deck.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(native.length).toBe(CHART_REGISTRY.filter((c) => c.deck.startsWith("native")).length);
    expect(deck.names.filter((n) => /^ppt\/media\/.*\.png$/.test(n)).length).toBeGreaterThanOrEqual(
      CHART_REGISTRY.filter((c) => c.deck === "image").length
    );
    // The page's own numbers: the trend card's CSV (year, total, 参考値).
    const csv = await download(page, page.locator('[data-chart="trend"]'), "CSV");
    const totals = csvLines(csv.text).slice(1).map((line) => Number(line.split(",")[1]));
    expect(await trendValues(deck)).toEqual(totals);

    // npm run report over the same warehouse and the same view gives the same chart numbers.
    const out = join(TEST_TMP_DIR, "report-cli.pptx");
    const cli = spawnSync(
      process.execPath,
      ["--import", "tsx", "loaders/cli/report.ts", "--db", join(TEST_TMP_DIR, "site-warehouse.duckdb"), "--view", "collection=*", "--out", out],
      {cwd: projectRoot, encoding: "utf8", env: {...process.env, CHIZAI_DB: ""}}
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect(await trendValues(await officeParts(readFileSync(out)))).toEqual(totals);
  });

  test("Excel（.xlsx） gives a workbook with one document row per selected application", {timeout: 180_000}, async () => {
    const {page} = opened;
    const {name, bytes} = await reportDownload(page, "Excel（.xlsx）");
    expect(name).toMatch(/_レポート\.xlsx$/);
    const book = await officeParts(bytes);
    const selected = Number(await page.locator(".selection-summary").getAttribute("data-count"));
    const documents = await book.text(`xl/worksheets/sheet${CHART_REGISTRY.length + 2}.xml`);
    expect(documents.match(/<row /g)!.length).toBe(selected + 1);
    expect(await page.locator(".report-status").textContent()).toContain("作成しました");
    expect(allProblems(opened.problems)).toEqual([]);
  });
});

describe("レポート on 出願人", () => {
  test("PowerPoint（.pptx） gives the applicant's deck", {timeout: 180_000}, async () => {
    const opened = await openPage(browser, `${siteUrl}/applicant.html`);
    try {
      await opened.page.locator(".report-bar button").first().waitFor({timeout: 30_000});
      const {name, bytes} = await reportDownload(opened.page, "PowerPoint（.pptx）");
      expect(name).toMatch(/\.pptx$/);
      const deck = await officeParts(bytes);
      expect(slideParts(deck).length).toBe(CHART_REGISTRY.length + 3);
      expect(allProblems(opened.problems)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
