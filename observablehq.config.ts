// The chizai-atlas site. Offline by construction: no Google Fonts, no CDN, no telemetry (stack-notes §6, §13).

import {SAMPLE_FOOTNOTE_ID} from "./src/components/banner.js";
import {SITE_PAGES} from "./src/components/site-pages.js";

// Framework reads this when it first records an event, which happens after the config is loaded; the npm scripts
// and CI set it too, this covers `npx observable …` run by hand.
process.env.OBSERVABLE_TELEMETRY_DISABLE ??= "true";

// Framework renders `<html>` without a lang attribute and has no option for it. Setting it before <body> is parsed
// makes Chromium and screen readers pick Japanese glyphs (not Chinese variants) and Japanese pronunciation.
// The sidebar toggle's tooltip is English in Framework's template.
const setLanguage = `<script>
document.documentElement.lang = "ja";
addEventListener("DOMContentLoaded", () => {
  document.getElementById("observablehq-sidebar-toggle")?.setAttribute("title", "サイドバーの表示切替");
});
</script>`;

interface MarkdownToken {
  type: string;
  content: string;
  children: MarkdownToken[] | null;
  attrSet(name: string, value: string): void;
}

interface MarkdownIt {
  core: {ruler: {push(name: string, rule: (state: {tokens: MarkdownToken[]}) => void): void}};
}

/** Keeps letters and digits of any script: Framework's slugify drops Japanese, leaving id="" on 出願件数の推移. */
function headingSlug(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** Re-assigns unique, non-empty heading ids after Framework's anchor plugin, so the table of contents works. */
function japaneseHeadingIds(md: MarkdownIt): MarkdownIt {
  md.core.ruler.push("japanese-heading-ids", (state) => {
    const used = new Set<string>();
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open") return;
      const inline = state.tokens[i + 1]?.children ?? [];
      const text = inline.filter((t) => t.type === "text" || t.type === "code_inline").map((t) => t.content).join("");
      const base = headingSlug(text) || "section";
      let id = base;
      for (let n = 2; used.has(id); ++n) id = `${base}-${n}`;
      used.add(id);
      token.attrSet("id", id);
    });
  });
  return md;
}

export default {
  title: "chizai-atlas",
  // A build works on a private copy of src/ with its own cache (loaders/cli/private-site-root.ts).
  root: process.env.CHIZAI_SITE_ROOT || "src",
  output: process.env.CHIZAI_DIST || "dist",
  // The sidebar (src/components/site-pages.ts lists the pages for the links built in JavaScript too).
  pages: SITE_PAGES.map(({name, path}) => ({name, path})),
  // Links end in .html, so the built site works on any static server with no rewrite rules (Apache, nginx, IIS,
  // python http.server): Framework writes dist/region.html, and /region alone would be a 404 there. The addresses
  // without the extension still work through the redirect stubs of loaders/site/static-fallbacks.ts.
  preserveExtension: true,
  head: `${setLanguage}\n<link rel="icon" href="/favicon.svg" type="image/svg+xml">`,
  // The sentence about the sample stays hidden unless the page shows sample data (src/components/banner.ts).
  footer:
    "データの出典：特許情報プラットフォーム（J-PlatPat、独立行政法人 工業所有権情報・研修館）、" +
    `特許庁・INPIT の支援事業の実績。<span id="${SAMPLE_FOOTNOTE_ID}" hidden>` +
    "同梱のサンプルデータは架空のものであり、実在の出願・企業・実績を表しません。</span>",
  // The offline equivalent of theme "dashboard" (air / near-midnight, alt, wide) plus the Inputs styles.
  style: "style.css",
  // The default is Source Serif 4 from Google Fonts.
  globalStylesheets: [],
  // The built-in index cannot match most Japanese words (stack-notes §11).
  search: false,
  toc: {label: "目次"},
  markdownIt: japaneseHeadingIds,
  // No DuckDB extension may be fetched from extensions.duckdb.org even if a page used the built-in DuckDB by mistake
  // (the offline guard test forbids that too).
  duckdb: {extensions: {json: null, parquet: null}}
};
