// The KPI pages' address, print / PDF and the context that downloads carry, in real Chromium over the browser-test
// warehouse: a copied link of 地域KPI and 事業KPI restores the same numbers and Back/Forward step through the choices;
// printing ランドスケープ and 地域KPI hides the controls and starts every chart on a page; a downloaded chart's name
// carries the collection and the years, and its SVG the title, reading, conditions and source, hostile text inert.

import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage} from "./harness.js";
import {afterRedraw, download, injectionEvidence, recordDialogs, waitForLandscape} from "./page-helpers.js";
import {HOSTILE_COLLECTION, SAMPLE_COLLECTION} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
// Stepping through a page's history and printing to PDF take long on a loaded 2-core machine.
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What a KPI page shows: its filters' choices and the numbers of its cards, charts and tables. */
async function kpiSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main")!;
    const choices = [...main.querySelectorAll(".kpi-filters select")].map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent);
    const radios = [...main.querySelectorAll(".kpi-filters input[type=radio]:checked")].map((r) => r.parentElement?.textContent);
    const cards = main.querySelector("[data-kpi-cards]")?.textContent;
    const tiles = [...main.querySelectorAll('[data-chart="tile-map"] [data-prefecture]')]
      .map((t) => `${t.getAttribute("data-prefecture")}=${t.getAttribute("data-value")}:${t.getAttribute("data-in-view")}`);
    const charts = [...main.querySelectorAll(".chart-card")].map((c) => `${c.querySelector("h2")?.textContent}|${c.getAttribute("data-prefecture") ?? ""}|${c.querySelector("svg")?.textContent ?? ""}`);
    const tables = [...main.querySelectorAll("[data-table] tbody")].map((t) => t.textContent);
    return JSON.stringify({choices, radios, cards, tiles, charts, tables});
  });
}

/** Waits until the page stops redrawing (two equal snapshots in a row) and returns what it shows. */
async function settled(page: Page): Promise<string> {
  let previous = "";
  for (let i = 0; i < 60; ++i) {
    await page.waitForTimeout(200);
    const current = await kpiSnapshot(page);
    if (current === previous) return current;
    previous = current;
  }
  throw new Error("the page kept redrawing");
}

/** Makes a choice and waits until the address and the page follow it. */
async function choose(page: Page, action: () => Promise<unknown>): Promise<{url: string; shown: string}> {
  const before = page.url();
  await action();
  await expect.poll(() => page.url()).not.toBe(before);
  return {url: page.url(), shown: await settled(page)};
}

const select = (page: Page, label: string) => page.locator(".kpi-filters").getByLabel(label, {exact: true});

describe("the KPI pages' address is their view", () => {
  test("地域KPI: a copied link gives the same numbers; Back and Forward step through the choices", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/region.html`);
    try {
      await page.locator('[data-chart="tile-map"] svg').first().waitFor();
      const steps = [{url: page.url(), shown: await settled(page)}];
      // The first visit writes the whole view into the address without adding a history entry.
      const first = new URL(steps[0]!.url).searchParams;
      for (const name of ["fy", "program", "metric", "months", "view", "pref", "order"]) expect(first.has(name), name).toBe(true);
      steps.push(await choose(page, () => select(page, "年度").selectOption({index: 1})));
      steps.push(await choose(page, () => page.locator(".kpi-filters label", {hasText: "実績"}).first().click()));
      steps.push(await choose(page, () => select(page, "経済産業局").selectOption({label: "関東経済産業局"})));
      steps.push(await choose(page, () => select(page, "〜").selectOption({label: "9月"})));
      steps.push(await choose(page, () => page.locator('[data-chart="tile-map"] [data-prefecture="13"]').click()));
      const last = new URL(steps.at(-1)!.url).searchParams;
      expect(Object.fromEntries(["view", "bureau", "months", "pref"].map((n) => [n, last.get(n)]))).toEqual({
        view: "actual", bureau: "関東", months: "4-9", pref: "13"
      });
      expect(last.get("fy")).not.toBe(first.get("fy"));
      // Every step changed what the page shows.
      expect(new Set(steps.map((s) => s.shown)).size).toBe(steps.length);
      // The share link is the whole view.
      expect(new URL((await page.locator("[data-share-link]").getAttribute("href"))!).search).toBe(new URL(steps.at(-1)!.url).search);

      const copy = await openPage(browser, steps.at(-1)!.url);
      try {
        await copy.page.locator('[data-chart="tile-map"] svg').first().waitFor();
        expect(await settled(copy.page)).toBe(steps.at(-1)!.shown);
        expect(copy.page.url()).toBe(steps.at(-1)!.url);
        expect(allProblems(copy.problems)).toEqual([]);
      } finally {
        await copy.close();
      }

      for (let i = steps.length - 2; i >= 0; --i) {
        await page.goBack();
        expect(page.url()).toBe(steps[i]!.url);
        expect(await settled(page), `Back to step ${i}`).toBe(steps[i]!.shown);
      }
      await page.goForward();
      expect(page.url()).toBe(steps[1]!.url);
      expect(await settled(page)).toBe(steps[1]!.shown);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  test("事業KPI: a copied link gives the same numbers; Back undoes a choice", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/programs.html?program=madoguchi`);
    try {
      await page.locator('[data-chart="cumulative"] svg').first().waitFor();
      const start = {url: page.url(), shown: await settled(page)};
      const metric = await choose(page, () => select(page, "指標").selectOption({index: 1}));
      const months = await choose(page, () => select(page, "〜").selectOption({label: "6月"}));
      const ranking = await choose(page, () => page.locator(".kpi-filters label", {hasText: "前年同期比"}).first().click());
      const params = new URL(ranking.url).searchParams;
      expect(params.get("program")).toBe("madoguchi");
      expect(params.get("months")).toBe("4-6");
      expect(params.get("view")).toBe("yoy");
      expect(new Set([start.shown, metric.shown, months.shown, ranking.shown]).size).toBe(4);

      const copy = await openPage(browser, ranking.url);
      try {
        await copy.page.locator('[data-chart="cumulative"] svg').first().waitFor();
        expect(await settled(copy.page)).toBe(ranking.shown);
        expect(allProblems(copy.problems)).toEqual([]);
      } finally {
        await copy.close();
      }
      await page.goBack();
      expect(await settled(page)).toBe(months.shown);
      await page.goBack();
      await page.goBack();
      expect(page.url()).toBe(start.url);
      expect(await settled(page)).toBe(start.shown);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  test("values the page cannot use are named in a notice, as text, and the defaults shown", async () => {
    const url = `${siteUrl}/programs.html?program=madoguchi&fy=1999&metric=${encodeURIComponent(HOSTILE_NAME)}&months=13-2`;
    const {page, problems, close} = await openPage(browser, url);
    try {
      await page.locator('[data-chart="cumulative"] svg').first().waitFor();
      const notice = page.locator("[data-address-notice]");
      const text = await notice.textContent();
      expect(text).toContain("年度「1999」は見つからないため");
      expect(text).toContain(`指標「${HOSTILE_NAME}」は見つからないため`);
      expect(text).toContain("期間「13-2」");
      expect(await injectionEvidence(page)).toEqual({images: 0, pwned: undefined, scriptLinks: 0});
      // The address now says what is shown.
      await expect.poll(() => new URL(page.url()).searchParams.get("fy")).toMatch(/^\d{4}$/);
      expect(new URL(page.url()).searchParams.get("fy")).not.toBe("1999");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** Visible elements matching `selector` (checkVisibility: hidden by themselves or by an ancestor). */
function visibleCount(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((elements) => elements.filter((e) => e.checkVisibility()).length);
}

describe("print / PDF", () => {
  test.each([
    ["/landscape.html", '[data-chart="trend"] svg', ".landscape-filters"],
    ["/region.html", '[data-chart="tile-map"] svg', ".kpi-filters"]
  ])("%s prints one chart per page, without controls", async (path, ready, filters) => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}${path}`);
    try {
      await page.locator(ready).first().waitFor();
      if (path === "/landscape.html") await waitForLandscape(page);
      // On screen: the controls are there, the conditions line is not.
      expect(await visibleCount(page, filters)).toBeGreaterThan(0);
      expect(await visibleCount(page, ".chart-card-context")).toBe(0);
      await page.emulateMedia({media: "print"});
      for (const hidden of ["#observablehq-sidebar", filters, "#observablehq-main button", "#observablehq-main form", ".print-bar", '[data-table="documents"]']) {
        expect(await visibleCount(page, hidden), hidden).toBe(0);
      }
      const cards = page.locator(".chart-card");
      const count = await cards.count();
      expect(count).toBeGreaterThan(3);
      expect(await cards.evaluateAll((es) => es.map((e) => getComputedStyle(e).breakBefore))).toEqual(new Array(count).fill("page"));
      // Each chart page carries its conditions and source.
      expect(await visibleCount(page, ".chart-card .chart-card-context")).toBe(count);
      const conditions = await page.locator(".chart-card .chart-card-context").first().textContent();
      expect(conditions).toMatch(path === "/landscape.html" ? /コレクション：.*出典：J-PlatPat（INPIT）/ : /年度：.*出典：取り込んだ KPI ファイル/);
      const pdf = await page.pdf({format: "A4", landscape: true, preferCSSPageSize: true});
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(count);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  test("「印刷用に表示」 shows the print layout on screen; 戻る and the document-list box work", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/landscape.html`);
    try {
      await waitForLandscape(page);
      await page.getByRole("button", {name: "印刷用に表示"}).click();
      expect(await visibleCount(page, ".landscape-filters")).toBe(0);
      expect(await visibleCount(page, ".chart-card .chart-card-toolbar")).toBe(0);
      expect(await visibleCount(page, ".chart-card-context")).toBeGreaterThan(3);
      const bar = page.locator(".print-preview-bar");
      expect(await bar.getByRole("button").allTextContents()).toEqual(["印刷", "戻る"]);
      await bar.getByLabel("文献一覧も印刷").check();
      expect(await page.evaluate(() => document.body.classList.contains("print-documents"))).toBe(true);
      await bar.getByRole("button", {name: "戻る"}).click();
      expect(await page.locator(".print-preview-bar").count()).toBe(0);
      expect(await visibleCount(page, ".landscape-filters")).toBe(1);
      expect(await visibleCount(page, ".chart-card-context")).toBe(0);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** The caption under an exported chart, its wrapped lines joined (as the XML has it: entities kept). */
function captionText(svg: string): string {
  const caption = svg.match(/<g class="chart-caption"[\s\S]*?<\/g>/)?.[0] ?? "";
  return [...caption.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
}

describe("downloads carry their context", () => {
  test("ランドスケープ: the collection and the years in the names, the conditions and source in the images", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/landscape.html`);
    try {
      await waitForLandscape(page);
      const checkboxes = page.locator('[data-filter="collections"] input[type=checkbox]');
      for (let i = 0; i < (await checkboxes.count()); ++i) {
        const box = checkboxes.nth(i);
        const wanted = (await box.evaluate((input) => input.parentElement!.textContent!)).startsWith(SAMPLE_COLLECTION);
        if ((await box.isChecked()) !== wanted) await afterRedraw(page, () => box.click());
      }
      await afterRedraw(page, () => page.locator('[data-filter="year-from"] select').selectOption({label: "2010年"}));
      await afterRedraw(page, () => page.locator('[data-filter="year-to"] select').selectOption({label: "2020年"}));
      const trend = page.locator('[data-chart="trend"]');
      const png = await download(page, trend, "PNG");
      expect(png.name).toBe(`${SAMPLE_COLLECTION}_出願件数推移_出願年_2010-2020.png`);
      expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
      // The caption makes the image taller than the chart on the page (PNG at 2×; IHDR height at byte 20).
      const chartHeight = await trend.locator(".chart-card-chart").evaluate((e) => e.getBoundingClientRect().height);
      expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(Math.ceil(chartHeight * 2) + 60);
      const svg = await download(page, trend, "SVG");
      expect(svg.name).toBe(`${SAMPLE_COLLECTION}_出願件数推移_出願年_2010-2020.svg`);
      const lines = captionText(svg.text);
      expect(lines).toContain("出願件数推移");
      expect(lines).toContain(await trend.locator(".reading").textContent());
      expect(lines).toContain(`コレクション：${SAMPLE_COLLECTION}　期間：2010–2020年（出願日・暦年）　出願人名：名寄せ後`);
      expect(lines).toContain("出典：J-PlatPat（INPIT）");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("a hostile applicant filter stays text in the SVG and harmless in the file name", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/landscape.html`);
    try {
      const dialogs = recordDialogs(page);
      await waitForLandscape(page);
      const checkboxes = page.locator('[data-filter="collections"] input[type=checkbox]');
      for (let i = 0; i < (await checkboxes.count()); ++i) {
        const box = checkboxes.nth(i);
        const wanted = (await box.evaluate((input) => input.parentElement!.textContent!)).startsWith(HOSTILE_COLLECTION);
        if ((await box.isChecked()) !== wanted) await afterRedraw(page, () => box.click());
      }
      await afterRedraw(page, () => page.locator('[data-filter="applicant"] input').fill(HOSTILE_NAME));
      const svg = await download(page, page.locator('[data-chart="ranking"]'), "SVG");
      expect(svg.name).not.toMatch(/[<>:"/\\|?*]/);
      expect(svg.name).toMatch(/^hostile-text_出願人ランキング_名寄せ後_出願年_\d{4}-\d{4}__img src=x onerror=alert\(1\)_\.svg$/);
      expect(svg.text).not.toContain("<img");
      expect(captionText(svg.text)).toContain("出願人：&lt;img src=x onerror=alert(1)&gt;");
      expect(dialogs).toEqual([]);
      expect(await injectionEvidence(page)).toEqual({images: 0, pwned: undefined, scriptLinks: 0});
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("地域KPI: the 年度 and the month range in the names, the conditions and the KPI files in the image", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}/region.html?fy=2023&months=4-9&view=actual`);
    try {
      const map = page.locator('[data-chart="tile-map"]');
      await map.locator("svg").first().waitFor();
      const csv = await download(page, map, "CSV");
      expect(csv.name).toMatch(/^地域KPI_地図_.+_実績_2023年度_4-9月\.csv$/);
      const svg = await download(page, map, "SVG");
      expect(svg.name).toBe(csv.name.replace(/\.csv$/, ".svg"));
      expect(captionText(svg.text)).toContain("年度：2023年度（令和5年度）　期間：4月〜9月");
      expect(captionText(svg.text)).toContain("出典：取り込んだ KPI ファイル（");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
