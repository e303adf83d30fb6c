// The データ品質 page: every batch with its counts, encoding and column variant; the refused file with its message;
// every rejected row with file, lines, reason and raw text; searchable, downloadable, light and dark.

import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage, type OpenedPage} from "./harness.js";
import {chartMarks, csvLines, download} from "./page-helpers.js";
import {SUPPORT_FILE} from "../support/support-outcomes-fixture.js";
import {REFUSED_FILE} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["light", "dark"] as const)("データ品質 (%s mode)", (colorScheme) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, `${siteUrl}/quality.html`, {colorScheme});
    await opened.page.locator('[data-table="rejects"] tbody tr').first().waitFor();
  });
  afterAll(async () => {
    await opened?.close();
  });

  test("charts the outcome of every file and the reasons for rejected rows", async () => {
    const marks = await chartMarks(opened.page);
    expect(marks.outcomes).toBeGreaterThan(0);
    expect(marks["reject-types"]).toBeGreaterThan(0);
  });

  test("lists every batch with encoding and column variant, and the refused file with its message", async () => {
    const {page} = opened;
    const batches = page.locator('[data-table="batches"]');
    const text = (await batches.textContent())!;
    for (const needle of ["サンプル_全固体電池_公知日2014-2017_Excel保存.csv", "cp932", "defects-15col.csv", REFUSED_FILE, "拒否"]) {
      expect(text).toContain(needle);
    }
    expect(await page.locator('[data-table="variants"]').textContent()).toMatch(/J-PlatPat.*13.*J-PlatPat.*15.*J-PlatPat.*16/s);
    expect(await page.locator('[data-table="encodings"]').textContent()).toContain("strict-cp932");
    expect(await page.locator('[data-table="refused"]').textContent()).toContain(REFUSED_FILE);
    await expect.poll(() => page.locator(".sample-banner").isVisible()).toBe(true);
  });

  test("lists rejected rows with file, lines, reason and raw text", async () => {
    const rejects = opened.page.locator('[data-table="rejects"]');
    const rows = await rejects.locator("tbody tr").allTextContents();
    // The J-PlatPat file with defects, and the support file of the 支援成果 fixture (two rejected rows).
    expect(rows.filter((row) => row.includes("defects-15col.csv")).length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.includes("defects-15col.csv") || row.includes(SUPPORT_FILE))).toBe(true);
    expect(await rejects.textContent()).toContain("2021/02/30");
  });

  test("made no failed, foreign or erroring request", () => {
    expect(allProblems(opened.problems)).toEqual([]);
  });
});

describe("データ品質 search and download", () => {
  test("searching the rejected rows narrows the table and its CSV", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/quality.html`);
    try {
      const rejects = page.locator('[data-table="rejects"]');
      await rejects.locator("tbody tr").first().waitFor();
      await rejects.locator("input[type=search]").fill("2021/02/30");
      await expect.poll(() => rejects.locator("tbody tr").count()).toBe(1);
      const {bytes, text} = await download(page, rejects, "CSV");
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csvLines(text);
      expect(lines[0]).toBe("ファイル,開始行,終了行,種類,理由,元の文字列");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^defects-15col\.csv,5,5,constraint-error,/);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a search that matches nothing says so in Japanese, and the rows come back when it is cleared", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/quality.html`);
    try {
      const rejects = page.locator('[data-table="rejects"]');
      await rejects.locator("tbody tr").first().waitFor();
      await rejects.locator("input[type=search]").fill("該当しない文字列ZZZ");
      await rejects.locator("[data-empty-table]").waitFor();
      expect(await rejects.locator("[data-empty-table]").textContent()).toBe("該当する行はありません。");
      expect(await rejects.locator("table").count()).toBe(0);
      expect(await page.locator("#observablehq-main").textContent()).not.toContain("No results");
      await rejects.locator("input[type=search]").fill("");
      await rejects.locator("tbody tr").first().waitFor();
      expect(await rejects.locator("[data-empty-table]").count()).toBe(0);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
