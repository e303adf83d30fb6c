// Helpers shared by the browser tests of the data pages (概要, ランドスケープ, 出願人, データ品質).

import {readFile} from "node:fs/promises";
import type {Locator, Page} from "playwright-core";

/** Marks drawn in each chart card (`data-chart`): paths, rects and circles of its SVGs. */
export function chartMarks(page: Page): Promise<Record<string, number>> {
  return page.locator(".chart-card[data-chart]").evaluateAll((cards) =>
    Object.fromEntries(
      cards.map((card) => [(card as HTMLElement).dataset.chart!, card.querySelectorAll("svg path, svg rect, svg circle").length])
    )
  );
}

/** The version of the last complete drawing of the ランドスケープ page (see draw-tracker.ts). */
export async function landscapeVersion(page: Page): Promise<number> {
  return Number((await page.evaluate(() => document.documentElement.dataset.landscapeReady)) ?? 0);
}

/** Waits until the ランドスケープ page is fully drawn at least at `version`. */
export async function waitForLandscape(page: Page, version = 1): Promise<void> {
  await page.waitForFunction(
    (v) => Number(document.documentElement.dataset.landscapeReady ?? 0) >= v,
    version,
    {timeout: 30_000}
  );
}

/** Runs `action` (a filter change) and waits for every chart to be redrawn for the new selection. */
export async function afterRedraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await landscapeVersion(page);
  await action();
  await waitForLandscape(page, before + 1);
}

/** Scrolls to the bottom, where the document list loads when it comes into view, and waits for its rows. */
export async function showDocuments(page: Page): Promise<Locator> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const documents = page.locator('[data-table="documents"]');
  await documents.locator("tbody tr").first().waitFor();
  return documents;
}

/** Clicks a CSV/SVG/PNG button in `card` and returns the downloaded file. */
export async function download(page: Page, card: Locator, label: string): Promise<{name: string; text: string; bytes: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    card.locator(".chart-card-toolbar button", {hasText: label}).first().click()
  ]);
  const bytes = await readFile(await file.path());
  return {name: file.suggestedFilename(), text: bytes.toString("utf8"), bytes};
}

/** CSV lines without the BOM. */
export function csvLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
}

/** Records dialogs (alert/confirm/prompt): a hostile name must never open one. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Evidence that hostile text ran as HTML or script on the page. */
export async function injectionEvidence(page: Page): Promise<{images: number; pwned: unknown; scriptLinks: number}> {
  return {
    images: await page.locator("img[src=x]").count(),
    pwned: await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned),
    scriptLinks: await page.locator('a[href^="javascript:" i]').count()
  };
}
