// The 知財活用アクションプラン改定版 as the アクションプラン page shows it: measures grouped by pillar, section and
// subsection, sub-items (・) under their item (■), each with the seed's colour legend (背景黄色 = 産業技術環境局との
// 連携策, 背景緑 = 中小企業庁との連携策, 背景無色 = 特許庁・INPIT施策), its timing and status as the plan states them,
// and the KPI programs linked to it (data/reference/program-measures.csv).

import type {ActionPlanMeasure, KpiProgram, ProgramMeasureLink} from "./kpi-types.js";

/** The seed's three backgrounds. */
export type AgencyStyle = "sangi" | "chusho" | "jpo";

export interface AgencyLegendEntry {
  style: AgencyStyle;
  /** As the seed's legend says it. */
  label: string;
  /** The colour the printed plan uses, named so that colour is never the only signal. */
  background: string;
  /** Short tag shown on each measure. */
  tag: string;
}

export const AGENCY_LEGEND: readonly AgencyLegendEntry[] = [
  {style: "sangi", label: "産業技術環境局との連携策", background: "背景黄色", tag: "産業技術環境局 連携"},
  {style: "chusho", label: "中小企業庁との連携策", background: "背景緑", tag: "中小企業庁 連携"},
  {style: "jpo", label: "特許庁・INPIT施策", background: "背景無色", tag: "特許庁・INPIT"}
];

export function agencyStyleOf(agencies: readonly string[]): AgencyStyle {
  if (agencies.includes("産業技術環境局")) return "sangi";
  if (agencies.includes("中小企業庁")) return "chusho";
  return "jpo";
}

export function agencyLegendOf(style: AgencyStyle): AgencyLegendEntry {
  return AGENCY_LEGEND.find((entry) => entry.style === style)!;
}

export type MeasureStatus = "done" | "ongoing" | "planned" | "unspecified";

export interface MeasureTiming {
  /** "令和5年度（2023年度）", "実施済", …, or "記載なし". */
  label: string;
  status: MeasureStatus;
  /** "実施済", "実施中", "実施予定", "記載なし". */
  statusLabel: string;
  /** True when the sub-item states no timing of its own and the item's applies. */
  inherited: boolean;
}

const REIWA_BASE = 2018;

/**
 * The plan's timing marks: R5fy / R6fy (to be carried out in 令和5/6年度), 実施済, 実施中 and 進行中. A sub-item
 * without its own mark takes its item's. The status is the plan's (May 2023), not a record of progress since.
 */
export function measureTiming(timing: string | null, parentTiming: string | null = null): MeasureTiming {
  const own = timing?.trim() || null;
  const mark = own ?? (parentTiming?.trim() || null);
  const inherited = own === null && mark !== null;
  if (mark === null) return {label: "記載なし", status: "unspecified", statusLabel: "記載なし", inherited: false};
  const fiscal = /^R(\d+)fy$/i.exec(mark);
  if (fiscal) {
    const year = Number(fiscal[1]);
    return {
      label: `令和${year === 1 ? "元" : year}年度（${REIWA_BASE + year}年度）`,
      status: "planned",
      statusLabel: "実施予定",
      inherited
    };
  }
  if (mark === "実施済") return {label: mark, status: "done", statusLabel: "実施済", inherited};
  if (mark === "実施中" || mark === "進行中") return {label: mark, status: "ongoing", statusLabel: "実施中", inherited};
  return {label: mark, status: "unspecified", statusLabel: "記載なし", inherited};
}

export interface MeasureItem {
  measure: ActionPlanMeasure;
  /** Its ・ sub-items, in plan order. */
  children: ActionPlanMeasure[];
}

export interface MeasureSubsection {
  subsection: string | null;
  items: MeasureItem[];
}

export interface MeasureSection {
  section: string;
  subsections: MeasureSubsection[];
}

export interface MeasurePillar {
  pillar: string;
  sections: MeasureSection[];
}

function lastOrPush<T>(list: T[], matches: (item: T) => boolean, create: () => T): T {
  const last = list[list.length - 1];
  if (last && matches(last)) return last;
  const created = create();
  list.push(created);
  return created;
}

/**
 * Pillars → sections → subsections → items with their sub-items, in plan order. A sub-item whose item is not in
 * `measures` (filtered out) stands as an item of its own.
 */
export function groupMeasures(measures: readonly ActionPlanMeasure[]): MeasurePillar[] {
  const sorted = [...measures].sort((a, b) => a.sortOrder - b.sortOrder);
  const present = new Set(sorted.map((m) => m.measureId));
  const children = new Map<string, ActionPlanMeasure[]>();
  for (const m of sorted) {
    if (m.parentMeasureId && present.has(m.parentMeasureId)) {
      const list = children.get(m.parentMeasureId) ?? [];
      list.push(m);
      children.set(m.parentMeasureId, list);
    }
  }
  const pillars: MeasurePillar[] = [];
  for (const m of sorted) {
    if (m.parentMeasureId && present.has(m.parentMeasureId)) continue;
    const pillar = lastOrPush(pillars, (p) => p.pillar === m.pillar, () => ({pillar: m.pillar, sections: []}));
    const section = lastOrPush(
      pillar.sections,
      (s) => s.section === m.section,
      () => ({section: m.section, subsections: []})
    );
    const subsection = lastOrPush(
      section.subsections,
      (s) => s.subsection === m.subsection,
      () => ({subsection: m.subsection, items: []})
    );
    subsection.items.push({measure: m, children: children.get(m.measureId) ?? []});
  }
  return pillars;
}

export interface MeasureFilter {
  styles: ReadonlySet<AgencyStyle>;
  newOnly: boolean;
}

export function filterMeasures(measures: readonly ActionPlanMeasure[], filter: MeasureFilter): ActionPlanMeasure[] {
  return measures.filter((m) => filter.styles.has(agencyStyleOf(m.agencies)) && (!filter.newOnly || m.isNew));
}

/** The programs linked to a measure, in program order. */
export function programsOfMeasure(
  measureId: string,
  links: readonly ProgramMeasureLink[],
  programs: readonly KpiProgram[]
): KpiProgram[] {
  const ids = new Set(links.filter((link) => link.measureId === measureId).map((link) => link.programId));
  return programs.filter((p) => ids.has(p.programId)).sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Measures per pillar and agency style, for the overview chart. */
export interface MeasureCount {
  pillar: string;
  style: AgencyStyle;
  /** The legend's words for the style. */
  label: string;
  count: number;
}

export function measureCounts(measures: readonly ActionPlanMeasure[]): MeasureCount[] {
  const counts = new Map<string, number>();
  for (const m of measures) {
    const key = `${m.pillar}\u0000${agencyStyleOf(m.agencies)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pillars = [...new Set([...measures].sort((a, b) => a.sortOrder - b.sortOrder).map((m) => m.pillar))];
  return pillars.flatMap((pillar) =>
    AGENCY_LEGEND.map(({style, label}) => ({pillar, style, label, count: counts.get(`${pillar}\u0000${style}`) ?? 0}))
  );
}
