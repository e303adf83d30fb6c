// The document list: keyword search (src/components/search/) with the matches highlighted, sort by any column, pages
// of 50, and a J-PlatPat link per row when 文献URL is a safe http(s) URL. Built with DOM calls only: every value from
// the data is set as text, a match is a <mark> around a text node.

import type {CsvTable} from "../export-csv.js";
import {formatDate, formatNumber} from "../format.js";
import {text, textElement} from "../safe-text.js";
import {highlightRanges} from "../search/highlight.js";
import type {SearchText} from "../search/load-search-text.js";
import {isEmptyQuery, parseSearchQuery, type SearchQuery} from "../search/query.js";
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
  /**
   * Shows another selection, and the query of the address when it differs from the box's (Back/Forward): the table
   * is updated in place, so the search box keeps its focus and the text being typed.
   */
  update(mask: Uint8Array, query?: string): void;
}

function cell(value: string): HTMLTableCellElement {
  return textElement("td", value);
}

/** `value` as text nodes, with the parts where a query term occurs in <mark>. */
function highlighted(value: string, query: SearchQuery, from = 0, to = value.length): Node[] {
  const nodes: Node[] = [];
  let at = from;
  for (const [start, end] of highlightRanges(value, query)) {
    if (end <= from || start >= to) continue;
    if (start > at) nodes.push(text(value.slice(at, start)));
    nodes.push(textElement("mark", value.slice(Math.max(start, at), Math.min(end, to))));
    at = Math.min(end, to);
  }
  if (at < to) nodes.push(text(value.slice(at, to)));
  return nodes;
}

/** The applicants cell ("name,name"), each name highlighted on its own: a term never spans two names. */
function applicantsCell(value: string, query: SearchQuery): HTMLTableCellElement {
  const td = document.createElement("td");
  value.split(",").forEach((name, i) => {
    if (i > 0) td.append(text(","));
    td.append(...highlighted(name, query));
  });
  return td;
}

const SNIPPET_BEFORE = 20;
const SNIPPET_AFTER = 50;

/** The title, and under it the part of the 要約 around the first match there, if any. */
function titleCell(title: string, abstract: string, query: SearchQuery): HTMLTableCellElement {
  const td = document.createElement("td");
  td.append(...highlighted(title, query));
  const first = abstract ? highlightRanges(abstract, query)[0] : undefined;
  if (first) {
    const from = Math.max(0, first[0] - SNIPPET_BEFORE);
    const to = Math.min(abstract.length, first[1] + SNIPPET_AFTER);
    const snippet = document.createElement("div");
    snippet.className = "document-snippet";
    snippet.append(text(from > 0 ? "要約: …" : "要約: "), ...highlighted(abstract, query, from, to));
    if (to < abstract.length) snippet.append(text("…"));
    td.append(snippet);
  }
  return td;
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
  initialMask: Uint8Array,
  {
    pageSize = 50,
    searchText,
    initialQuery = "",
    onQuery
  }: {
    pageSize?: number;
    /** Fetches the text of the keyword search; called when a query is typed (lazySearchText memoises it). */
    searchText: (progress?: (done: number) => void) => Promise<SearchText>;
    /** The query to start with: the page keeps it when a filter change redraws the table. */
    initialQuery?: string;
    /** Called with each query typed. */
    onQuery?: (query: string) => void;
  }
): DocumentTable {
  const root = document.createElement("div") as DocumentTable;
  root.className = "document-table";
  root.dataset.search = "idle";
  let mask = initialMask;
  const query: DocumentQuery = {matches: null, sort: "filing", descending: true};
  let terms = parseSearchQuery("");
  let loaded: SearchText | null = null;
  let loading = false;
  let ids = selectDocuments(data, docs, mask, query);
  let page = 0;

  const search = document.createElement("input");
  search.type = "search";
  search.placeholder = "発明の名称・要約・出願人で検索（-語 で除外、\"…\" で語句）";
  search.title = "空白で区切った語をすべて含む文献（語ごとに名称・要約・出願人のどれかに）。-語 はその語を含む文献を除き、\"…\" は空白を含む語句。全角・半角、大文字・小文字、長音「ー」の有無は区別しません。";
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
        titleCell(d.title, loaded && !isEmptyQuery(terms) ? loaded.abstract(d.app) : "", terms),
        applicantsCell(d.applicants, terms),
        cell(d.stage),
        linkCell(d.link, d.url)
      );
      rows.push(tr);
    }
    tbody.replaceChildren(...rows);
    const matched = query.matches ? "検索に一致: " : "";
    status.textContent = ids.length
      ? `${matched}${formatNumber(ids.length)}件中 ${formatNumber(start + 1)}〜${formatNumber(end)}件（${page + 1}/${pages}ページ）`
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

  // The text (title, 要約, applicants of every application) is fetched on the first query, not with the page.
  function applySearch(): void {
    const typed = parseSearchQuery(search.value);
    if (!isEmptyQuery(typed) && !loaded) {
      status.textContent = "検索用テキストを読み込み中…";
      root.dataset.search = "loading";
      if (!loading) {
        loading = true;
        const preparing = (done: number) => {
          if (root.dataset.search === "loading") {
            status.textContent = `検索用テキストを準備中…（${formatNumber(done)}／${formatNumber(data.applications)}件）`;
          }
        };
        searchText(preparing).then(
          (text) => {
            loaded = text;
            applySearch();
          },
          (error: unknown) => {
            loading = false;
            root.dataset.search = "failed";
            status.textContent = `検索用テキストを読み込めませんでした（${error instanceof Error ? error.message : String(error)}）`;
          }
        );
      }
      return;
    }
    terms = typed;
    query.matches = isEmptyQuery(typed) ? null : loaded!.index.match(typed);
    refresh();
    root.dataset.search = isEmptyQuery(typed) ? "idle" : "ready";
  }

  search.addEventListener("input", () => {
    onQuery?.(search.value);
    applySearch();
  });
  previous.addEventListener("click", () => {
    --page;
    render();
  });
  next.addEventListener("click", () => {
    ++page;
    render();
  });

  root.update = (nextMask, nextQuery) => {
    mask = nextMask;
    if (nextQuery !== undefined && nextQuery !== search.value) {
      search.value = nextQuery;
      applySearch();
    } else refresh();
  };
  root.csvTable = () => ({
    rows: Array.from(ids, (app) => documentCsvRow(data, docs, app)),
    columns: DOCUMENT_CSV_COLUMNS
  });
  render();
  if (initialQuery) {
    search.value = initialQuery;
    applySearch();
  }
  return root;
}
