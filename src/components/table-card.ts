// A card for a table (the document list, the co-applicant pairs): title, table, one reading line and a CSV
// download of the rows the table currently holds. Charts use chartCard; tables have nothing to draw as SVG/PNG.

import {contextLine} from "./chart-card.js";
import {contextFileStem, type ChartContext} from "./chart-context.js";
import {downloadCsv, type CsvTable} from "./export-csv.js";
import {textElement} from "./safe-text.js";

export interface TableCardOptions {
  /** data-table attribute, for tests. */
  id: string;
  title: string;
  reading: string;
  table: Node;
  /** Called at click time, so the download follows the table's current search and sort. */
  csv: () => CsvTable;
  fileStem: string;
  /** The page's conditions (printed with the table) and the collection and filters for the CSV's file name. */
  context?: ChartContext;
}

export function tableCard({id, title, reading, table, csv, fileStem, context}: TableCardOptions): HTMLDivElement {
  const card = document.createElement("div");
  card.className = "card table-card";
  card.dataset.table = id;
  card.append(textElement("h2", title), table, textElement("p", reading, "reading"));
  const conditions = contextLine(context);
  if (conditions) card.append(conditions);
  card.append(csvToolbar(csv, fileStem, context));
  return card;
}

/** The CSV button alone, for a card laid out in the page itself. */
export function csvToolbar(csv: () => CsvTable, stem: string, context?: ChartContext): HTMLDivElement {
  const fileStem = contextFileStem(context, stem);
  const toolbar = document.createElement("div");
  toolbar.className = "chart-card-toolbar";
  const button = textElement("button", "CSV");
  button.type = "button";
  button.title = "表のデータを CSV（Excel 対応）でダウンロード";
  button.setAttribute("aria-label", button.title);
  button.addEventListener("click", () => downloadCsv(csv(), fileStem));
  toolbar.append(button);
  return toolbar;
}
