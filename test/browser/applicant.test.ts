// The 出願人 page: one applicant's profile under each name mode, the raw spellings behind an entity, links from
// and to other applicants, and hostile names shown as text.

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage} from "./harness.js";
import {chartMarks, csvLines, download, injectionEvidence, recordDialogs, showDocuments} from "./page-helpers.js";

const siteUrl = inject("siteUrl");
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
/** In the sample, two spellings (独立行政法人… and 国立研究開発法人…) resolve to this entity. */
const MERGED_ENTITY = "国立研究開発法人架空エネルギー技術総合研究所";

const url = (name: string, mode: string) => `${siteUrl}/applicant.html?${new URLSearchParams({name, mode})}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["light", "dark"] as const)("出願人 (%s mode)", (colorScheme) => {
  test("shows the largest applicant by default, with every chart drawn", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/applicant.html?collection=*`, {colorScheme});
    try {
      await showDocuments(page);
      expect(await page.locator(".applicant-name").textContent()).toBe("架空自動車株式会社");
      expect(await page.locator("#observablehq-main").textContent()).toContain("出願人が指定されていないため");
      const marks = await chartMarks(page);
      for (const id of ["trend", "technology", "partners"]) expect(marks[id], id).toBeGreaterThan(0);
      await expect.poll(() => page.locator(".sample-banner").isVisible()).toBe(true);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("出願人 profiles", () => {
  test("an entity lists the raw spellings behind it, with counts that add up", async () => {
    const {page, problems, close} = await openPage(browser, url(MERGED_ENTITY, "entity"));
    try {
      const spellings = page.locator('[data-table="spellings"]');
      await spellings.locator("tbody tr").first().waitFor();
      expect(await page.locator(".applicant-name").textContent()).toBe(MERGED_ENTITY);
      expect(await spellings.locator("tbody tr").count()).toBe(2);
      const counts = (await spellings.locator("tbody tr td:nth-child(5)").allTextContents()).map((t) => Number(t.replace(/,/g, "")));
      const total = Number((await page.locator(".card .big").first().textContent())!.replace(/[^\d]/g, ""));
      // Both spellings on one application count it once for the entity, so the parts add up to at least the total.
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(total);
      const {text} = await download(page, spellings, "CSV");
      expect(csvLines(text)[0]).toBe("出願人名（原文）,名寄せ後,グループ,出願件数,うち筆頭出願人");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("switching the name mode keeps the applicant and updates the address; Back returns", async () => {
    const {page, close} = await openPage(browser, url(MERGED_ENTITY, "entity"));
    try {
      await page.locator('[data-table="spellings"] tbody tr').first().waitFor();
      await page.locator(".applicant-picker label", {hasText: "出願人名（原文）"}).click();
      await expect.poll(() => page.locator('[data-table="spellings"] tbody tr').count()).toBe(1);
      expect(new URL(page.url()).searchParams.get("names")).toBe("name");
      expect(await page.locator(".applicant-name").textContent()).toBe(new URL(page.url()).searchParams.get("applicant"));
      await page.goBack();
      await expect.poll(() => page.locator(".applicant-name").textContent()).toBe(MERGED_ENTITY);
      await expect.poll(() => page.locator('[data-table="spellings"] tbody tr').count()).toBe(2);
    } finally {
      await close();
    }
  });

  test("an unknown name says so and offers close matches", async () => {
    const {page, close} = await openPage(browser, url("架空電", "entity"));
    try {
      await page.locator(".applicant-picker-status button").first().waitFor();
      expect(await page.locator(".applicant-picker-status").textContent()).toContain("「架空電」に一致する出願人はいません。候補：");
      await page.locator(".applicant-picker-status button", {hasText: "架空電池株式会社"}).click();
      await expect.poll(() => page.locator(".applicant-name").textContent()).toBe("架空電池株式会社");
    } finally {
      await close();
    }
  });

  test("a hostile applicant name is text; co-applicants link to their own pages", async () => {
    const {page, problems, close} = await openPage(browser, url(HOSTILE_NAME, "name"));
    const dialogs = recordDialogs(page);
    try {
      await showDocuments(page);
      expect(await page.locator(".applicant-name").textContent()).toBe(HOSTILE_NAME);
      expect(await page.locator('[data-table="documents"]').textContent()).toContain("<script>window.__pwned = true</script>電極");
      expect(await injectionEvidence(page)).toEqual({images: 0, pwned: undefined, scriptLinks: 0});
      const partner = page.locator('[data-chart="partners"] svg a').first();
      // In the same collections (every one: the link named none) and name mode.
      expect(await partner.getAttribute("href")).toBe(
        `./applicant.html?${new URLSearchParams({collection: "*", names: "name", applicant: "架空電機株式会社"})}`
      );
      expect(dialogs).toEqual([]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
