// `npm run report` over real J-PlatPat exports plus hostile text, read back: the deck's slides, native charts and the
// trend chart's numbers (against the page's own shaping calls, made here independently), the conditions on every
// chart slide, the workbook's document sheet (one row per selected application, links, frozen header, filter) and
// formula text kept as text; then LibreOffice, the real client, opens both files.

import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {readWarehouseLandscape, type WarehouseLandscape} from "../../loaders/report/warehouse-landscape.js";
import {selectApplications} from "../../src/components/landscape/filter-mask.js";
import {trendByYear} from "../../src/components/landscape/trend.js";
import {yearLabel} from "../../src/components/landscape/year-basis.js";
import {CHART_REGISTRY} from "../../src/components/report/chart-registry.js";
import {chizai} from "../support/chizai-cli.js";
import {chartSeries, chartTotals, drawingText, officeParts, slideParts, type OfficeParts} from "../support/office-zip.js";
import {makeTempDir} from "../support/temp-dir.js";
import {fixture, ingest} from "../support/warehouse.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SAMPLES = path.resolve(ROOT, "../shared/jplatpat-samples");
const HOSTILE_APPLICANT = "<img src=x onerror=alert(1)>";
const HOSTILE_TITLE = '=HYPERLINK("http://example.invalid","x")';

function report(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli/report.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, CHIZAI_DB: ""}
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Runs LibreOffice headless on `files`, converting to `format` into `outDir`. */
function soffice(format: string, outDir: string, files: string[]): void {
  const result = spawnSync("soffice", [`-env:UserInstallation=file://${outDir}/profile`, "--headless", "--convert-to", format, "--outdir", outDir, ...files], {
    encoding: "utf8",
    timeout: 240_000
  });
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
}

/** Pages of a PDF: its page objects (LibreOffice writes uncompressed object headers). */
function pdfPages(file: string): number {
  return (fs.readFileSync(file, "latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const dir = makeTempDir("report-files");
const db = path.join(dir, "atlas.duckdb");
const VIEW = "collection=*&from=2000&to=2022&names=entity";
let landscape: WarehouseLandscape;
let deck: OfficeParts;
let hostileDeck: OfficeParts;
let book: OfficeParts;
let summary: {slides: number; applications: number; conditions: string};

beforeAll(async () => {
  await ingest(db, [path.join(SAMPLES, "co2-separation-2020-2022_16col.csv"), path.join(SAMPLES, "water-tap_15col.csv")]);
  await ingest(db, [fixture("browser/hostile-text-15col.csv")], "hostile");
  const set = chizai(["collection", "set", "water-tap_15col", "--db", db, "--query", "E03C1/04 AND 水栓", "--date", "2026-11-30"]);
  expect(set.code, set.stderr).toBe(0);
  const run = report(["--db", db, "--view", VIEW, "--out", path.join(dir, "deck.pptx"), "--xlsx", path.join(dir, "book.xlsx"), "--json"]);
  expect(run.code, run.stderr).toBe(0);
  summary = JSON.parse(run.stdout);
  deck = await officeParts(fs.readFileSync(path.join(dir, "deck.pptx")));
  // The hostile collection alone, so that its names are in the rankings and tables of the deck.
  const hostileRun = report(["--db", db, "--collection", "hostile", "--out", path.join(dir, "hostile.pptx")]);
  expect(hostileRun.code, hostileRun.stderr).toBe(0);
  hostileDeck = await officeParts(fs.readFileSync(path.join(dir, "hostile.pptx")));
  book = await officeParts(fs.readFileSync(path.join(dir, "book.xlsx")));
  landscape = await readWarehouseLandscape(db);
}, 300_000);

describe("the deck", () => {
  test("has a title, a data basis, one slide per chart and a source slide", async () => {
    const slides = slideParts(deck);
    expect(slides.length).toBe(CHART_REGISTRY.length + 3);
    expect(summary.slides).toBe(slides.length);
    const first = drawingText(await deck.text(slides[0]!));
    expect(first).toContain("water-tap_15col");
    expect(first).toMatch(/作成日：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(first).toContain("期間：2000–2022年（出願日・暦年）");
    const basis = drawingText(await deck.text(slides[1]!));
    expect(basis).toContain("E03C1/04 AND 水栓");
    expect(basis).toContain("2026-11-30");
    expect(basis).toContain("water-tap_15col.csv");
    const last = drawingText(await deck.text(slides.at(-1)!));
    expect(last).toContain("J-PlatPat");
    expect(last).toContain("INPIT");
    expect(last).not.toContain("架空のサンプルデータ");
  });

  test("bar and line charts are native charts; the others are pictures or tables", async () => {
    const charts = deck.names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    const native = CHART_REGISTRY.filter((c) => c.deck.startsWith("native"));
    expect(charts.length).toBe(native.length);
    const images = deck.names.filter((name) => /^ppt\/media\/.*\.(png|svg)$/.test(name));
    expect(images.length).toBeGreaterThanOrEqual(CHART_REGISTRY.filter((c) => c.deck === "image").length);
  });

  test("the trend chart holds the page's numbers for the same conditions", async () => {
    const {data} = landscape;
    // The ランドスケープ page's own calls for these filters (landscape.md), not the report's code path.
    const {mask, count} = selectApplications(data, {
      collections: null,
      basis: "filing",
      yearKind: "calendar",
      yearFrom: 2000,
      yearTo: 2022,
      applicant: "",
      nameMode: "entity",
      fiPrefix: "",
      fiScope: "all"
    });
    expect(summary.applications).toBe(count);
    const trend = trendByYear(data, mask, {basis: "filing", yearKind: "calendar", stackBy: "none", nameMode: "entity", top: 6});
    const slides = slideParts(deck);
    const trendSlide = slides.findIndex((_, i) => i >= 2 && i - 2 === CHART_REGISTRY.findIndex((c) => c.id === "trend"));
    const rels = await deck.text(slides[trendSlide]!.replace("slides/", "slides/_rels/") + ".rels");
    const chartPart = /Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/.exec(rels)![1]!;
    const xml = await deck.text(`ppt/charts/${chartPart}`);
    const totals = chartTotals(xml);
    expect(totals).toEqual(trend.totals.map((t) => t.count));
    expect(chartSeries(xml)[0]!.categories).toEqual(trend.totals.map((t) => yearLabel(t.year, "calendar") + (t.reference ? "*" : "")));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(count);
  });

  test("every chart slide carries its title, its reading (also in the notes) and the conditions", async () => {
    const slides = slideParts(deck);
    for (let i = 0; i < CHART_REGISTRY.length; ++i) {
      const text = drawingText(await deck.text(slides[i + 2]!));
      expect(text, CHART_REGISTRY[i]!.id).toContain(`条件：${summary.conditions}`);
      expect(text, CHART_REGISTRY[i]!.id).toContain("出典：J-PlatPat");
    }
    const notes = deck.names.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
    expect(notes.length).toBeGreaterThanOrEqual(CHART_REGISTRY.length);
    const allNotes = (await Promise.all(notes.map((n) => deck.text(n)))).map(drawingText).join("\n");
    expect(allNotes).toContain("出願件数です");
  });

  test("hostile text stays text: escaped in the XML, never markup", async () => {
    const parts = hostileDeck.names.filter((n) => /\.(xml|svg)$/.test(n));
    const xml = (await Promise.all(parts.map((n) => hostileDeck.text(n)))).join("\n");
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<script");
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const texts = (await Promise.all(slideParts(hostileDeck).map((n) => hostileDeck.text(n)))).map(drawingText).join("\n");
    expect(texts).toContain(HOSTILE_APPLICANT);
  });
});

describe("the workbook", () => {
  const sheetOf = async (name: string) => {
    const workbook = await book.text("xl/workbook.xml");
    const rels = await book.text("xl/_rels/workbook.xml.rels");
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
    expect(id, `sheet ${name}`).toBeDefined();
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
    return book.text(`xl/${target.replace(/^\/?xl\//, "")}`);
  };

  test("has a 条件 sheet, a sheet per chart and the document list", async () => {
    const workbook = await book.text("xl/workbook.xml");
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names[0]).toBe("条件");
    expect(names.at(-1)).toBe("文献一覧");
    expect(names.length).toBe(CHART_REGISTRY.length + 2);
  });

  test("the document sheet has one row per selected application, a frozen header, a filter and J-PlatPat links", async () => {
    const sheet = await sheetOf("文献一覧");
    const rows = sheet.match(/<row /g)!.length;
    expect(rows).toBe(summary.applications + 1);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<autoFilter ref="A1:H\d+"/);
    const links = (sheet.match(/<hyperlink /g) ?? []).length;
    expect(links).toBeGreaterThan(summary.applications * 0.9);
    const rels = book.names.find((n) => n === `xl/worksheets/_rels/sheet${CHART_REGISTRY.length + 2}.xml.rels`);
    expect(await book.text(rels!)).toContain("https://www.j-platpat.inpit.go.jp/");
  });

  test("formula text stays text: no formula cell anywhere, the title kept as written", async () => {
    const sheets = book.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const name of sheets) expect(await book.text(name), name).not.toMatch(/<f[ >]/);
    const strings = await book.text("xl/sharedStrings.xml");
    expect(strings).toContain("=HYPERLINK(&quot;http://example.invalid&quot;,&quot;x&quot;)");
    expect(strings).toContain("=cmd|");
    expect(strings).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(HOSTILE_TITLE.startsWith("=")).toBe(true);
  });
});

describe("LibreOffice opens both files", () => {
  test("the deck converts to a PDF with one page per slide; the workbook converts to CSV", {timeout: 600_000}, () => {
    const out = path.join(dir, "libreoffice");
    fs.mkdirSync(out, {recursive: true});
    soffice("pdf", out, [path.join(dir, "deck.pptx")]);
    expect(pdfPages(path.join(out, "deck.pdf"))).toBe(summary.slides);
    soffice("csv", out, [path.join(dir, "book.xlsx")]);
    // The first sheet (条件) as CSV: the conditions as written.
    const csv = fs.readFileSync(path.join(out, "book.csv"), "utf8");
    expect(csv).toContain("water-tap_15col");
  });
});

describe("npm run report's arguments", () => {
  test("an unknown collection names the known ones, with exit 2 and no file", {timeout: 300_000}, () => {
    const unknown = report(["--db", db, "--collection", "nothing-like-it", "--out", path.join(dir, "x.pptx")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("nothing-like-it");
    expect(unknown.stderr).toContain("water-tap_15col");
    expect(fs.existsSync(path.join(dir, "x.pptx"))).toBe(false);
  });

  test("chizai collection set refuses an impossible date and an unknown collection", {timeout: 300_000}, () => {
    expect(chizai(["collection", "set", "water-tap_15col", "--db", db, "--date", "2026-02-30"]).code).toBe(2);
    const unknown = chizai(["collection", "set", "nope", "--db", db, "--query", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("co2-separation-2020-2022_16col");
    const list = chizai(["collection", "list", "--db", db, "--json"]);
    const rows = JSON.parse(list.stdout) as Array<{collection: string; search_query: string | null; search_date: string | null}>;
    expect(rows.find((r) => r.collection === "water-tap_15col")).toMatchObject({search_query: "E03C1/04 AND 水栓", search_date: "2026-11-30"});
    expect(rows.find((r) => r.collection === "hostile")).toMatchObject({search_query: null});
  });
});
