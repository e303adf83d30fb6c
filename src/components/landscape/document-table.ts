// The document list: search, sort by any column, pages of 50, and a J-PlatPat link per row when 文献URL is a safe
// http(s) URL. Built with DOM calls only: every value from the data is set as text.

import type {CsvTable} from "../export-csv.js";
import {formatDate, formatNumber} from "../format.js";
import {text, textElement} from "../safe-text.js";
import {
  DOCUMENT_COLUMNS,
  DOCUMENT_CSV_COLUMNS,
  documentCsvRow,
  documentRow,
  selectDocuments,
  type DocumentQuery,
  type DocumentSortKey
} from "./documents.js";
import type {LandscapeData, LandscapeDocuments} from "./landscape-data.js";

export interface DocumentTable extends HTMLDivElement {
  /** Every row matching the current search, in the current order, for the CSV download. */
  csvTable(): CsvTable;
}

function cell(value: string): HTMLTableCellElement {
  return textElement("td", value);
}

function linkCell(link: string | null, url: string): HTMLTableCellElement {
  const td = document.createElement("td");
  if (link) {
    const a = textElement("a", "J-PlatPat");
    a.href = link;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.title = link;
    td.append(a);
  } else if (url) {
    // Not an http(s) URL: shown, never linked.
    td.append(textElement("span", url, "muted"));
  }
  return td;
}

export function documentTable(
  data: LandscapeData,
  docs: LandscapeDocuments,
  mask: Uint8Array,
  {pageSize = 50}: {pageSize?: number} = {}
): DocumentTable {
  const root = document.createElement("div") as DocumentTable;
  root.className = "document-table";
  const query: DocumentQuery = {search: "", sort: "filing", descending: true};
  let ids = selectDocuments(data, docs, mask, query);
  let page = 0;

  const search = document.createElement("input");
  search.type = "search";
  search.placeholder = "出願番号・文献番号・発明の名称・出願人で検索";
  search.setAttribute("aria-label", "文献を検索");
  const status = document.createElement("span");
  status.className = "document-table-status";
  status.setAttribute("aria-live", "polite");
  const previous = textElement("button", "前へ");
  const next = textElement("button", "次へ");
  previous.type = next.type = "button";
  const controls = document.createElement("div");
  controls.className = "document-table-controls";
  controls.append(search, status, previous, next);

  const headRow = document.createElement("tr");
  const sortButtons = new Map<DocumentSortKey, HTMLButtonElement>();
  for (const {key, label} of DOCUMENT_COLUMNS) {
    const th = document.createElement("th");
    th.scope = "col";
    if (key === "url") th.append(text(label));
    else {
      const button = textElement("button", label);
      button.type = "button";
      button.title = `${label}で並べ替え`;
      button.addEventListener("click", () => {
        query.descending = query.sort === key ? !query.descending : key === "filing" || key === "publication";
        query.sort = key;
        refresh();
      });
      sortButtons.set(key, button);
      th.append(button);
    }
    headRow.append(th);
  }
  const table = document.createElement("table");
  const thead = document.createElement("thead");
  const tbody = document.createElement("tbody");
  thead.append(headRow);
  table.append(thead, tbody);
  const scroll = document.createElement("div");
  scroll.className = "document-table-scroll";
  scroll.append(table);
  root.append(controls, scroll);

  function render(): void {
    const pages = Math.max(1, Math.ceil(ids.length / pageSize));
    page = Math.min(page, pages - 1);
    const start = page * pageSize;
    const end = Math.min(ids.length, start + pageSize);
    const rows: HTMLTableRowElement[] = [];
    for (let i = start; i < end; ++i) {
      const d = documentRow(data, docs, ids[i]!);
      const tr = document.createElement("tr");
      tr.append(
        cell(d.applicationNumber),
        cell(d.documentNumber),
        cell(formatDate(d.filing)),
        cell(formatDate(d.publication)),
        cell(d.title),
        cell(d.applicants),
        cell(d.stage),
        linkCell(d.link, d.url)
      );
      rows.push(tr);
    }
    tbody.replaceChildren(...rows);
    status.textContent = ids.length
      ? `${formatNumber(ids.length)}件中 ${formatNumber(start + 1)}〜${formatNumber(end)}件（${page + 1}/${pages}ページ）`
      : "該当する文献はありません";
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    for (const [key, button] of sortButtons) {
      const active = key === query.sort;
      const direction = query.descending ? "descending" : "ascending";
      button.parentElement!.setAttribute("aria-sort", active ? direction : "none");
      button.dataset.sorted = active ? (query.descending ? "▼" : "▲") : "";
    }
  }

  function refresh(): void {
    ids = selectDocuments(data, docs, mask, query);
    page = 0;
    render();
  }

  search.addEventListener("input", () => {
    query.search = search.value;
    refresh();
  });
  previous.addEventListener("click", () => {
    --page;
    render();
  });
  next.addEventListener("click", () => {
    ++page;
    render();
  });

  root.csvTable = () => ({
    rows: Array.from(ids, (app) => documentCsvRow(data, docs, app)),
    columns: DOCUMENT_CSV_COLUMNS
  });
  render();
  return root;
}
