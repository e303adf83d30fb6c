// The numbers behind the 比較 page's charts, as the CSV its cards download: one row per panel and year / bar, the
// panel named in the first column, so one file holds every small multiple (ready for an Excel pivot).

import type {CsvTable} from "../export-csv.js";
import {FI_LEVEL_LABELS} from "../landscape/fi-hierarchy.js";
import type {Ranking} from "../landscape/ranking.js";
import {percent} from "../landscape/tables.js";
import type {Trend} from "../landscape/trend.js";
import {yearAxisLabel} from "../landscape/year-basis.js";
import type {CollectionOverlap} from "./collection-overlap.js";
import type {ComparePanel, TechnologyMix} from "./compare-panels.js";

const panelColumns = [
  {key: "panel", label: "比較対象"},
  {key: "role", label: "区分"}
];

export function trendComparisonTable(panels: readonly ComparePanel[], trends: readonly Trend[]): CsvTable {
  const basis = trends[0]?.basis ?? "filing";
  const yearKind = trends[0]?.yearKind ?? "calendar";
  return {
    rows: trends.flatMap((trend, i) =>
      trend.totals.map((t) => ({
        panel: panels[i]!.label,
        role: panels[i]!.role,
        year: t.year,
        count: t.count,
        reference: t.reference ? "参考値" : ""
      }))
    ),
    columns: [
      ...panelColumns,
      {key: "year", label: yearAxisLabel(basis, yearKind)},
      {key: "count", label: "出願件数"},
      {key: "reference", label: "参考値"}
    ]
  };
}

export function rankingComparisonTable(panels: readonly ComparePanel[], rankings: readonly Ranking[]): CsvTable {
  return {
    rows: rankings.flatMap((ranking, i) =>
      ranking.rows.map((row) => ({panel: panels[i]!.label, role: panels[i]!.role, ...row, percent: percent(row.share)}))
    ),
    columns: [
      ...panelColumns,
      {key: "rank", label: "順位"},
      {key: "label", label: "出願人"},
      {key: "count", label: "出願件数"},
      {key: "percent", label: "割合（%）"}
    ]
  };
}

export function technologyMixTable(panels: readonly ComparePanel[], mix: TechnologyMix): CsvTable {
  return {
    rows: mix.rows.flatMap((rows, i) =>
      rows.map((row) => ({
        panel: panels[i]!.label,
        role: panels[i]!.role,
        node: row.node,
        title: row.title,
        count: row.count,
        total: mix.totals[i],
        percent: percent(row.share)
      }))
    ),
    columns: [
      ...panelColumns,
      {key: "node", label: `FI ${FI_LEVEL_LABELS[mix.level]}`},
      {key: "title", label: "タイトル"},
      {key: "count", label: "出願件数"},
      {key: "total", label: "比較対象の出願件数"},
      {key: "percent", label: "割合（%）"}
    ]
  };
}

/** One row per exact membership ("A と B だけ"), as the overlap table shows it. */
export function overlapTable(names: readonly string[], overlap: CollectionOverlap): CsvTable {
  return {
    rows: overlap.memberships.map((row) => ({
      members: row.members.map((i) => names[i]).join(" ＋ "),
      collections: row.members.length,
      count: row.count,
      ...Object.fromEntries(names.map((_, i) => [`c${i}`, row.members.includes(i) ? "●" : ""]))
    })),
    columns: [
      {key: "members", label: "入っているコレクション（これらだけ）"},
      {key: "collections", label: "コレクション数"},
      ...names.map((name, i) => ({key: `c${i}`, label: name})),
      {key: "count", label: "出願件数"}
    ]
  };
}
