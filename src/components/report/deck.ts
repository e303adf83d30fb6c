// The PowerPoint deck of a report (16:9): a title slide, the data basis, one slide per chart of the registry, the
// sources. Bar, line and area charts are native PowerPoint charts (the numbers travel inside the file and the
// client's template can restyle them), rankings and pairs native tables, the rest pictures of the page's chart.
// Every chart slide carries its title, its reading (also in the speaker notes) and a footer with the conditions and
// the source.
//
// One implementation for the page and `npm run report`: the caller passes the pptxgenjs constructor (a browser
// bundle on the page, the package in Node) and how a chart becomes a picture (canvas in the browser, jsdom in Node).

import type PptxModule from "pptxgenjs";
import {formatNumber} from "../format.js";
import {referenceNote} from "../landscape/reference-period.js";
import {NAME_MODE_LABELS} from "../landscape/name-mode.js";
import {periodText} from "../landscape/view-conditions.js";
import type {ShapedChart} from "./chart-registry.js";
import {reportDate, SAMPLE_NOTICE, SOURCE_TEXT, type ReportModel} from "./report-model.js";

// pptxgenjs's types are CommonJS-style under NodeNext: the class is the module's `default`.
type PptxGenJS = InstanceType<typeof PptxModule.default>;
type Slide = PptxModule.default.Slide;

export type PptxConstructor = new () => PptxGenJS;

/** A picture of a chart: a data URL body as pptxgenjs takes it ("image/png;base64,…") and its size in pixels. */
export interface ChartImage {
  data: string;
  width: number;
  height: number;
}

/** Draws a chart of the registry as a picture; null when it cannot (the slide then shows its table). */
export type ChartImager = (chart: ShapedChart, model: ReportModel) => Promise<ChartImage | null>;

export interface DeckProgress {
  (done: number, total: number, title: string): void;
}

// LAYOUT_WIDE: 13.333 × 7.5 inches.
const W = 13.333;
const MARGIN = 0.5;
const BODY = {x: MARGIN, y: 1.55, w: W - 2 * MARGIN, h: 4.85};

/** Rows a table slide shows at most, whatever the entry asks. */
const MAX_TABLE_ROWS = 18;

/** RRGGBB mixed 60% towards white: the 参考値 tint of a colour. */
function lighter(hex: string): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * 0.4 + 255 * 0.6).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** Width of text in half-width characters (a kanji counts two). */
function textLength(text: string): number {
  let n = 0;
  for (const char of text) n += char.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return n;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? formatNumber(value, {digits: Number.isInteger(value) ? 0 : 1}) : String(value);
}

export async function buildDeck(
  Pptx: PptxConstructor,
  model: ReportModel,
  {imageOf, progress}: {imageOf: ChartImager; progress?: DeckProgress}
): Promise<Uint8Array> {
  const {style} = model;
  const pptx = new Pptx();
  pptx.layout = "LAYOUT_WIDE";
  pptx.author = "chizai-atlas";
  pptx.title = `IPランドスケープ ${model.collectionNames.join("・")}`;
  pptx.theme = {headFontFace: style.font, bodyFontFace: style.font};
  const text = {fontFace: style.font, color: style.colors.text} as const;
  const muted = {fontFace: style.font, color: style.colors.muted} as const;

  const frame = (slide: Slide, title: string) => {
    slide.addText(title, {x: MARGIN, y: 0.3, w: W - 2 * MARGIN - 1.4, h: 0.6, fontSize: 24, bold: true, ...text, color: style.colors.title});
    slide.addShape("line", {x: MARGIN, y: 0.95, w: W - 2 * MARGIN, h: 0, line: {color: style.colors.accent, width: 1.5}});
    if (style.logo) slide.addImage({data: style.logo.replace(/^data:/, ""), x: W - MARGIN - 1.2, y: 0.25, w: 1.2, h: 0.6, sizing: {type: "contain", w: 1.2, h: 0.6}});
    slide.addText(style.footer ? `${style.footer}　${SOURCE_TEXT}` : SOURCE_TEXT, {x: MARGIN, y: 7.05, w: W - 2 * MARGIN - 0.8, h: 0.3, fontSize: 8, ...muted});
    slide.slideNumber = {x: W - MARGIN - 0.6, y: 7.05, w: 0.6, h: 0.3, fontFace: style.font, fontSize: 8, color: style.colors.muted, align: "right"};
  };

  // ---- Title ----
  const titleSlide = pptx.addSlide();
  titleSlide.addText("IPランドスケープ", {x: MARGIN, y: 1.6, w: W - 2 * MARGIN, h: 0.6, fontSize: 20, ...muted});
  titleSlide.addText(model.collectionNames.join("・") || "（コレクションなし）", {
    x: MARGIN, y: 2.2, w: W - 2 * MARGIN, h: 1.2, fontSize: 36, bold: true, ...text, color: style.colors.title, fit: "shrink"
  });
  titleSlide.addText(
    [
      {text: `期間：${periodText(model.view, model.conditionsMeta.span)}`, options: {breakLine: true}},
      {text: `対象：${formatNumber(model.selection.count)}件（全${formatNumber(model.data.applications)}件中）`, options: {breakLine: true}},
      {text: `作成日：${reportDate(model.createdAt)}`}
    ],
    {x: MARGIN, y: 3.6, w: W - 2 * MARGIN, h: 1.3, fontSize: 16, ...text}
  );
  titleSlide.addText(model.conditionsLine, {x: MARGIN, y: 5.2, w: W - 2 * MARGIN, h: 0.8, fontSize: 11, ...muted, valign: "top"});
  if (style.footer) titleSlide.addText(style.footer, {x: MARGIN, y: 6.9, w: 4, h: 0.4, fontSize: 12, bold: true, ...muted});
  if (style.logo) titleSlide.addImage({data: style.logo.replace(/^data:/, ""), x: W - MARGIN - 2, y: 0.5, w: 2, h: 1, sizing: {type: "contain", w: 2, h: 1}});

  // ---- Data basis ----
  const basisSlide = pptx.addSlide();
  frame(basisSlide, "データの基礎");
  const header = ["コレクション", "検索式", "検索日", "ファイル", "出願件数", "読込行 ＝ 取込 ＋ 統合 ＋ 除外"].map((label) => ({
    text: label,
    options: {bold: true, fill: {color: style.colors.tableHeader}}
  }));
  const basisRows = model.collectionNames.map((name) => {
    const basis = model.basis.collections.find((c) => c.name === name);
    const files = basis?.files ?? [];
    const sum = (key: "read" | "loaded" | "merged" | "rejected") => files.reduce((n, f) => n + f[key], 0);
    const applications = model.data.meta.collections.find((c) => c.name === name)?.applications ?? 0;
    return [
      name,
      basis?.searchQuery ?? "（未記録：npm run chizai -- collection set で記録できます）",
      basis?.searchDate ?? "（未記録）",
      files.map((f) => f.name).join("\n") || "－",
      formatNumber(applications),
      `${formatNumber(sum("read"))} ＝ ${formatNumber(sum("loaded"))} ＋ ${formatNumber(sum("merged"))} ＋ ${formatNumber(sum("rejected"))}`
    ].map((value) => ({text: value}));
  });
  basisSlide.addTable([header, ...basisRows], {
    x: MARGIN, y: 1.2, w: W - 2 * MARGIN, colW: [1.8, 3.8, 1.1, 2.6, 1.1, 1.933], fontFace: style.font, fontSize: 10,
    color: style.colors.text, border: {type: "solid", pt: 0.5, color: "BFBFBF"}, autoPage: false, valign: "middle"
  });
  const rejected = model.basis.collections.flatMap((c) => c.files).reduce((n, f) => n + f.rejected, 0);
  basisSlide.addText(
    [
      {text: `選択中の出願：${formatNumber(model.selection.count)}件（全${formatNumber(model.data.applications)}件中）`, options: {breakLine: true}},
      {text: `出願人名の数え方：${NAME_MODE_LABELS[model.view.names]}`, options: {breakLine: true}},
      {text: `除外した行：${formatNumber(rejected)}行（行番号と理由は npm run chizai -- rejects で確認できます）`, options: {breakLine: true}},
      {text: `参考値：${referenceNote(model.view.basis)}`, options: {breakLine: true}},
      {text: `条件：${model.conditionsLine}`}
    ],
    {x: MARGIN, y: 4.6, w: W - 2 * MARGIN, h: 2.3, fontSize: 11, ...text, valign: "top", paraSpaceAfter: 4}
  );

  // ---- One slide per chart ----
  let done = 0;
  for (const chart of model.charts) {
    progress?.(done, model.charts.length, chart.title);
    const slide = pptx.addSlide();
    frame(slide, chart.title);
    slide.addText(chart.reading, {x: MARGIN, y: 1.0, w: W - 2 * MARGIN, h: 0.55, fontSize: 11, ...muted, valign: "top", fit: "shrink"});
    slide.addText(`条件：${model.conditionsLine}`, {x: MARGIN, y: 6.5, w: W - 2 * MARGIN, h: 0.5, fontSize: 9, ...muted, valign: "top", fit: "shrink"});
    slide.addNotes(`${chart.reading}\n\n条件：${model.conditionsLine}\n${SOURCE_TEXT}`);
    await addChartBody(pptx, slide, chart, model, imageOf);
    done++;
  }
  progress?.(done, model.charts.length, "");

  // ---- Sources ----
  const sourceSlide = pptx.addSlide();
  frame(sourceSlide, "出典");
  const lines = [
    "特許情報：J-PlatPat（特許情報プラットフォーム）の検索結果の CSV 出力",
    "提供：独立行政法人 工業所有権情報・研修館（INPIT）",
    ...model.basis.collections.map(
      (c) => `${c.name}：${c.searchQuery ? `検索式「${c.searchQuery}」` : "検索式は未記録"}${c.searchDate ? `（検索日 ${c.searchDate}）` : ""}`
    ),
    `集計：chizai-atlas（${reportDate(model.createdAt)}作成）`,
    ...(model.sampleApplications > 0 ? [SAMPLE_NOTICE] : [])
  ];
  sourceSlide.addText(
    lines.map((line, i) => ({text: line, options: {breakLine: i < lines.length - 1, bullet: true}})),
    {x: MARGIN, y: 1.3, w: W - 2 * MARGIN, h: 5, fontSize: 14, ...text, valign: "top", paraSpaceAfter: 8}
  );

  const output = await pptx.write({outputType: "uint8array", compression: true});
  return output as Uint8Array;
}

async function addChartBody(
  pptx: PptxGenJS,
  slide: Slide,
  chart: ShapedChart,
  model: ReportModel,
  imageOf: ChartImager
): Promise<void> {
  const {entry} = chart;
  const {style} = model;
  if (entry.deck === "image") {
    const image = await imageOf(chart, model);
    if (image) {
      const scale = Math.min(BODY.w / image.width, BODY.h / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      slide.addImage({data: image.data, x: BODY.x + (BODY.w - w) / 2, y: BODY.y, w, h});
      return;
    }
  }
  if (entry.native && entry.deck !== "image" && entry.deck !== "table") {
    const native = entry.native(chart.shaped, model.view);
    const series = native.series.filter((s) => s.labels.length > 0);
    if (series.length === 0) {
      slide.addText("該当する出願はありません。", {x: BODY.x, y: BODY.y, w: BODY.w, h: 1, fontFace: style.font, fontSize: 14, color: style.colors.muted});
      return;
    }
    // PowerPoint draws a bar chart's categories bottom-up: reversed, the first of a ranking is on top.
    const ordered = native.horizontal
      ? series.map((s) => ({...s, labels: [...s.labels].reverse(), values: [...s.values].reverse()}))
      : series;
    const type = entry.deck === "native-line" ? pptx.ChartType.line : entry.deck === "native-area" ? pptx.ChartType.area : pptx.ChartType.bar;
    slide.addChart(type, ordered, {
      ...BODY,
      barDir: native.horizontal ? "bar" : "col",
      barGrouping: entry.deck === "native-stacked-bar" ? "stacked" : entry.deck === "native-area" ? "stacked" : "clustered",
      // One series in one colour (several would colour each bar differently, as if they meant something).
      chartColors: native.colors
        ? native.colors.map((c) => (c === "accent" ? style.colors.accent : lighter(style.colors.accent)))
        : ordered.length === 1
          ? [style.colors.accent]
          : style.colors.series,
      showLegend: ordered.length > 1,
      legendPos: "b",
      legendFontFace: style.font,
      catAxisLabelFontFace: style.font,
      catAxisLabelFontSize: 10,
      valAxisLabelFontFace: style.font,
      valAxisLabelFontSize: 10,
      valAxisLabelFormatCode: "#,##0",
      showValue: native.horizontal === true,
      dataLabelFontFace: style.font,
      dataLabelFontSize: 9,
      dataLabelFormatCode: "#,##0",
      showCatAxisTitle: Boolean(native.categoryTitle),
      catAxisTitle: native.categoryTitle ?? "",
      catAxisTitleFontFace: style.font,
      catAxisTitleFontSize: 10,
      showValAxisTitle: Boolean(native.valueTitle),
      valAxisTitle: native.valueTitle ?? "",
      valAxisTitleFontFace: style.font,
      valAxisTitleFontSize: 10,
      lineDataSymbol: "circle",
      lineSize: 2
    });
    return;
  }
  // A native table: the first rows of the chart's own CSV table.
  const rows = [...chart.table.rows];
  const {columns} = chart.table;
  const shown = rows.slice(0, Math.min(entry.deckRows ?? MAX_TABLE_ROWS, MAX_TABLE_ROWS));
  if (shown.length === 0) {
    slide.addText("該当する出願はありません。", {x: BODY.x, y: BODY.y, w: BODY.w, h: 1, fontFace: style.font, fontSize: 14, color: style.colors.muted});
    return;
  }
  const header = columns.map((c) => {
    const {key, label} = typeof c === "string" ? {key: c, label: c} : c;
    return {key, label: label ?? key};
  });
  const tableRows = [
    header.map((c) => ({text: c.label, options: {bold: true, fill: {color: style.colors.tableHeader}}})),
    ...shown.map((row) =>
      header.map((c) => ({text: cellText(row[c.key]), options: {align: typeof row[c.key] === "number" ? ("right" as const) : ("left" as const)}}))
    )
  ];
  // Columns as wide as their text needs (a name column wider than a count), within the slide's width.
  const weight = header.map((c) =>
    Math.min(40, Math.max(4, textLength(c.label), ...shown.map((row) => textLength(cellText(row[c.key])))))
  );
  const total = weight.reduce((a, b) => a + b, 0);
  slide.addTable(tableRows, {
    x: BODY.x, y: BODY.y, w: BODY.w, colW: weight.map((n) => (BODY.w * n) / total), fontFace: style.font,
    fontSize: shown.length > 12 ? 10 : 11, color: style.colors.text, border: {type: "solid", pt: 0.5, color: "BFBFBF"},
    autoPage: false, rowH: 0.27, valign: "middle"
  });
  if (rows.length > shown.length) {
    slide.addText(`上位${shown.length}行を表示（全${formatNumber(rows.length)}行は Excel の「${entry.sheet}」シート）`, {
      x: BODY.x, y: 6.2, w: BODY.w, h: 0.3, fontFace: style.font, fontSize: 9, color: style.colors.muted, align: "right"
    });
  }
}
