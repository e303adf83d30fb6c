// Makes the README's screenshot of the 比較 page (docs/images/compare-collections.png): the bundled fictional sample
// ingested as two overlapping studies, the site built over it, and the page photographed in Chromium at 1400 px.
// Run it again after changing the page: npx tsx test/screenshots/compare-screenshot.ts

import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import path from "node:path";
import {buildSite, launchBrowser, openPage, projectRoot, serveStatic} from "../browser/harness.js";
import {EARLIER_STUDY, ingestSampleStudies, UPDATE_STUDY} from "../support/sample-studies.js";

const OUTPUT = path.join(projectRoot, "docs/images/compare-collections.png");

const work = mkdtempSync(path.join(tmpdir(), "chizai-compare-screenshot-"));
try {
  const db = path.join(work, "atlas.duckdb");
  await ingestSampleStudies(db);
  const {outDir} = await buildSite({db, outDir: path.join(work, "dist")});
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const search = new URLSearchParams([
      ["collection", EARLIER_STUDY],
      ["collection", UPDATE_STUDY]
    ]);
    const {page, close} = await openPage(browser, `${server.url}/compare.html?${search}`, {
      viewport: {width: 1400, height: 1000}
    });
    const first = page.locator('[data-chart="compare-trend"]');
    const last = page.locator('[data-chart="compare-fi"]');
    await last.locator(".compare-panel svg").nth(1).waitFor();
    const top = (await first.boundingBox())!;
    const bottom = (await last.boundingBox())!;
    await page.screenshot({
      path: OUTPUT,
      fullPage: true,
      clip: {x: top.x - 8, y: top.y - 8, width: top.width + 16, height: bottom.y + bottom.height - top.y + 16}
    });
    await close();
    console.log(`wrote ${path.relative(projectRoot, OUTPUT)}`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}
