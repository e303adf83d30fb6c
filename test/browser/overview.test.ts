// The 概要 page: KPI cards from the warehouse, the filing-trend sparkline, links to every page, and the banner
// while the data include the fictional sample.

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage} from "./harness.js";
import {chartMarks} from "./page-helpers.js";

const siteUrl = inject("siteUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["light", "dark"] as const)("概要 (%s mode)", (colorScheme) => {
  test("shows the warehouse's figures, the trend, the banner and links to every page", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/`, {colorScheme});
    try {
      await page.locator('[data-chart="sparkline"] svg').waitFor();
      const kpis = (await page.locator("#overview-kpis").textContent())!;
      expect(kpis).toMatch(/出願件数\s*6,0\d\d件/);
      expect(kpis).toMatch(/出願人数（名寄せ後）\s*\d+者/);
      expect(kpis).toContain("2005〜2024年");
      expect(kpis).toContain("サンプル（架空データ）");
      expect((await chartMarks(page)).sparkline).toBeGreaterThan(0);
      expect(await page.locator("#observablehq-main").textContent()).toContain("最終取り込み");
      const banner = page.locator(".sample-banner");
      await expect.poll(() => banner.isVisible()).toBe(true);
      expect(await banner.textContent()).toContain("架空のサンプル");
      const links = await page.locator(".page-links a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const path of ["/landscape", "/applicant", "/region", "/programs", "/action-plan", "/quality", "/system-check"]) {
        expect(links).toContain(`${path}.html`);
      }
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("概要 layout", () => {
  test.each([1400, 1920])("at %i px the ingest cards are as tall as the figure cards, not stretched to the chart", async (width) => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/`, {viewport: {width, height: 900}});
    try {
      await page.locator('[data-chart="sparkline"] svg').waitFor();
      const heights = (selector: string) =>
        page.locator(selector).evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
      const figures = await heights("#overview-kpis > .card");
      const ingest = await heights("#overview-ingest > .card");
      const trend = (await heights('[data-chart="sparkline"]'))[0]!;
      expect(ingest).toHaveLength(2);
      for (const height of ingest) {
        expect(height).toBeLessThan(Math.max(...figures) * 1.3);
        expect(height).toBeLessThan(trend * 0.75);
      }
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
