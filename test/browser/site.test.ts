// The built site as an intranet user gets it: pages load in light and dark mode, fully offline, in Japanese.

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {findNeedles, outputTexts} from "../support/site-output-text.js";
import {allProblems, launchBrowser, openPage, projectRoot} from "./harness.js";
import {TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
const siteDist = inject("siteDist");

/** Hosts the built site must never reference: each one means a request to the internet. */
const ONLINE_HOSTS = ["cdn.jsdelivr.net", "fonts.googleapis.com", "fonts.gstatic.com", "extensions.duckdb.org"];

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

describe("built dist", () => {
  test("references no CDN or web-font host", () => {
    const offenders: string[] = [];
    for (const file of filesUnder(siteDist)) {
      if (file.endsWith(".wasm")) continue;
      const content = readFileSync(file, "latin1");
      for (const host of ONLINE_HOSTS) {
        if (content.includes(host)) offenders.push(`${relative(siteDist, file)}: ${host}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("says nothing about the machine that built it: no file holds the project's or the warehouse's folder", async () => {
    // The warehouse and every input of the test build lie under these folders. Parquet is searched decoded too.
    const texts = [];
    for (const file of filesUnder(siteDist)) texts.push(...(await outputTexts(relative(siteDist, file), readFileSync(file))));
    expect(texts.some((t) => t.where.endsWith(".parquet (decoded)"))).toBe(true);
    expect(findNeedles(texts, [projectRoot, TEST_TMP_DIR])).toEqual([]);
  });

  test("has no npm: imports bundled (dist/_npm empty or absent)", () => {
    const npmDir = join(siteDist, "_npm");
    expect(existsSync(npmDir) ? readdirSync(npmDir) : []).toEqual([]);
  });
});

describe("missing pages", () => {
  test("answer 404 with the Japanese not-found page", async () => {
    const response = await fetch(`${siteUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("ページが見つかりません");
  });
});

describe.each(["light", "dark"] as const)("概要 (%s mode)", (colorScheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("loads offline without errors, in Japanese", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/`, {colorScheme});
    try {
      await page.locator("#observablehq-main h1").waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("ja");
      expect(await page.title()).toBe("概要 | chizai-atlas");
      expect(await page.locator("#observablehq-main h1").textContent()).toContain("知財アトラス");
      expect(await page.locator("#observablehq-main").textContent()).toContain("特許情報");
      // The sentence about the fictional sample shows because the data include it (hidden on real data).
      await expect.poll(() => page.locator("#observablehq-footer #sample-footnote").isVisible()).toBe(true);
      expect(await page.locator("#sample-footnote").textContent()).toContain("架空");
      const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(dark).toBe(colorScheme === "dark");
      const headings = page.locator("#observablehq-main :is(h1, h2, h3)");
      const headingIds = await headings.evaluateAll((hs) => hs.map((h) => h.id));
      expect(headingIds.every(Boolean)).toBe(true);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
