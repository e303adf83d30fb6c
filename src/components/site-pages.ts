// The pages of the site, in one place: the sidebar (observablehq.config.ts), the links pages build in JavaScript
// (page-link.ts) and the redirect stubs written after a build (loaders/site/static-fallbacks.ts) all read this list.
// Every path must exist as src/<path>.md or the build fails with "Not found": add one line here when you add a page.
// The home page (src/index.md, 概要) is the sidebar's top link and is not listed.

export const SITE_PAGES = [
  {name: "ランドスケープ", path: "/landscape"},
  {name: "出願人", path: "/applicant"},
  {name: "比較", path: "/compare"},
  {name: "地域KPI", path: "/region"},
  {name: "事業KPI", path: "/programs"},
  {name: "支援成果", path: "/outcomes"},
  {name: "アクションプラン", path: "/action-plan"},
  {name: "データ品質", path: "/quality"},
  {name: "動作確認", path: "/system-check"}
] as const;

/** A page's path without the leading slash, e.g. "applicant": what `pageHref` takes. */
export type SitePage = (typeof SITE_PAGES)[number]["path"] extends `/${infer Page}` ? Page : never;
