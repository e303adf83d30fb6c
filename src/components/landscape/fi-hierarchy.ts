// The FI hierarchy (section → class → subclass → main group → subgroup) for the 技術分布 chart and its drill-down,
// and the FI prefix filter. An application is counted once per node even when several of its codes fall in it.
// With the scope "lead" only the 筆頭FI counts; with "all" (the default) every FI code of the application does.

import type {LandscapeData} from "./landscape-data.js";
import {normalizeFiPrefix} from "./text-match.js";

export type FiLevel = "section" | "class" | "subclass" | "mainGroup" | "subgroup";
export type FiScope = "all" | "lead";

export const FI_LEVEL_LABELS: Record<FiLevel, string> = {
  section: "セクション",
  class: "クラス",
  subclass: "サブクラス",
  mainGroup: "メイングループ",
  subgroup: "サブグループ"
};

export const FI_SCOPE_LABELS: Record<FiScope, string> = {all: "全FI", lead: "筆頭FIのみ"};

/** IPC/FI section titles (JPO's Japanese wording). */
export const FI_SECTION_TITLES: Record<string, string> = {
  A: "生活必需品",
  B: "処理操作；運輸",
  C: "化学；冶金",
  D: "繊維；紙",
  E: "固定構造物",
  F: "機械工学；照明；加熱；武器；爆破",
  G: "物理学",
  H: "電気"
};

/** The level a chart shows below `prefix`: nothing → sections, "H" → classes, "H01" → subclasses, … */
export function childLevelOf(prefix: string): FiLevel {
  const p = normalizeFiPrefix(prefix);
  if (p === "") return "section";
  if (/^[A-H]$/.test(p)) return "class";
  if (/^[A-H]\d{2}$/.test(p)) return "subclass";
  if (/^[A-H]\d{2}[A-Z]$/.test(p)) return "mainGroup";
  return "subgroup";
}

/**
 * The prefix a click on `node` of `level` drills into. A main group gets a trailing slash so that H01M1 does not
 * also select H01M10–H01M16.
 */
export function drillPrefix(node: string, level: FiLevel): string {
  return level === "mainGroup" ? `${node}/` : node;
}

export interface FiCrumb {
  label: string;
  prefix: string;
}

/** The complete levels a prefix can contain, outermost first: H, H01, H01M, H01M10/. */
const LEVEL_PREFIXES = [/^[A-H]/, /^[A-H]\d{2}/, /^[A-H]\d{2}[A-Z]/, /^[A-H]\d{2}[A-Z]\d+\//];

/** The path from the top to `prefix`, for the breadcrumb above the chart: すべて › H › H01 › H01M › H01M10. */
export function fiBreadcrumb(prefix: string): FiCrumb[] {
  const p = normalizeFiPrefix(prefix);
  const crumbs: FiCrumb[] = [{label: "すべて", prefix: ""}];
  for (const pattern of LEVEL_PREFIXES) {
    const match = pattern.exec(p);
    if (!match) break;
    crumbs.push({label: match[0].replace(/\/$/, ""), prefix: match[0]});
  }
  if (p !== crumbs[crumbs.length - 1]!.prefix) crumbs.push({label: p, prefix: p});
  return crumbs;
}

/** FI titles by code at any level ("H01": "基本的電気素子"), from data/reference/fi-titles.csv. */
export type FiTitles = Readonly<Record<string, string>>;

/** The title of a node, "" when none is known; the section titles are always known. */
export function fiTitle(node: string, titles: FiTitles = FI_SECTION_TITLES): string {
  if (Object.hasOwn(titles, node)) return titles[node]!;
  return Object.hasOwn(FI_SECTION_TITLES, node) ? FI_SECTION_TITLES[node]! : "";
}

/** A node's label for charts: the code, then its title where one is known ("H 電気", "H01 基本的電気素子", "H01M"). */
export function fiNodeLabel(node: string, titles?: FiTitles): string {
  const title = fiTitle(node, titles);
  return title ? `${node} ${title}` : node;
}

function levelColumn(data: LandscapeData, level: FiLevel): readonly string[] {
  return data.fiCodes[level === "mainGroup" ? "mainGroup" : level];
}

export interface FiNodes {
  level: FiLevel;
  /** The node of each FI code id at this level. */
  nodeOfCode: Int32Array;
  /** The code of each node ("H01M"). */
  nodes: readonly string[];
}

const nodeCache = new WeakMap<LandscapeData, Map<FiLevel, FiNodes>>();

/** Node ids at one level for every FI code. Memoised per data set. */
export function fiNodes(data: LandscapeData, level: FiLevel): FiNodes {
  let byLevel = nodeCache.get(data);
  if (!byLevel) nodeCache.set(data, (byLevel = new Map()));
  let found = byLevel.get(level);
  if (!found) {
    const column = levelColumn(data, level);
    const ids = new Map<string, number>();
    const nodes: string[] = [];
    const nodeOfCode = new Int32Array(column.length);
    column.forEach((node, code) => {
      let id = ids.get(node);
      if (id === undefined) {
        id = nodes.length;
        ids.set(node, id);
        nodes.push(node);
      }
      nodeOfCode[code] = id;
    });
    found = {level, nodeOfCode, nodes};
    byLevel.set(level, found);
  }
  return found;
}

let lastMatch: {data: LandscapeData; prefix: string; matches: Uint8Array} | undefined;

/** 1 for each FI code id that starts with `prefix`; null when there is no prefix (every code matches). */
export function fiCodeMatches(data: LandscapeData, prefix: string): Uint8Array | null {
  const p = normalizeFiPrefix(prefix);
  if (p === "") return null;
  if (lastMatch?.data === data && lastMatch.prefix === p) return lastMatch.matches;
  const codes = data.fiCodes.fi;
  const matches = new Uint8Array(codes.length);
  for (let code = 0; code < codes.length; ++code) {
    // Codes are stored without spaces; a main group in a code is followed by "/", so "H01M10/" works as typed.
    if (codes[code]!.startsWith(p)) matches[code] = 1;
  }
  lastMatch = {data, prefix: p, matches};
  return matches;
}

export interface FiCountRow {
  node: string;
  /** The code and its title where known. */
  label: string;
  /** "" when no title is known. */
  title: string;
  count: number;
  /** Of the applications in the mask. */
  share: number;
}

export interface FiCounts {
  level: FiLevel;
  rows: FiCountRow[];
  /** Applications in the mask. */
  total: number;
}

/**
 * Applications per node at `level`, counting only FI codes under `prefix` and in `scope`; rows sorted by count
 * (descending), then code. An application is counted once per node.
 */
export function fiCounts(
  data: LandscapeData,
  mask: Uint8Array,
  {level, prefix = "", scope = "all", titles}: {level: FiLevel; prefix?: string; scope?: FiScope; titles?: FiTitles}
): FiCounts {
  const {nodeOfCode, nodes} = fiNodes(data, level);
  const matches = fiCodeMatches(data, prefix);
  const counts = new Int32Array(nodes.length);
  const lastApp = new Int32Array(nodes.length).fill(-1);
  let total = 0;
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a]) continue;
    ++total;
    for (let r = data.fiStart[a]!, end = data.fiStart[a + 1]!; r < end; ++r) {
      if (scope === "lead" && !data.fiLead[r]) continue;
      const code = data.fiCode[r]!;
      if (matches && !matches[code]) continue;
      const node = nodeOfCode[code]!;
      if (lastApp[node] === a) continue;
      lastApp[node] = a;
      ++counts[node]!;
    }
  }
  const rows: FiCountRow[] = [];
  counts.forEach((count, node) => {
    if (count > 0) {
      const code = nodes[node]!;
      const title = fiTitle(code, titles);
      rows.push({node: code, label: fiNodeLabel(code, titles), title, count, share: total ? count / total : 0});
    }
  });
  rows.sort((x, y) => y.count - x.count || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
  return {level, rows, total};
}
