// The 比較 page in real Chromium over the test warehouse (fictional sample + hostile text + defects, three
// collections): two collections side by side with the counts the warehouse holds, the view restored from the
// address after a reload and by Back, and the applicant comparison showing the chosen applicants.

import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {query} from "../support/warehouse.js";
import {allProblems, launchBrowser, openPage} from "./harness.js";
import {DEFECTS_COLLECTION, HOSTILE_COLLECTION, SAMPLE_COLLECTION, TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
const VIEWPORT = {width: 1400, height: 1000};
const warehouse = join(TEST_TMP_DIR, "site-warehouse.duckdb");

let browser: Browser;
let collectionSizes: Map<string, number>;
beforeAll(async () => {
  browser = await launchBrowser();
  // The oracle: the warehouse's own membership table, not the site's datasets.
  const rows = await query<{collection: string; n: number}>(
    warehouse,
    "SELECT collection, count(DISTINCT application_number)::INTEGER AS n FROM collections GROUP BY ALL"
  );
  collectionSizes = new Map(rows.map((r) => [r.collection, r.n]));
});
afterAll(async () => {
  await browser?.close();
});

/** Panels of one chart card: [label, count shown]. */
function panels(page: Page, chart: string): Promise<[string, number][]> {
  return page
    .locator(`[data-chart="${chart}"] .compare-panel`)
    .evaluateAll((cells) => cells.map((c) => [(c as HTMLElement).dataset.panel!, Number((c as HTMLElement).dataset.count)]));
}

/** Waits until the trend card shows exactly these panels. */
async function waitForPanels(page: Page, labels: string[]): Promise<void> {
  await expect.poll(async () => (await panels(page, "compare-trend")).map(([label]) => label), {timeout: 30_000}).toEqual(labels);
}

const checkbox = (page: Page, name: string) =>
  page.locator('[data-filter="collections"] label').filter({hasText: name}).locator("input[type=checkbox]");

describe("比較: collections", () => {
  test("choosing two collections shows two panels with the collections' counts, on one scale, without errors", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/compare.html`, {viewport: VIEWPORT});
    try {
      // The default: the two collections ingested most recently (by the warehouse's batches), in the list's order. The support
      // fixture's export is ingested into the sample's collection last, so the sample is one of them.
      const recent = await query<{collection: string}>(
        warehouse,
        `SELECT collection FROM batches WHERE status = 'loaded' AND collection IN (SELECT collection FROM collections)
         GROUP BY collection ORDER BY max(batch_id) DESC LIMIT 2`
      );
      expect(recent.map((r) => r.collection).sort()).toEqual([DEFECTS_COLLECTION, SAMPLE_COLLECTION]);
      await waitForPanels(page, [DEFECTS_COLLECTION, SAMPLE_COLLECTION]);
      await checkbox(page, DEFECTS_COLLECTION).uncheck();
      await checkbox(page, HOSTILE_COLLECTION).check();
      // Panels follow the order of the list (collections by name).
      await waitForPanels(page, [HOSTILE_COLLECTION, SAMPLE_COLLECTION]);
      for (const chart of ["compare-trend", "compare-ranking", "compare-fi"]) {
        expect(await panels(page, chart), chart).toEqual([
          [HOSTILE_COLLECTION, collectionSizes.get(HOSTILE_COLLECTION)],
          [SAMPLE_COLLECTION, collectionSizes.get(SAMPLE_COLLECTION)]
        ]);
      }
      // One y scale: both trend panels end their axis at the same tick.
      const topTicks = await page
        .locator('[data-chart="compare-trend"] .compare-panel svg')
        .evaluateAll((svgs) =>
          svgs.map((svg) => {
            const ticks = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
            return ticks[ticks.length - 1];
          })
        );
      expect(topTicks).toHaveLength(2);
      expect(topTicks[0]).toBe(topTicks[1]);
      // The overlap agrees with the warehouse.
      const [{n: both}] = await query<{n: number}>(
        warehouse,
        `SELECT count(*)::INTEGER AS n FROM (SELECT application_number FROM collections
           WHERE collection IN ('${SAMPLE_COLLECTION}', '${HOSTILE_COLLECTION}') GROUP BY ALL HAVING count(DISTINCT collection) = 2)`
      );
      expect(Number(await page.locator('[data-chart="compare-overlap"]').getAttribute("data-in-several"))).toBe(both);
      expect(await page.locator('[data-chart="compare-overlap"] .reading').textContent()).toContain(`2つ以上に入るのは${both}件`);
      const address = new URL(page.url()).searchParams.getAll("collection");
      expect(address).toEqual([HOSTILE_COLLECTION, SAMPLE_COLLECTION]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a reload restores the view from the address, and Back undoes a choice", async () => {
    const search = new URLSearchParams([
      ["collection", HOSTILE_COLLECTION],
      ["collection", SAMPLE_COLLECTION],
      ["basis", "publication"],
      ["names", "group"],
      ["level", "class"]
    ]);
    const {page, problems, close} = await openPage(browser, `${siteUrl}/compare.html?${search}`, {viewport: VIEWPORT});
    try {
      await waitForPanels(page, [HOSTILE_COLLECTION, SAMPLE_COLLECTION]);
      const shown = async () => ({
        panels: await panels(page, "compare-fi"),
        fiTitle: await page.locator('[data-chart="compare-fi"] h2').textContent(),
        trendTitle: await page.locator('[data-chart="compare-trend"] h2').textContent(),
        basis: await page.locator('[data-filter="basis"] label:has(input:checked)').textContent(),
        names: await page.locator('[data-filter="name-mode"] label:has(input:checked)').textContent()
      });
      const before = await shown();
      expect(before.basis).toBe("公知日");
      expect(before.names).toBe("グループ");
      expect(before.fiTitle).toContain("クラス");
      expect(before.trendTitle).toContain("公知年");
      await page.reload({waitUntil: "networkidle"});
      await waitForPanels(page, [HOSTILE_COLLECTION, SAMPLE_COLLECTION]);
      expect(await shown()).toEqual(before);

      // A choice pushes a history entry: Back returns to the view before it.
      await page.locator('[data-filter="basis"] label', {hasText: "出願日"}).locator("input").check();
      await expect.poll(() => new URL(page.url()).searchParams.get("basis")).toBeNull();
      await expect.poll(async () => (await shown()).trendTitle).toContain("出願年");
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get("basis")).toBe("publication");
      await expect.poll(async () => (await shown()).trendTitle).toContain("公知年");
      expect(await shown()).toEqual(before);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("比較: applicants", () => {
  test("shows the chosen applicants, the first as 自社, counted within the collection; one more can be added", async () => {
    // Raw names (原文) so that the oracle is a plain count over patent_applicants.
    const counts = await query<{name: string; n: number}>(
      warehouse,
      `SELECT a.name, count(DISTINCT a.application_number)::INTEGER AS n
       FROM patent_applicants a JOIN collections c USING (application_number)
       WHERE c.collection = '${SAMPLE_COLLECTION}' GROUP BY ALL ORDER BY n DESC, a.name LIMIT 3`
    );
    const [client, rival, added] = counts;
    const search = new URLSearchParams([
      ["compare", "applicants"],
      ["collection", SAMPLE_COLLECTION],
      ["names", "name"],
      ["applicant", client!.name],
      ["applicant", rival!.name],
      ["applicant", "どこにもない出願人"]
    ]);
    const {page, problems, close} = await openPage(browser, `${siteUrl}/compare.html?${search}`, {viewport: VIEWPORT});
    try {
      await waitForPanels(page, [client!.name, rival!.name]);
      expect(await panels(page, "compare-trend")).toEqual([
        [client!.name, client!.n],
        [rival!.name, rival!.n]
      ]);
      expect(await page.locator('[data-chart="compare-trend"] .compare-role').allTextContents()).toEqual(["自社", "競合"]);
      expect(await page.locator(".compare-note").allTextContents()).toEqual([
        expect.stringContaining("「どこにもない出願人」 は")
      ]);
      // The matrix has exactly the chosen applicants as its rows.
      const matrixRows = await page.locator('[data-chart="compare-matrix"] svg [aria-label="y-axis tick label"] text').allTextContents();
      expect(matrixRows).toHaveLength(2);

      const field = page.locator('[data-filter="applicants"] input[type=text]');
      await field.fill(added!.name);
      await field.press("Enter");
      await waitForPanels(page, [client!.name, rival!.name, added!.name]);
      // The name not found stays in the list (and the address) until removed, with the note saying why.
      expect(new URL(page.url()).searchParams.getAll("applicant")).toEqual([
        client!.name,
        rival!.name,
        "どこにもない出願人",
        added!.name
      ]);
      await page.reload({waitUntil: "networkidle"});
      await waitForPanels(page, [client!.name, rival!.name, added!.name]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("比較: history", () => {
  test("switching to the applicant comparison is one history entry, the applicants standing in included", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/compare.html`, {viewport: VIEWPORT});
    try {
      // The default: the two collections ingested most recently (see the first test).
      await waitForPanels(page, [DEFECTS_COLLECTION, SAMPLE_COLLECTION]);
      await page.locator('[data-filter="compare"] label', {hasText: "出願人比較"}).locator("input").check();
      await page.locator('[data-chart="compare-matrix"]').waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.getAll("applicant").length).toBeGreaterThan(0);
      await page.goBack();
      await waitForPanels(page, [DEFECTS_COLLECTION, SAMPLE_COLLECTION]);
      expect(new URL(page.url()).searchParams.get("compare")).toBeNull();
      expect(await page.locator('[data-filter="compare"] label:has(input:checked)').textContent()).toBe("コレクション比較");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
