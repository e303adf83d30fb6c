// The 動作確認 page exercises the shared components in real Chromium: Parquet through WebAssembly served from dist,
// chart cards with SVG/PNG/CSV downloads in light and dark mode, and data text rendered as text.

import {readFile} from "node:fs/promises";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import {allProblems, launchBrowser, openPage, type OpenedPage} from "./harness.js";

const siteUrl = inject("siteUrl");

/** Relative luminance of an "rgb(r, g, b)" colour (WCAG). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function download(page: Page, buttonLabel: string): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".chart-card .chart-card-toolbar button", {hasText: buttonLabel}).click()
  ]);
  const path = await file.path();
  return {name: file.suggestedFilename(), bytes: await readFile(path)};
}

describe.each(["light", "dark"] as const)("動作確認 (%s mode)", (colorScheme) => {
  let browser: Browser;
  let opened: OpenedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, `${siteUrl}/system-check.html`, {colorScheme});
    await opened.page.locator(".chart-card svg").first().waitFor();
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  test("decodes Parquet with the WebAssembly module from dist", async () => {
    const check = opened.page.locator("#parquet-check");
    await check.waitFor();
    expect(await check.textContent()).toContain("正常");
    expect(await check.getAttribute("data-ok")).toBe("true");
  });

  test("renders data text as text", async () => {
    const {page} = opened;
    await page.locator("form table").waitFor();
    expect(await page.locator("form table").textContent()).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("#observablehq-main img").count()).toBe(0);
  });

  test("downloads the chart data as Excel-ready CSV", async () => {
    const {name, bytes} = await download(opened.page, "CSV");
    expect(name).toBe("出願件数_年度・区分別.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("年度,区分,出願件数\r\n2020,特許,120\r\n");
  });

  test("downloads a standalone SVG whose colours survive outside the page", async () => {
    const {name, bytes} = await download(opened.page, "SVG");
    expect(name).toBe("出願件数_年度・区分別.svg");
    const svg = bytes.toString("utf8");
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toMatch(/currentcolor/i);
    expect(svg).not.toMatch(/var\(--/);
    for (const label of ["特許", "実用新案", "出願件数", "2024年度"]) expect(svg).toContain(label);
    expect(svg).toContain("Noto Sans CJK JP");
    const parsed = await opened.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const nested = doc.querySelector("svg > svg[class^='plot-']");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        background: doc.querySelector("svg > rect")?.getAttribute("fill") ?? "",
        foreground: nested?.getAttribute("style")?.match(/(?:^|;\s*)fill:\s*([^;]+)/)?.[1] ?? ""
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.background).toMatch(/^rgb/);
    expect(parsed.foreground).toMatch(/^rgb/);
    expect(luminance(parsed.background) < 0.2).toBe(colorScheme === "dark");
    expect(contrast(parsed.foreground, parsed.background)).toBeGreaterThan(4.5);
  });

  test("downloads a PNG at twice the chart size", async () => {
    const {page} = opened;
    const {name, bytes} = await download(page, "PNG");
    expect(name).toBe("出願件数_年度・区分別.png");
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chartWidth = await page.locator(".chart-card-chart").evaluate((e) => e.getBoundingClientRect().width);
    expect(bytes.readUInt32BE(16)).toBe(Math.ceil(Math.ceil(chartWidth) * 2));
    expect(await page.locator(".chart-card [role=status]").textContent()).toBe("");
  });

  test("made no failed, foreign or erroring request", () => {
    expect(allProblems(opened.problems)).toEqual([]);
  });
});
