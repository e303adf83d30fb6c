// 出願人 × 技術 (マトリクスマップ / バブルチャート): applications of the top applicants in the top FI subclasses or
// main groups. A cell counts applications, once each, that have the applicant and at least one FI code in the node.

import {countPerKey, keysOfApplication, topKeys} from "./applicant-counts.js";
import {fiCodeMatches, fiCounts, fiNodes, type FiScope} from "./fi-hierarchy.js";
import type {LandscapeData} from "./landscape-data.js";
import {applicantKeys, type NameMode} from "./name-mode.js";

export type TechLevel = "subclass" | "mainGroup";

export interface MatrixOptions {
  nameMode: NameMode;
  level: TechLevel;
  fiPrefix?: string;
  fiScope?: FiScope;
  topApplicants?: number;
  topTechnologies?: number;
  /** These applicant keys as the rows, in this order, instead of the top ones (the 比較 page's chosen applicants). */
  applicants?: readonly number[];
}

export interface MatrixCell {
  applicant: string;
  technology: string;
  count: number;
}

export interface Matrix {
  /** Row order: most applications first. */
  applicants: string[];
  /** Column order: most applications first. */
  technologies: string[];
  /** Every combination, zeros included, row by row. */
  cells: MatrixCell[];
}

export function applicantTechnologyMatrix(data: LandscapeData, mask: Uint8Array, options: MatrixOptions): Matrix {
  const {nameMode, level, fiPrefix = "", fiScope = "all", topApplicants = 12, topTechnologies = 10} = options;
  const {keyOfName, labels} = applicantKeys(data, nameMode);
  const rowKeys = options.applicants ?? topKeys(countPerKey(data, mask, nameMode), topApplicants);
  const columnNodes = fiCounts(data, mask, {level, prefix: fiPrefix, scope: fiScope}).rows.slice(0, topTechnologies);
  const {nodeOfCode, nodes} = fiNodes(data, level);
  const rowOfKey = new Map(rowKeys.map((key, i) => [key, i]));
  const columnOfNode = new Int32Array(nodes.length).fill(-1);
  columnNodes.forEach((row, i) => (columnOfNode[nodes.indexOf(row.node)] = i));
  const matches = fiCodeMatches(data, fiPrefix);
  const width = columnNodes.length;
  const grid = new Int32Array(rowKeys.length * width);
  const seenColumn = new Int32Array(width).fill(-1);
  for (let a = 0; a < data.applications; ++a) {
    if (!mask[a]) continue;
    const columns: number[] = [];
    for (let r = data.fiStart[a]!, end = data.fiStart[a + 1]!; r < end; ++r) {
      if (fiScope === "lead" && !data.fiLead[r]) continue;
      const code = data.fiCode[r]!;
      if (matches && !matches[code]) continue;
      const column = columnOfNode[nodeOfCode[code]!]!;
      if (column < 0 || seenColumn[column] === a) continue;
      seenColumn[column] = a;
      columns.push(column);
    }
    if (columns.length === 0) continue;
    for (const key of keysOfApplication(data, a, keyOfName)) {
      const row = rowOfKey.get(key);
      if (row === undefined) continue;
      for (const column of columns) ++grid[row * width + column]!;
    }
  }
  const applicants = rowKeys.map((key) => labels[key]!);
  const technologies = columnNodes.map((row) => row.node);
  const cells: MatrixCell[] = [];
  applicants.forEach((applicant, row) =>
    technologies.forEach((technology, column) =>
      cells.push({applicant, technology, count: grid[row * width + column]!})
    )
  );
  return {applicants, technologies, cells};
}
