// Guards the offline rule (stack-notes §6): nothing in src/ may make `observable build` or the built site reach the
// internet. Framework fetches from cdn.jsdelivr.net for `npm:` imports, for the implicit globals (Plot, d3, Inputs,
// html, DuckDBClient, …) used without an import, for `sql` front matter and blocks, and for FileAttachment's
// .csv()/.arrow()/.parquet()/… readers. Pages are parsed with Framework's own Markdown parser, so "used without an
// import" means exactly what it means to the build. Each finding names the file and line.

import {createMarkdownIt, parseMarkdown} from "@observablehq/framework/dist/markdown.js";
import {readdirSync, readFileSync} from "node:fs";
import {extname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {describe, expect, test} from "vitest";

const srcDir = fileURLToPath(new URL("../../src", import.meta.url));

/** Free names Framework turns into `npm:` downloads (its src/libraries.ts, getImplicitInputImports). */
const IMPLICIT_GLOBALS = new Set([
  "_", "aq", "Arrow", "d3", "dot", "duckdb", "DuckDBClient", "sql", "echarts", "htl", "html", "svg", "Inputs", "L",
  "mapboxgl", "mermaid", "Plot", "React", "ReactDOM", "SQLite", "SQLiteDatabaseClient", "tex", "topojson", "vl", "vg",
  "aapl", "alphabet", "cars", "citywages", "diamonds", "flare", "industries", "miserables", "olympians", "penguins",
  "pizza", "weather"
]);

/** FileAttachment readers that pull a library from the CDN (xlsx/zip/sqlite presumably too: stack-notes §6.2). */
const ONLINE_FILE_METHODS = ["csv", "tsv", "dsv", "arrow", "parquet", "xlsx", "zip", "sqlite", "arquero"];

const ONLINE_HOSTS = [
  "cdn.jsdelivr.net",
  "unpkg.com",
  "esm.sh",
  "cdnjs.cloudflare.com",
  "fonts.googleapis.com",
  "fonts.gstatic.com",
  "extensions.duckdb.org"
];

const escapeDots = (host: string) => host.replaceAll(".", "\\.");

const TEXT_RULES: Array<{rule: string; pattern: RegExp}> = [
  {rule: "npm: import (downloaded from cdn.jsdelivr.net)", pattern: /["'`]npm:[^"'`]*/g},
  {
    rule: "online resource",
    pattern: new RegExp(String.raw`https?://(${ONLINE_HOSTS.map(escapeDots).join("|")})[^\s"'\x60)]*`, "g")
  },
  {
    rule: "FileAttachment reader that loads a library from the CDN (use .arrayBuffer(), .text() or .json())",
    pattern: new RegExp(String.raw`FileAttachment\(\s*[^)]*\)\s*\.\s*(${ONLINE_FILE_METHODS.join("|")})\s*\(`, "g")
  }
];

const PAGE_RULES: Array<{rule: string; pattern: RegExp}> = [
  {rule: "```sql block (loads DuckDB-Wasm from the CDN)", pattern: /^[ \t]*```[ \t]*sql\b.*$/gm}
];

interface Finding {
  file: string;
  line: number;
  rule: string;
  excerpt: string;
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

function findPattern(file: string, source: string, rule: string, pattern: RegExp): Finding[] {
  return [...source.matchAll(pattern)].map((m) => ({file, line: lineAt(source, m.index), rule, excerpt: m[0].trim()}));
}

/** Number of lines taken by the YAML front matter, if any. */
function frontMatterLength(lines: string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  return end < 0 ? 0 : end + 1;
}

/**
 * First line using `name` as an identifier in the page body, outside import statements; 0 when the name does not
 * appear (Framework generated the reference, e.g. `Inputs` and `sql` for a ```sql block, reported on its own).
 */
function lineUsing(source: string, name: string): number {
  const identifier = new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, "\\$")}(?![\w$])`);
  const lines = source.split("\n");
  for (let i = frontMatterLength(lines); i < lines.length; ++i) {
    if (identifier.test(lines[i]!) && !/^\s*import\b/.test(lines[i]!)) return i + 1;
  }
  return 0;
}

function frontMatterLine(source: string, key: string): number {
  const index = source.split("\n").findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
  return index + 1;
}

/** Offline violations in one page, as Framework's parser sees its code. */
function pageFindings(file: string, source: string): Finding[] {
  const findings = PAGE_RULES.flatMap(({rule, pattern}) => findPattern(file, source, rule, pattern));
  const page = parseMarkdown(source, {md: createMarkdownIt(), path: `/${file}`});
  if (page.data.sql) {
    const rule = "sql: front matter (DuckDB-Wasm from the CDN)";
    findings.push({file, line: frontMatterLine(source, "sql"), rule, excerpt: "sql:"});
  }
  const declared = new Set(page.code.flatMap(({node}) => (node.declarations ?? []).map((d) => d.name)));
  const free = new Set(page.code.flatMap(({node}) => node.references.map((r) => r.name)));
  for (const name of free) {
    if (!IMPLICIT_GLOBALS.has(name) || declared.has(name)) continue;
    const line = lineUsing(source, name);
    if (!line) continue;
    const rule = `implicit global ${name} without an import (Framework fetches it from the CDN)`;
    findings.push({file, line, rule, excerpt: name});
  }
  return findings;
}

/** Offline violations in any source file under src/. */
function fileFindings(file: string, source: string): Finding[] {
  const findings = TEXT_RULES.flatMap(({rule, pattern}) => findPattern(file, source, rule, pattern));
  if (extname(file) === ".md") findings.push(...pageFindings(file, source));
  return findings;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name === ".observablehq" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if ([".md", ".js", ".ts", ".jsx", ".tsx", ".css", ".html", ".json"].includes(extname(entry.name))) yield path;
  }
}

function report(findings: Finding[]): string[] {
  return findings.map((f) => `src/${f.file}:${f.line}: ${f.rule}: ${f.excerpt}`);
}

describe("src/ stays offline", () => {
  test("no npm: imports, CDN URLs, sql blocks, online FileAttachment readers or implicit globals", () => {
    const findings: Finding[] = [];
    for (const path of sourceFiles(srcDir)) {
      findings.push(...fileFindings(relative(srcDir, path), readFileSync(path, "utf8")));
    }
    expect(report(findings)).toEqual([]);
  });
});

describe("the guard itself", () => {
  const badPage = [
    "---",
    "title: 悪い例",
    "sql:",
    "  patents: ./data/patents.parquet",
    "---",
    "",
    "```js",
    'import {tableFromIPC} from "npm:apache-arrow";',
    'const rows = await FileAttachment("data/x.csv").csv({typed: true});',
    "const chart = Plot.plot({marks: []});",
    "```",
    "",
    "${html`<b>${d3.sum([1, 2])}</b>`}",
    "",
    "```sql",
    "SELECT 1",
    "```",
    ""
  ].join("\n");

  test("finds every kind of violation with its line", () => {
    const found = report(fileFindings("bad.md", badPage));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/bad\.md:3: sql: front matter/),
        expect.stringMatching(/^src\/bad\.md:8: npm: import/),
        expect.stringMatching(/^src\/bad\.md:9: FileAttachment reader/),
        expect.stringMatching(/^src\/bad\.md:10: implicit global Plot/),
        expect.stringMatching(/^src\/bad\.md:13: implicit global html/),
        expect.stringMatching(/^src\/bad\.md:13: implicit global d3/),
        expect.stringMatching(/^src\/bad\.md:15: ```sql block/)
      ])
    );
  });

  test("accepts bare-specifier imports and offline FileAttachment readers", () => {
    const goodPage = [
      "```js",
      'import * as Plot from "@observablehq/plot";',
      'import * as d3 from "d3";',
      'import {html} from "htl";',
      'const bytes = await FileAttachment("data/x.parquet").arrayBuffer();',
      "const chart = Plot.plot({marks: []});",
      "```",
      "",
      "${html`<b>${d3.sum([1, 2])}</b>`}"
    ].join("\n");
    expect(report(fileFindings("good.md", goodPage))).toEqual([]);
  });

  test("checks modules for npm: specifiers and online readers too", () => {
    const module = [
      'import * as Plot from "npm:@observablehq/plot";',
      'export const f = () => FileAttachment("a.arrow").arrow();'
    ].join("\n");
    expect(report(fileFindings("components/bad.ts", module))).toHaveLength(2);
  });

  test("flags web fonts and CDN URLs in any file", () => {
    const css = '@import url("https://fonts.googleapis.com/css2?family=Noto+Sans+JP");';
    expect(report(fileFindings("style.css", css))).toEqual([
      "src/style.css:1: online resource: https://fonts.googleapis.com/css2?family=Noto+Sans+JP"
    ]);
  });
});
