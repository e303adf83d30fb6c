// The KPI pages (地域KPI, 事業KPI, アクションプラン) in real Chromium, built from the browser-test warehouse (the
// fictional KPI sample, marked as sample): they render offline in light and dark mode, the map has its 47 tiles,
// ?bureau= opens a bureau's view with exactly its prefectures, a tile click moves the monthly trend, downloads are
// Excel-ready, the action plan lists its measures with agencies and linked KPIs, and a 年度 with four prefectures
// and no targets says 目標未登録 and how many reported instead of blank figures. One browser for the file.

import {readFile} from "node:fs/promises";
import type {Browser, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage, type OpenedPage} from "./harness.js";
import {PARTIAL_KPI_PREFECTURES, PARTIAL_KPI_YEAR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");

const KANTO = ["茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "山梨県", "長野県", "静岡県"];
const CHUBU = ["富山県", "石川県", "岐阜県", "愛知県", "三重県"];

const MAP_TILES = '[data-chart="tile-map"] [data-prefecture]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and waits until `ready` (a selector) is on it, since Framework renders cells asynchronously. */
async function open(path: string, ready: string, colorScheme: "light" | "dark" = "light"): Promise<OpenedPage> {
  const opened = await openPage(browser, `${siteUrl}${path}`, {colorScheme});
  await opened.page.locator(ready).first().waitFor();
  return opened;
}

async function attributeValues(locator: Locator, name: string): Promise<string[]> {
  return locator.evaluateAll((elements, attribute) => elements.map((e) => e.getAttribute(attribute) ?? ""), name);
}

/** The body rows of an Inputs.table inside the card marked data-table=`id`, as arrays of cell texts. */
async function tableRows(page: Page, id: string): Promise<string[][]> {
  // Inputs.table's first cell is the row selector, empty with `select: false`.
  return page.locator(`[data-table="${id}"] table tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].slice(1).map((cell) => cell.textContent?.trim() ?? ""))
  );
}

/** The program chosen in the 事業KPI filter. */
function selectedProgram(page: Page): Promise<string | null | undefined> {
  return page.getByLabel("事業", {exact: true}).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
}

async function downloadFrom(page: Page, card: Locator, label: string): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    card.locator(".chart-card-toolbar button", {hasText: label}).click()
  ]);
  return {name: file.suggestedFilename(), bytes: await readFile(await file.path())};
}

describe.each(["light", "dark"] as const)("KPI pages render offline (%s mode)", (colorScheme) => {
  test.each([
    ["/region.html", '[data-chart="tile-map"] svg', "地域KPI"],
    ["/programs.html", '[data-chart="cumulative"] svg', "事業KPI"],
    ["/action-plan.html", "[data-measure]", "アクションプラン"]
  ])("%s", async (path, ready, title) => {
    const {page, problems, close} = await open(path, ready, colorScheme);
    try {
      expect(await page.title()).toBe(`${title} | chizai-atlas`);
      const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(dark).toBe(colorScheme === "dark");
      // The browser-test warehouse holds the fictional sample: the banner says so.
      await expect.poll(() => page.locator(".sample-banner:not([hidden])").count()).toBe(1);
      // Every chart card has its reading line and its three downloads.
      const cards = page.locator(".chart-card");
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        expect((await card.locator(".reading").textContent())?.length).toBeGreaterThan(10);
        expect(await card.locator(".chart-card-toolbar button").allTextContents()).toEqual(["SVG", "PNG", "CSV"]);
      }
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("地域KPI", () => {
  test("draws the 47 prefectures as tiles, all in view, with bureau outlines", async () => {
    const {page, problems, close} = await open("/region.html", MAP_TILES);
    try {
      const tiles = page.locator(MAP_TILES);
      expect(await tiles.count()).toBe(47);
      expect(new Set(await attributeValues(tiles, "data-prefecture")).size).toBe(47);
      expect(await attributeValues(tiles, "data-in-view")).toEqual(new Array(47).fill("true"));
      // The 2024 sample has a figure for every prefecture.
      expect((await attributeValues(tiles, "data-value")).every((v) => Number(v) > 0)).toBe(true);
      // The bureau outlines: one segment per tile edge on a block's border.
      expect(await page.locator('[data-chart="tile-map"] g[aria-label="link"] path').count()).toBeGreaterThan(40);
      // The nation view lists all 47 prefectures and the bureau table starts with 全国.
      expect((await tableRows(page, "bureaus"))[0]![0]).toBe("全国");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each([
    ["関東", "関東経済産業局", KANTO],
    ["中部", "中部経済産業局", CHUBU],
    ["関東経済産業局", "関東経済産業局", KANTO]
  ])("?bureau=%s shows exactly its prefectures", async (param, bureauName, expected) => {
    const {page, problems, close} = await open(`/region.html?bureau=${encodeURIComponent(param)}`, MAP_TILES);
    try {
      const inView = page.locator(`${MAP_TILES}[data-in-view="true"]`);
      expect((await attributeValues(inView, "data-name")).sort()).toEqual([...expected].sort());
      expect(await page.locator(MAP_TILES).count()).toBe(47);
      // Its prefectures are the ones listed, its own summary comes first.
      const listed = (await tableRows(page, "prefectures")).map((row) => row[1]);
      expect(listed.sort()).toEqual([...expected].sort());
      expect((await tableRows(page, "bureaus"))[0]![0]).toBe(bureauName);
      expect(await page.locator('[data-kpi-cards="region"]').textContent()).toContain(`実績（${bureauName}）`);
      // A link shares the view, and the address bar says the same.
      const share = page.locator("[data-share-link]");
      expect(await share.getAttribute("href")).toContain(`bureau=${encodeURIComponent(bureauName.replace("経済産業局", ""))}`);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("an unknown ?bureau= says so, as text, and shows the whole country", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const {page, problems, close} = await open(`/region.html?bureau=${encodeURIComponent(hostile)}`, MAP_TILES);
    try {
      const notice = page.locator('[data-bureau-notice="unknown"]');
      expect(await notice.textContent()).toContain(`「${hostile}」という経済産業局は見つかりません`);
      expect(await page.locator("#observablehq-main img").count()).toBe(0);
      expect(await page.locator(`${MAP_TILES}[data-in-view="true"]`).count()).toBe(47);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("clicking a tile or choosing in the select moves the monthly trend", async () => {
    const {page, problems, close} = await open("/region.html?bureau=関東", '[data-chart="prefecture-trend"] svg');
    try {
      const trend = page.locator('[data-chart="prefecture-trend"]');
      // The bureau's first prefecture by default.
      expect(await trend.getAttribute("data-prefecture")).toBe("08");
      const before = await trend.locator("svg").last().innerHTML();
      await page.locator(`${MAP_TILES}[data-prefecture="20"]`).click();
      await expect.poll(() => page.locator('[data-chart="prefecture-trend"]').getAttribute("data-prefecture")).toBe("20");
      const after = page.locator('[data-chart="prefecture-trend"]');
      expect(await after.locator("h2").textContent()).toContain("長野県の月別実績");
      expect(await after.locator("svg").last().innerHTML()).not.toBe(before);
      expect(await page.locator(`${MAP_TILES}[data-selected="true"]`).getAttribute("data-prefecture")).toBe("20");
      // The keyboard works too: Enter on a focused tile.
      await page.locator(`${MAP_TILES}[data-prefecture="22"]`).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator('[data-chart="prefecture-trend"]').getAttribute("data-prefecture")).toBe("22");
      // And the select, for prefectures outside the bureau as well.
      await page.getByLabel("月別推移を見る都道府県").selectOption({label: "福岡県（九州）"});
      await expect.poll(() => page.locator('[data-chart="prefecture-trend"]').getAttribute("data-prefecture")).toBe("40");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("downloads the bureau summary as Excel-ready CSV with Japanese columns", async () => {
    const {page, close} = await open("/region.html?bureau=関東", '[data-table="bureaus"] table');
    try {
      const {name, bytes} = await downloadFrom(page, page.locator('[data-table="bureaus"]'), "CSV");
      expect(name).toMatch(/^地域KPI_経済産業局別_相談件数_\d{4}年度_\d{1,2}-\d{1,2}月\.csv$/);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString("utf8").slice(1).split("\r\n");
      expect(lines[0]).toBe(
        "地域,都道府県数,報告県数,実績（件）,目標・期間（件）,達成率（%）,年間目標（件）,進捗率（%）," +
          "前年同期比較・今年度（件）,前年同期比較・前年度（件）,前年同期比（%）,前年同期比較の県数,備考"
      );
      expect(lines[1]).toMatch(/^関東経済産業局,11,11,\d+,\d+,\d+(\.\d)?,/);
      expect(lines[2]).toMatch(/^全国,47,47,/);
      expect(lines).toHaveLength(12);
    } finally {
      await close();
    }
  });

  test("downloads the map as SVG with the tiles' labels", async () => {
    const {page, close} = await open("/region.html", MAP_TILES);
    try {
      const {name, bytes} = await downloadFrom(page, page.locator('[data-chart="tile-map"]'), "SVG");
      expect(name).toMatch(/^地域KPI_地図_相談件数_達成率_\d{4}年度_\d{1,2}-\d{1,2}月\.svg$/);
      const svg = bytes.toString("utf8");
      for (const label of ["北海道", "東京", "沖縄", "達成率（%）"]) expect(svg).toContain(label);
      expect(svg).not.toMatch(/var\(--/);
    } finally {
      await close();
    }
  });
});

describe("a 年度 in which four prefectures reported and no target is registered", () => {
  const partial = `47都道府県中${PARTIAL_KPI_PREFECTURES.length}`;

  async function chooseYear(page: Page, fiscalYear: number): Promise<void> {
    const select = page.getByLabel("年度", {exact: true});
    const label = await select.evaluate(
      (s: HTMLSelectElement, year) => [...s.options].find((o) => o.textContent!.startsWith(`${year}年度`))!.textContent!,
      fiscalYear
    );
    await select.selectOption({label});
  }

  const card = (page: Page, cards: string, figure: string) => page.locator(`[data-kpi-cards="${cards}"] [data-figure="${figure}"]`);

  test("地域KPI: cards, tiles and the bureau table say 目標未登録 and how many reported", async () => {
    const {page, problems, close} = await open("/region", MAP_TILES);
    try {
      await chooseYear(page, PARTIAL_KPI_YEAR);
      await expect.poll(() => card(page, "region", "actual").textContent()).toContain(`${partial}が報告`);
      expect(await card(page, "region", "target").locator(".big").textContent()).toBe("目標未登録");
      expect(await card(page, "region", "rate").locator(".big").textContent()).toBe("目標未登録");
      // The map has no 達成率 to colour: it says why, and the tiles of the prefectures that reported say 目標未登録.
      const map = page.locator('[data-chart="tile-map"]');
      expect(await map.getAttribute("data-no-target")).toBe("true");
      expect(await map.locator(".reading").textContent()).toContain("目標未登録");
      const labelled = await page.locator(`${MAP_TILES}[aria-label*="達成率 目標未登録"]`).evaluateAll((tiles) =>
        tiles.map((t) => t.getAttribute("data-name"))
      );
      expect(labelled.sort()).toEqual([...PARTIAL_KPI_PREFECTURES].sort());
      expect(await map.locator("svg text", {hasText: "目標未登録"}).count()).toBe(PARTIAL_KPI_PREFECTURES.length);
      // The bureau table: the nation from 4 of 47, its 備考 目標未登録.
      const [nation] = await tableRows(page, "bureaus");
      expect(nation![0]).toBe("全国");
      expect(nation![1]).toBe(`${PARTIAL_KPI_PREFECTURES.length}/47`);
      expect(nation!.at(-1)).toBe("目標未登録");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("地域KPI: the next 年度's national 前年同期比 names the four prefectures it compares", async () => {
    const {page, problems, close} = await open("/region", MAP_TILES);
    try {
      await chooseYear(page, PARTIAL_KPI_YEAR + 1);
      const yoy = card(page, "region", "yoy");
      await expect.poll(() => yoy.textContent()).toContain(`${partial}（両年度の同じ月に報告した県）を比較`);
      expect(await yoy.locator(".big").textContent()).toMatch(/^[+▲]?\d+\.\d%$/);
      // The sample's 2022 has every prefecture: its 実績 says so, and the 達成率 is a number.
      expect(await card(page, "region", "actual").textContent()).toContain("全47都道府県が報告");
      expect(await card(page, "region", "rate").locator(".big").textContent()).toMatch(/^\d+\.\d%$/);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("事業KPI: the cards and the bureau 達成率 chart say 目標未登録", async () => {
    const {page, problems, close} = await open("/programs?program=madoguchi", '[data-chart="cumulative"] svg');
    try {
      await chooseYear(page, PARTIAL_KPI_YEAR);
      await expect.poll(() => card(page, "program", "actual").textContent()).toContain(`${partial}が報告`);
      expect(await card(page, "program", "rate").locator(".big").textContent()).toBe("目標未登録");
      const rateCard = page.locator('[data-chart="bureau-rate"]');
      expect(await rateCard.getAttribute("data-no-target")).toBe("true");
      expect(await rateCard.locator(".reading").textContent()).toContain("目標未登録");
      expect((await tableRows(page, "metrics"))[0]!.at(-1)).toBe("目標未登録");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("事業KPI", () => {
  test("?program= and ?bureau= open a program in a bureau's view", async () => {
    const {page, problems, close} = await open("/programs.html?program=seminar&bureau=中部", '[data-chart="ranking"] svg');
    try {
      expect(await selectedProgram(page)).toBe("研修・セミナー");
      expect(await page.locator('[data-kpi-cards="program"]').textContent()).toContain("実績（中部経済産業局）");
      for (const chart of ["cumulative", "bureau-rate", "bureau-yoy", "ranking"]) {
        expect(await page.locator(`[data-chart="${chart}"] svg`).count()).toBeGreaterThan(0);
      }
      // The bureau chart marks the bureau in view; the metrics table has the program's three metrics.
      expect(await page.locator('[data-chart="bureau-rate"]').textContent()).toContain("▶ 中部経済産業局");
      expect((await tableRows(page, "metrics")).map((row) => row[0])).toEqual([
        "開催回数（回）", "参加者数（人）", "受講者満足度（%）"
      ]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the cumulative chart's CSV has the months from April", async () => {
    const {page, close} = await open("/programs.html?program=madoguchi", '[data-chart="cumulative"] svg');
    try {
      const {bytes} = await downloadFrom(page, page.locator('[data-chart="cumulative"]'), "CSV");
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString("utf8").slice(1).split("\r\n");
      expect(lines[0]).toBe(
        "月,実績（件）,累計実績（件）,目標・月割りの累計（件）,前年度（件）,前年度の累計（件）,年間目標（件）"
      );
      expect(lines.slice(1, 13).map((line) => line.split(",")[0])).toEqual([
        "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"
      ]);
    } finally {
      await close();
    }
  });
});

describe("アクションプラン", () => {
  test("lists the measures with their agencies, timing and linked KPIs", async () => {
    const {page, problems, close} = await open("/action-plan.html", "[data-measure]");
    try {
      const measures = page.locator("[data-measure]");
      expect(await measures.count()).toBe(55);
      expect(new Set(await attributeValues(measures, "data-agency"))).toEqual(new Set(["sangi", "chusho", "jpo"]));
      // The colour is never the only signal: the agency is written on every measure and in the legend.
      const sangi = page.locator('[data-measure][data-agency="sangi"]').first();
      expect(await sangi.textContent()).toContain("産業技術環境局 連携");
      expect(await page.locator('[data-measure="II-4-a"]').textContent()).toContain("中小企業庁 連携");
      expect(await page.locator(".agency-legend").textContent()).toContain("背景黄色：産業技術環境局との連携策");
      expect(await page.locator('[data-measure="I-3-b"] .measure-timing').textContent()).toBe("時期：実施済");
      // Linked KPIs with figures and a link to the program page.
      const linked = page.locator('[data-measure="II-4-a"] .measure-kpi[data-program="madoguchi"]');
      expect(await linked.textContent()).toMatch(/相談件数：\d{4}年度.*実績 [\d,]+件 ／ 目標 [\d,]+件/);
      expect(await linked.locator("a").getAttribute("href")).toBe("./programs.html?program=madoguchi");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("filters to new measures, and a KPI link opens its program", async () => {
    const {page, problems, close} = await open("/action-plan.html", "[data-measure]");
    try {
      await page.getByLabel("新規の施策のみ").check();
      await expect.poll(() => page.locator("[data-measure]").count()).toBeLessThan(55);
      expect(await page.locator(".measure-new").count()).toBe(await page.locator("[data-measure]").count());
      await page.locator('.measure-kpi[data-program="kaihatsuko"] a').first().click();
      await page.locator('[data-chart="cumulative"] svg').first().waitFor();
      expect(new URL(page.url()).pathname).toBe("/programs.html");
      expect(await selectedProgram(page)).toBe("知財力開発校");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
