// The 支援成果 page in real Chromium, over the browser-test warehouse with support outcomes
// (test/support/support-outcomes-fixture.ts): it renders at 1400 px with no console error, its figures are the
// fixture's hand counts, ?bureau= changes them, and the local build lists the companies. Then a publication build
// (CHIZAI_PUBLISH=1) of the same warehouse: no file of its dist/ (Parquet and archives decoded) holds a supported
// company's name or a rejected support row, while the same search finds them in the local build (so it could fail),
// and its page shows the suppressed aggregates without a console error.

import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {readOutcomeCompanies, readOutcomes} from "../../loaders/site/outcomes.js";
import {openSiteWarehouse} from "../../loaders/site/site-warehouse.js";
import {
  filedAfter, isLinked, SUPPORT_COMPANIES, SUPPORT_REJECTED_RAW, type SupportCompany
} from "../support/support-outcomes-fixture.js";
import {findNeedles, outputTexts, type OutputText} from "../support/site-output-text.js";
import {allProblems, buildSite, launchBrowser, openPage, serveStatic, type OpenedPage, type StaticServer} from "./harness.js";
import {TEST_TMP_DIR} from "./test-warehouse.js";

const siteUrl = inject("siteUrl");
const siteDist = inject("siteDist");
const VIEWPORT = {width: 1400, height: 900};

/** Every spelling of a supported company: none of them is an applicant name, so none may be in a published file. */
const COMPANY_SPELLINGS = [...new Set(SUPPORT_COMPANIES.flatMap((c) => c.spellings))];
/** The applicant entities the companies link to: public as applicants, but not in the support-derived datasets. */
const LINKED_ENTITIES = [...new Set(SUPPORT_COMPANIES.flatMap((c) => (c.entity ? [c.entity] : [])))];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, ready: string): Promise<OpenedPage> {
  const opened = await openPage(browser, url, {viewport: VIEWPORT});
  await opened.page.locator(ready).first().waitFor();
  return opened;
}

/** The big number of the card marked data-figure=`key`. */
function cardFigure(page: Page, key: string): Promise<string> {
  return page.locator(`[data-outcome-cards] [data-figure="${key}"] .big`).innerText();
}

/** The body rows of the Inputs.table inside the card marked data-table=`id`, as arrays of cell texts. */
function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.locator(`[data-table="${id}"] table tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].slice(1).map((cell) => cell.textContent?.trim() ?? ""))
  );
}

const madoguchi = (filter: (c: SupportCompany) => boolean = () => true) =>
  SUPPORT_COMPANIES.filter((c) => c.programId === "madoguchi" && filter(c));

/** Every reading of every file under `dir` (Parquet decoded, archives opened). */
async function publishedTexts(dir: string, only: (file: string) => boolean = () => true): Promise<OutputText[]> {
  const files = readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => only(relative(dir, file)));
  const texts: OutputText[] = [];
  for (const file of files) texts.push(...(await outputTexts(relative(dir, file), readFileSync(file))));
  return texts;
}

const isSupportDerived = (file: string) => /(^|\/)(outcomes|outcome-companies)\.[^/]*json$/.test(file);

describe("支援成果 (local build)", () => {
  test("renders at 1400 px with no console error, with the fixture's hand counts for the whole country", async () => {
    const {page, problems, close} = await open(`${siteUrl}/outcomes.html?program=madoguchi`, "[data-outcome-cards]");
    try {
      expect(await cardFigure(page, "companies")).toBe(String(madoguchi().length));
      expect(await cardFigure(page, "linked")).toBe(String(madoguchi(isLinked).length));
      expect(await cardFigure(page, "filedAfter")).toBe(String(madoguchi(filedAfter).length));
      await page.locator('[data-chart="event-study"] svg').first().waitFor();
      const byBureau = await tableRows(page, "outcomes-by-bureau");
      expect(byBureau.map((r) => [r[0], r[1]])).toEqual([
        ["関東経済産業局", String(madoguchi((c) => c.bureau === "関東").length)],
        ["近畿経済産業局", String(madoguchi((c) => c.bureau === "近畿").length)],
        ["九州経済産業局", String(madoguchi((c) => c.bureau === "九州").length)],
        ["合計", String(madoguchi().length)]
      ]);
      // The company table and the ambiguous link, for the bureau's own work.
      const companies = await tableRows(page, "outcome-companies");
      expect(companies.map((r) => r[0]).sort()).toEqual(madoguchi().map((c) => c.spellings[0]!).sort());
      expect((await tableRows(page, "outcome-ambiguous")).map((r) => r[0])).toEqual(["株式会社ヨツバ農機試験"]);
      expect(await page.locator("[data-publication]").isHidden()).toBe(true);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("?bureau=関東 shows the bureau's own figures and companies, and the address keeps it", async () => {
    const {page, problems, close} = await open(`${siteUrl}/outcomes.html?program=madoguchi&bureau=関東`, '[data-outcome-cards="関東"]');
    try {
      const kanto = madoguchi((c) => c.bureau === "関東");
      expect(kanto.length).not.toBe(madoguchi().length);
      expect(await cardFigure(page, "companies")).toBe(String(kanto.length));
      expect(await cardFigure(page, "filedAfter")).toBe(String(kanto.filter(filedAfter).length));
      expect(await page.locator('[data-table="outcomes-by-bureau"]').count()).toBe(0);
      const prefectures = await tableRows(page, "outcomes-by-prefecture");
      expect(prefectures.map((r) => r[0])).toEqual(["東京都", "神奈川県", "合計"]);
      const companies = await tableRows(page, "outcome-companies");
      expect(companies.map((r) => r[0]).sort()).toEqual(kanto.map((c) => c.spellings[0]!).sort());
      expect(decodeURIComponent(new URL(page.url()).search)).toContain("bureau=関東");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("with no support records it says how to load them, with no console error (never a blank page)", async () => {
    // What the loaders write when there is no warehouse: served in place of this build's datasets.
    const site = await openSiteWarehouse(join(TEST_TMP_DIR, "no-warehouse-here", "atlas.duckdb"));
    const empty = {
      outcomes: JSON.stringify(await readOutcomes(site, {publication: false})),
      companies: JSON.stringify(await readOutcomeCompanies(site, {publication: false}))
    };
    site.close();
    const {page, problems, close} = await open(`${siteUrl}/outcomes.html`, "[data-outcome-cards]");
    try {
      await page.route("**/_file/data/outcomes.*.json", (route) => route.fulfill({contentType: "application/json", body: empty.outcomes}));
      await page.route("**/_file/data/outcome-companies.*.json", (route) =>
        route.fulfill({contentType: "application/json", body: empty.companies})
      );
      await page.reload({waitUntil: "networkidle"});
      const notice = page.locator("[data-outcome-status]");
      await notice.waitFor();
      expect(await notice.getAttribute("data-outcome-status")).toBe("missing");
      expect(await notice.innerText()).toContain("data/inbox/");
      expect(await page.locator("[data-outcome-cards]").count()).toBe(0);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the local build's files do hold the company table (the publication search below can find it)", async () => {
    const texts = await publishedTexts(siteDist);
    expect(findNeedles(texts, COMPANY_SPELLINGS).length).toBeGreaterThan(0);
    expect(findNeedles(texts, SUPPORT_REJECTED_RAW).length).toBeGreaterThan(0);
  });
});

describe("支援成果 (publication build, CHIZAI_PUBLISH=1)", () => {
  let dist: string;
  let server: StaticServer;

  beforeAll(async () => {
    dist = join(TEST_TMP_DIR, "site-dist-publish");
    await buildSite({db: join(TEST_TMP_DIR, "site-warehouse.duckdb"), outDir: dist, env: {CHIZAI_PUBLISH: "1"}});
    server = await serveStatic(dist);
  }, 900_000);

  afterAll(async () => {
    await server?.close();
  });

  test("no file of dist/ holds a supported company's name or a rejected support row", async () => {
    const everything = await publishedTexts(dist);
    expect(everything.some((t) => t.where.endsWith(".parquet (decoded)"))).toBe(true);
    expect(findNeedles(everything, [...COMPANY_SPELLINGS, ...SUPPORT_REJECTED_RAW])).toEqual([]);
    // The applicants they link to are public applicant names, but not in the support-derived datasets.
    const supportDerived = await publishedTexts(dist, isSupportDerived);
    expect(supportDerived.length).toBeGreaterThan(0);
    expect(findNeedles(supportDerived, LINKED_ENTITIES)).toEqual([]);
  });

  test("the page shows suppressed aggregates and says the company table is withheld, with no console error", async () => {
    const {page, problems, close} = await open(`${server.url}/outcomes.html?program=madoguchi&bureau=近畿`, "[data-outcome-cards]");
    try {
      // 近畿 supported fewer than 3 companies in the program.
      expect(madoguchi((c) => c.bureau === "近畿").length).toBeLessThan(3);
      expect(await cardFigure(page, "companies")).toBe("<3");
      expect(await page.locator('[data-company-table="withheld"]').innerText()).toContain("公開用ビルドでは企業別の表を出しません");
      expect(await page.locator('[data-table="outcome-companies"]').count()).toBe(0);
      expect(await page.locator("[data-publication]").isVisible()).toBe(true);
      const text = await page.locator("main").innerText();
      for (const name of COMPANY_SPELLINGS) expect(text).not.toContain(name);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
