// The frame every chart on the site sits in: a title, the chart, one sentence saying what it shows, and downloads
// (SVG and PNG for slides, CSV of the numbers behind it for Excel). Consultants paste these into client reports.

import {contextFileStem, type ChartContext} from "./chart-context.js";
import {downloadCsv, type CsvTable} from "./export-csv.js";
import {downloadPng, downloadSvg, type SvgExportOptions} from "./export-svg-png.js";
import {textElement} from "./safe-text.js";

export interface ChartCardOptions {
  /** Card heading, e.g. "出願件数の推移（出願年別）". */
  title: string;
  /** One sentence on what the chart shows and how to read it: every chart carries one. */
  reading: string;
  /** What Plot returned (an <svg> or a <figure>), or a resize() container around it. Exported as it is at click time. */
  chart: Node;
  /** The numbers behind the chart, for the CSV download. Column labels may be Japanese. */
  table: CsvTable;
  /** Base of the downloaded file names, e.g. "出願件数_出願年別" → 出願件数_出願年別.svg/.png/.csv. */
  fileStem: string;
  /** Background of the SVG/PNG; default "theme" (what is behind the chart on screen). */
  background?: SvgExportOptions["background"];
  /**
   * The page's conditions and the source: printed under the chart (print layout) and in the SVG/PNG, and the
   * collection and filters in the file names (LiDAR_出願件数推移_出願年_2001-2022.png).
   */
  context?: ChartContext;
}

interface DownloadAction {
  label: string;
  description: string;
  run: () => void | Promise<void>;
}

function downloadButton({label, description, run}: DownloadAction, status: HTMLElement): HTMLButtonElement {
  const button = textElement("button", label);
  button.type = "button";
  button.title = description;
  button.setAttribute("aria-label", description);
  button.addEventListener("click", async () => {
    status.textContent = "";
    button.disabled = true;
    try {
      await run();
    } catch (error) {
      status.textContent = `${label} のダウンロードに失敗しました：${error instanceof Error ? error.message : error}`;
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The conditions and source as the card shows them in print: text only, hidden on screen by the stylesheet. */
export function contextLine(context: ChartContext | undefined): HTMLParagraphElement | null {
  if (!context) return null;
  return textElement("p", [context.conditions, context.source].filter(Boolean).join("　"), "chart-card-context");
}

export function chartCard(options: ChartCardOptions): HTMLDivElement {
  const {title, reading, chart, table, background, context} = options;
  const fileStem = contextFileStem(context, options.fileStem);
  const card = document.createElement("div");
  card.className = "card chart-card";
  const figure = document.createElement("div");
  figure.className = "chart-card-chart";
  figure.append(chart);
  const toolbar = document.createElement("div");
  toolbar.className = "chart-card-toolbar";
  toolbar.setAttribute("role", "group");
  toolbar.setAttribute("aria-label", `「${title}」のダウンロード`);
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  const caption = {title, reading, conditions: context?.conditions, source: context?.source};
  const svgOptions = {background, caption};
  const actions: DownloadAction[] = [
    {label: "SVG", description: "図を SVG でダウンロード", run: () => downloadSvg(figure, fileStem, svgOptions)},
    {label: "PNG", description: "図を PNG（2倍解像度）でダウンロード", run: () => downloadPng(figure, fileStem, svgOptions)},
    {label: "CSV", description: "図のデータを CSV（Excel 対応）でダウンロード", run: () => downloadCsv(table, fileStem)}
  ];
  toolbar.append(...actions.map((action) => downloadButton(action, status)), status);
  card.append(textElement("h2", title), figure, textElement("p", reading, "reading"));
  const conditions = contextLine(context);
  if (conditions) card.append(conditions);
  card.append(toolbar);
  return card;
}
