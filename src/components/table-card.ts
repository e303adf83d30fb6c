// A card for a table (the document list, the co-applicant pairs): title, table, one reading line and a CSV
// download of the rows the table currently holds. Charts use chartCard; tables have nothing to draw as SVG/PNG.

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
}

export function tableCard({id, title, reading, table, csv, fileStem}: TableCardOptions): HTMLDivElement {
  const card = document.createElement("div");
  card.className = "card table-card";
  card.dataset.table = id;
  card.append(textElement("h2", title), table, textElement("p", reading, "reading"), csvToolbar(csv, fileStem));
  return card;
}

/** The CSV button alone, for a card laid out in the page itself. */
export function csvToolbar(csv: () => CsvTable, fileStem: string): HTMLDivElement {
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
