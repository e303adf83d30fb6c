// Links between pages that JavaScript builds (ランキングの出願人, アクションプランの事業, …). Framework rewrites only the
// sidebar and Markdown links to `page.html` (preserveExtension); a link built at run time must name the file itself,
// because a plain static server (python http.server, Apache, nginx, IIS with no rewrite rules) answers `/applicant`
// with 404 and only `/applicant.html` with the page. `npm start` (Framework preview) serves the same `.html` address.

import type {SitePage} from "./site-pages.js";

/** Anything URLSearchParams accepts: a query string, pairs, a record or another URLSearchParams. */
export type PageParams = ConstructorParameters<typeof URLSearchParams>[0];

/**
 * The address of `page` with `params`, relative to any page of the site (all pages sit at the top level), e.g.
 * `pageHref("applicant", {name: "架空電機株式会社", mode: "name"})` → `./applicant.html?name=%E6%9E%B6…&mode=name`.
 * Parameters are URL-encoded, so any name is safe; no parameters give no `?`.
 */
export function pageHref(page: SitePage, params?: PageParams): string {
  const query = new URLSearchParams(params).toString();
  return `./${page}.html${query ? `?${query}` : ""}`;
}
