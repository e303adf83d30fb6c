// The built site on a web server with no rewrite rules (the harness serves dist/ that way): every page opens, and
// every link on it — the sidebar, the Markdown links and the links pages build in JavaScript (the ranking's
// applicants, the action plan's programs) — answers 200 with a real page, never the 404 page. Addresses without
// .html (the README's `/region?bureau=関東`, old bookmarks of `/applicant?name=…`) reach their page, query intact.

import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {SITE_PAGES} from "../../src/components/site-pages.js";
import {allProblems, launchBrowser, openPage} from "./harness.js";
import {waitForLandscape} from "./page-helpers.js";

const siteUrl = inject("siteUrl");
const siteDist = inject("siteDist");

interface PageCheck {
  /** Waits for what the page shows once its JavaScript has built its links. */
  ready(page: Page): Promise<unknown>;
  /** Links the page builds in JavaScript: at least one must be found, so the check cannot pass on the sidebar alone. */
  builtLink?: {page: string; param: string};
}

const CHECKS: Record<string, PageCheck> = {
  "/index.html": {ready: (page) => page.locator('[data-chart="sparkline"] svg').waitFor()},
  "/landscape.html": {ready: (page) => waitForLandscape(page), builtLink: {page: "/applicant.html", param: "applicant"}},
  "/applicant.html": {
    ready: (page) => page.locator('[data-chart="partners"] svg a').first().waitFor(),
    builtLink: {page: "/applicant.html", param: "applicant"}
  },
  "/region.html": {ready: (page) => page.locator('[data-chart="tile-map"] svg').first().waitFor()},
  "/programs.html": {ready: (page) => page.locator('[data-chart="cumulative"] svg').first().waitFor()},
  "/compare.html": {ready: (page) => page.locator('[data-chart="compare-trend"] .compare-panel').first().waitFor()},
  "/outcomes.html": {ready: (page) => page.locator('[data-chart="event-study"] svg').first().waitFor()},
  "/action-plan.html": {
    ready: (page) => page.locator(".measure-kpi a").first().waitFor(),
    builtLink: {page: "/programs.html", param: "program"}
  },
  "/quality.html": {ready: (page) => page.locator("#observablehq-main table").first().waitFor()},
  "/system-check.html": {ready: (page) => page.locator("#observablehq-main h1").waitFor()},
  "/404.html": {ready: (page) => page.locator("#observablehq-main h1").waitFor()}
};

/** The built pages: 概要, every page of the sidebar, and the not-found page (it has the sidebar too). */
const PAGES = ["/index.html", ...SITE_PAGES.map((page) => `${page.path}.html`), "/404.html"];

/** Same-origin links on the page (HTML and SVG anchors), absolute; blob: downloads and other sites are left out. */
function sameOriginLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("a")]
      .map((a) => a.getAttribute("href") ?? a.getAttributeNS("http://www.w3.org/1999/xlink", "href"))
      .filter((href): href is string => href !== null)
      .map((href) => new URL(href, document.baseURI))
      .filter((url) => url.origin === location.origin && (url.protocol === "http:" || url.protocol === "https:"))
      .map((url) => url.href)
  );
}

/** The links among `addresses` that do not answer 200 with a built page of the site (the 404 page is not one). */
async function brokenLinks(addresses: readonly string[]): Promise<string[]> {
  const notFound = readFileSync(join(siteDist, "404.html"), "utf8");
  const broken: string[] = [];
  for (const address of addresses) {
    // fetch follows redirects as a browser would.
    const response = await fetch(address);
    const body = await response.text();
    const landed = new URL(response.url).pathname;
    const builtPage = landed === "/" || (landed !== "/404.html" && PAGES.includes(landed));
    if (response.status !== 200 || body === notFound || !builtPage || !body.includes("| chizai-atlas</title>")) {
      broken.push(`${decodeURI(address)}: ${response.status} at ${landed}`);
    }
  }
  return broken;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("the list of pages checked is every built page", () => {
  expect(PAGES.filter((path) => !CHECKS[path])).toEqual([]);
  expect(readdirSync(siteDist).filter((name) => name.endsWith(".html")).map((name) => `/${name}`).sort()).toEqual(
    [...PAGES].sort()
  );
});

describe("on a plain static server, every link of every page answers 200 with a real page", () => {
  test.each(PAGES)("%s", async (path) => {
    const check = CHECKS[path]!;
    const {page, problems, close} = await openPage(browser, `${siteUrl}${path}`, {viewport: {width: 1400, height: 900}});
    try {
      await check.ready(page);
      const links = [...new Set((await sameOriginLinks(page)).map((href) => href.replace(/#.*$/, "")))];
      // The sidebar alone has 概要 and one link per page.
      expect(links.length).toBeGreaterThanOrEqual(SITE_PAGES.length + 1);
      expect(links.filter((href) => !/(\.html|\/)$/.test(new URL(href).pathname))).toEqual([]);
      if (check.builtLink) {
        const {page: target, param} = check.builtLink;
        const built = links.filter((href) => new URL(href).pathname === target && new URL(href).searchParams.has(param));
        expect(built.length, `links to ${target}?${param}=…`).toBeGreaterThan(0);
      }
      expect(await brokenLinks(links)).toEqual([]);
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("addresses without .html on a plain static server", () => {
  test.each([
    ["/region?bureau=関東", "/region.html", "地域KPI", {bureau: "関東"}],
    ["/applicant?name=架空自動車株式会社&mode=entity", "/applicant.html", "出願人", {name: "架空自動車株式会社", mode: "entity"}],
    ["/programs?program=madoguchi#top", "/programs.html", "事業KPI", {program: "madoguchi"}],
    ["/landscape", "/landscape.html", "ランドスケープ", {}]
  ])("%s lands on %s, query and fragment intact", async (address, pathname, title, params) => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}${encodeURI(address)}`);
    try {
      const url = new URL(page.url());
      expect(url.pathname).toBe(pathname);
      expect(await page.title()).toBe(`${title} | chizai-atlas`);
      for (const [key, value] of Object.entries(params)) expect(url.searchParams.get(key), key).toBe(value);
      expect(url.hash).toBe(address.includes("#") ? "#top" : "");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  test("the README's /region?bureau=関東 shows the 関東 view", async () => {
    const {page, problems, close} = await openPage(browser, `${siteUrl}${encodeURI("/region?bureau=関東")}`);
    try {
      const share = page.locator("[data-share-link]").first();
      await share.waitFor();
      expect(await share.getAttribute("data-share-link")).toBe("関東");
      expect(allProblems(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
