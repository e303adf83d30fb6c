// The notes a KPI page places above its charts: no figures yet (and how to load them), an unknown ?bureau=, the
// link that shares a bureau's view, and where the figures come from. Everything that came from data or from the
// address bar is set as text.

import {textElement} from "../safe-text.js";
import type {BureauChoice} from "./bureau-param.js";
import {searchWithBureau} from "./bureau-param.js";
import type {KpiBureau, KpiReference} from "./kpi-types.js";
import type {ProgramChoice} from "./program-param.js";

/** An empty, hidden element: lets a page place a notice unconditionally (`${notice(…)}`). */
function nothing(): HTMLElement {
  const none = document.createElement("div");
  none.hidden = true;
  return none;
}

/** A Framework callout (`.warning`, `.note`, `.tip`) holding one paragraph of text. */
function callout(kind: "warning" | "note" | "tip", text: string, label?: string): HTMLDivElement {
  const box = document.createElement("div");
  box.className = kind;
  if (label) box.setAttribute("label", label);
  box.append(textElement("p", text));
  return box;
}

/** Explains how to load KPI files when there is nothing to show; an empty (hidden) element otherwise. */
export function kpiStatusNotice(reference: KpiReference): HTMLElement {
  if (reference.status === "ready") return nothing();
  const why = reference.status === "missing" ? "まだデータベース（倉庫）がありません。" : "まだ KPI の実績が取り込まれていません。";
  const box = callout("warning", `${why}${reference.howToLoad}`, "KPI のデータがありません");
  box.dataset.kpiStatus = reference.status;
  return box;
}

/** Says that ?bureau= named no bureau, and which names work; empty (hidden) otherwise. */
export function bureauNotice(choice: BureauChoice, bureaus: readonly KpiBureau[]): HTMLElement {
  if (choice.kind !== "unknown") return nothing();
  const names = bureaus.map((b) => b.bureau).join("、");
  const box = callout(
    "warning",
    `「${choice.raw}」という経済産業局は見つかりません。全国を表示しています。` +
      `?bureau= には ${names} のいずれか（または「関東経済産業局」のような正式名）を指定してください。`,
    "経済産業局の指定"
  );
  box.dataset.bureauNotice = "unknown";
  return box;
}

/** "この表示へのリンク": the page address with ?bureau= of the view shown, to copy or bookmark. */
type Address = Pick<Location, "origin" | "pathname" | "search">;

export function shareLink(bureau: KpiBureau | null, location: Address): HTMLElement {
  const search = searchWithBureau(location.search, bureau?.bureau ?? null);
  const href = `${location.origin}${location.pathname}${search}`;
  const paragraph = document.createElement("p");
  paragraph.className = "kpi-share";
  const link = textElement("a", decodeURI(href));
  link.href = href;
  link.dataset.shareLink = bureau?.bureau ?? "";
  paragraph.append(bureau ? `${bureau.name}の表示へのリンク：` : "全国の表示へのリンク：", link);
  return paragraph;
}

/** The KPI files behind the figures: name, whether it is the fictional sample, when it was ingested. */
export function provenanceList(reference: KpiReference): HTMLElement {
  if (reference.batches.length === 0) return textElement("p", "取り込まれた KPI ファイルはまだありません。");
  const list = document.createElement("ul");
  list.className = "kpi-provenance";
  for (const batch of reference.batches) {
    const sample = batch.isSample ? "（架空のサンプル）" : "";
    list.append(
      textElement("li", `${batch.fileName}${sample}：${batch.facts.toLocaleString("ja-JP")} 件の値、取り込み ${batch.ingestedAt}`)
    );
  }
  return list;
}

/** Says that ?program= named no program, and which one is shown instead; empty (hidden) otherwise. */
export function programNotice(choice: ProgramChoice, shown: string): HTMLElement {
  if (choice.kind !== "unknown") return nothing();
  const box = callout("warning", `「${choice.raw}」という事業は見つかりません。${shown}を表示しています。`, "事業の指定");
  box.dataset.programNotice = "unknown";
  return box;
}

/** One value of the address that named nothing the page knows: what was asked, what is shown instead. */
export interface UnreadParam {
  /** The filter's label on the page: 年度, 指標, 期間, … */
  label: string;
  raw: string;
  shown: string;
}

/** Says which values of the address could not be used and what the page shows instead; empty (hidden) otherwise. */
export function addressNotice(unread: readonly UnreadParam[]): HTMLElement {
  if (unread.length === 0) return nothing();
  const text = unread.map((u) => `${u.label}「${u.raw}」は見つからないため、${u.shown}を表示しています。`).join("");
  const box = callout("warning", `${text}アドレスの指定を確かめてください。`, "アドレスの指定");
  box.dataset.addressNotice = unread.map((u) => u.label).join(" ");
  return box;
}

/** Links that open each bureau's own view of this page (and the whole country), for bookmarking. */
export function bureauViewLinks(bureaus: readonly KpiBureau[], location: Omit<Address, "origin">): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "kpi-bureau-links";
  nav.setAttribute("aria-label", "経済産業局別の表示");
  nav.append("局別の表示：");
  const link = (bureau: KpiBureau | null) => {
    const a = textElement("a", bureau ? bureau.bureau : "全国");
    a.href = `${location.pathname}${searchWithBureau(location.search, bureau?.bureau ?? null)}`;
    if (bureau) a.title = bureau.name;
    return a;
  };
  for (const [i, bureau] of [null, ...bureaus].entries()) {
    if (i > 0) nav.append(" ・ ");
    nav.append(link(bureau));
  }
  return nav;
}
