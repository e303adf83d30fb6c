// Which collections (studies) a page covers, said in words beside every count, and carried by the links between the
// landscape pages: the sidebar is static HTML written by Framework, so its links are rewritten from the page.

import {pageHref} from "../page-link.js";
import type {SitePage} from "../site-pages.js";
import type {LandscapeMeta} from "./landscape-meta.js";
import {ALL_COLLECTIONS} from "./view-state.js";

/** コレクション「LiDAR」, コレクション「LiDAR」「CO2回収」, or すべてのコレクション（3件）. */
export function scopeLabel(meta: LandscapeMeta, collections: readonly number[]): string {
  if (meta.collections.length > 1 && collections.length === meta.collections.length) {
    return `すべてのコレクション（${meta.collections.length}件）`;
  }
  return `コレクション${collections.map((id) => `「${meta.collections[id]?.name ?? ""}」`).join("")}`;
}

/** The `collection` parameters of a scope: "*" for every collection, so that a new one is included too. */
export function scopeParams(meta: LandscapeMeta, collections: readonly number[]): string[] {
  if (meta.collections.length > 1 && collections.length === meta.collections.length) return [ALL_COLLECTIONS];
  return collections.map((id) => meta.collections[id]?.name ?? "").filter((name) => name !== "");
}

/** The pages that take the landscape scope. */
export const SCOPED_PAGES: readonly SitePage[] = ["landscape", "applicant"];

/** The page a sidebar link leads to, from its href ("./applicant.html", "/applicant", "applicant?x"). */
function linkedPage(href: string): SitePage | null {
  const path = href.replace(/[?#].*$/, "").replace(/\.html$/, "");
  const page = path.slice(path.lastIndexOf("/") + 1);
  return (SCOPED_PAGES as readonly string[]).includes(page) ? (page as SitePage) : null;
}

/** Rewrites the links to the landscape pages inside `root` (the sidebar) so that they keep the collections. */
export function carryScope(root: ParentNode, collectionNames: readonly string[]): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const page = linkedPage(link.getAttribute("href") ?? "");
    if (!page) continue;
    link.href = pageHref(page, collectionNames.map((name) => ["collection", name]));
  }
}
