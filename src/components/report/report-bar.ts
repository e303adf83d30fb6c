// The レポート bar of the ランドスケープ and 出願人 pages: PowerPoint（.pptx） and Excel（.xlsx） of the current view,
// made in the browser, offline. The libraries (pptxgenjs, exceljs) and the report's own modules are imported when a
// button is pressed, never on the first paint. Image charts are drawn off screen with the page's own stylesheet and
// turned into PNG (2×) by the same exporter as the cards' PNG button.

import {downloadBlob, safeFileName} from "../download.js";
import {textElement} from "../safe-text.js";
import type {FiTitles} from "../landscape/fi-hierarchy.js";
import type {LandscapeData} from "../landscape/landscape-data.js";
import type {LandscapeView} from "../landscape/view-state.js";
import type {SearchText} from "../search/load-search-text.js";
import type {ChartImage, ChartImager, PptxConstructor} from "./deck.js";
import type {ExcelJS} from "./workbook.js";
import type {ReportBasis} from "./report-basis.js";
import type {ReportModel} from "./report-model.js";

export interface ReportBarOptions {
  data: LandscapeData;
  /** The page's view when a button is pressed. */
  view: () => LandscapeView;
  /** report-basis.json and report-style.json (FileAttachment(…).json()). */
  basis: () => Promise<ReportBasis>;
  style: () => Promise<unknown>;
  /** documents.parquet (FileAttachment(…).arrayBuffer()), for the workbook's 文献一覧; decoded here. */
  documents: () => Promise<ArrayBuffer>;
  /** The keyword search's text, needed only when the view has a query. */
  searchText?: () => Promise<SearchText>;
  fiTitles?: FiTitles;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** Width at which image charts are drawn for a slide (the body of a 16:9 slide, at about 90 dpi). */
const SLIDE_CHART_WIDTH = 1100;

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("画像を読み込めませんでした"));
    reader.readAsDataURL(blob);
  });
}

/** Draws a registry chart off screen (laid out, styled by the page) and returns a 2× PNG of it. */
const canvasImager: ChartImager = async (chart, model): Promise<ChartImage | null> => {
  if (!chart.entry.chart) return null;
  const {exportSvg, svgToPngBlob} = await import("../export-svg-png.js");
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${SLIDE_CHART_WIDTH}px;background:#fff;color:#1b1e23;color-scheme:light`;
  document.body.append(host);
  try {
    host.append(chart.entry.chart(chart.shaped, {width: SLIDE_CHART_WIDTH, view: model.view}));
    const exported = exportSvg(host, {background: "#ffffff"});
    const png = await svgToPngBlob(exported, 2);
    return {data: await blobToBase64(png), width: exported.width, height: exported.height};
  } finally {
    host.remove();
  }
};

async function buildModel(options: ReportBarOptions): Promise<ReportModel> {
  const [{reportModel}, {reportStyle}, basis, style] = await Promise.all([
    import("./report-model.js"),
    import("./report-style.js"),
    options.basis(),
    options.style()
  ]);
  const view = options.view();
  const searchText = view.q.trim() && options.searchText ? await options.searchText() : undefined;
  return reportModel(options.data, view, {
    basis,
    style: reportStyle(style),
    extras: {fiTitles: options.fiTitles},
    ...(searchText ? {searchText} : {})
  });
}

export function reportBar(options: ReportBarOptions): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "card report-bar";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "レポート");
  const status = document.createElement("span");
  status.className = "report-status muted";
  status.setAttribute("role", "status");

  const button = (label: string, description: string, make: (say: (text: string) => void) => Promise<void>) => {
    const element = textElement("button", label);
    element.type = "button";
    element.title = description;
    element.dataset.report = label.startsWith("PowerPoint") ? "pptx" : "xlsx";
    element.addEventListener("click", async () => {
      for (const b of bar.querySelectorAll("button")) b.disabled = true;
      const started = performance.now();
      try {
        await make((text) => (status.textContent = text));
        status.textContent = `${label} を作成しました（${((performance.now() - started) / 1000).toFixed(1)}秒）。`;
        bar.dataset.reportMs = String(Math.round(performance.now() - started));
      } catch (error) {
        status.textContent = `${label} を作成できませんでした：${error instanceof Error ? error.message : String(error)}`;
      } finally {
        for (const b of bar.querySelectorAll("button")) b.disabled = false;
      }
    });
    return element;
  };

  const pptx = button("PowerPoint（.pptx）", "いまの条件で、各図をスライドにした PowerPoint を作成します", async (say) => {
    say("PowerPoint を準備しています…");
    const [{buildDeck}, {reportFileStem}, {default: PptxGenJS}, model] = await Promise.all([
      import("./deck.js"),
      import("./report-model.js"),
      import("./pptxgen-browser.js"),
      buildModel(options)
    ]);
    const bytes = await buildDeck(PptxGenJS as unknown as PptxConstructor, model, {
      imageOf: canvasImager,
      progress: (done, total, title) => title && say(`スライドを作成中（${done + 1}/${total}）：${title}`)
    });
    downloadBlob(new Blob([bytes as BlobPart], {type: PPTX_TYPE}), safeFileName(reportFileStem(model), "pptx"));
  });

  const xlsx = button("Excel（.xlsx）", "いまの条件で、各図のデータと文献一覧を Excel ブックにします", async (say) => {
    say("Excel を準備しています…");
    const [{buildWorkbook}, {reportFileStem}, {decodeDocuments}, excelModule, model, documentBytes] = await Promise.all([
      import("./workbook.js"),
      import("./report-model.js"),
      import("../landscape/load-landscape.js"),
      import("exceljs"),
      buildModel(options),
      options.documents()
    ]);
    const documents = await decodeDocuments(documentBytes, options.data);
    say("Excel ブックを作成中…");
    // exceljs is CommonJS: bundled for the page its classes may sit on the module or on its default export.
    const excel = ((excelModule as unknown as {default?: ExcelJS}).default ?? excelModule) as ExcelJS;
    const bytes = await buildWorkbook(excel, model, documents);
    downloadBlob(new Blob([bytes as BlobPart], {type: XLSX_TYPE}), safeFileName(reportFileStem(model), "xlsx"));
  });

  bar.append(textElement("h2", "レポート"), pptx, xlsx, status);
  return bar;
}
