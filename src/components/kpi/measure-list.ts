// The action plan's measures as the アクションプラン page lists them: pillar → section → subsection headings, each
// measure a box with the seed's background (yellow 産業技術環境局, green 中小企業庁, none 特許庁・INPIT) AND the
// same information in words (colour is never the only signal), its timing and status, a 新規 mark for measures new
// in the revision, its sub-items, and the KPIs of the programs linked to it with their latest national figures and
// a link to the 事業KPI page. All text is set as text.

import {textElement} from "../safe-text.js";
import {
  agencyLegendOf, agencyStyleOf, measureTiming, type MeasureItem, type MeasurePillar
} from "./action-plan.js";
import {periodLabel} from "./fiscal-months.js";
import {formatTarget, reportingNote} from "./kpi-coverage.js";
import {formatActual, formatRate} from "./kpi-format.js";
import type {ActionPlanMeasure, KpiProgram} from "./kpi-types.js";
import type {LatestFigure} from "./latest-figures.js";
import {programPageHref} from "./program-param.js";

export interface LinkedKpi {
  program: KpiProgram;
  /** The latest figure of each of the program's metrics; null for a metric without figures. */
  figures: Array<{metricName: string; latest: LatestFigure | null}>;
}

export interface MeasureListOptions {
  linkedKpis(measureId: string): LinkedKpi[];
}

function span(text: string, className: string): HTMLSpanElement {
  return textElement("span", text, className);
}

function kpiLine({metricName, latest}: LinkedKpi["figures"][number]): HTMLLIElement {
  if (!latest) return textElement("li", `${metricName}：実績なし`);
  const {metric, nation, fiscalYear, period} = latest;
  const rate = nation.rate == null ? "" : `、達成率 ${formatRate(nation.rate)}`;
  // A national figure from part of the prefectures says so, as on the KPI pages.
  const partial = nation.reporting < nation.prefectures ? `（${reportingNote(nation)}）` : "";
  return textElement(
    "li",
    `${metricName}：${fiscalYear}年度（${periodLabel(period)}）全国${partial} 実績 ${formatActual(nation.actual, metric)} ／ ` +
      `目標 ${formatTarget(nation.target, metric)}${rate}`
  );
}

function linkedKpiBlock(kpis: readonly LinkedKpi[]): HTMLElement | null {
  if (kpis.length === 0) return null;
  const block = document.createElement("div");
  block.className = "measure-kpis";
  block.append(span("関連する KPI", "measure-kpis-label"));
  for (const {program, figures} of kpis) {
    const entry = document.createElement("div");
    entry.className = "measure-kpi";
    entry.dataset.program = program.programId;
    const link = textElement("a", `${program.name}（事業KPIへ）`);
    link.href = programPageHref(program.programId);
    const list = document.createElement("ul");
    list.append(...figures.map(kpiLine));
    entry.append(link, list);
    block.append(entry);
  }
  return block;
}

function measureBox(
  measure: ActionPlanMeasure,
  parent: ActionPlanMeasure | null,
  options: MeasureListOptions
): HTMLElement {
  const style = agencyStyleOf(measure.agencies);
  const legend = agencyLegendOf(style);
  const timing = measureTiming(measure.timing, parent?.timing ?? null);
  const box = document.createElement("article");
  box.className = `measure measure--${style}`;
  box.dataset.measure = measure.measureId;
  box.dataset.agency = style;
  box.dataset.status = timing.status;
  const header = document.createElement("div");
  header.className = "measure-header";
  header.append(
    span(measure.measureId, "measure-id"),
    span(legend.tag, `measure-tag measure-tag--${style}`),
    span(`時期：${timing.label}${timing.inherited ? "（上位の施策による）" : ""}`, "measure-timing"),
    span(`状況：${timing.statusLabel}`, `measure-status measure-status--${timing.status}`)
  );
  if (measure.isNew) header.append(span("新規", "measure-new"));
  box.append(header, textElement("p", measure.measure, "measure-text"));
  const agencies = `推進主体：${measure.agencies.join("・")}（${legend.background}：${legend.label}）`;
  box.append(textElement("p", agencies, "measure-agencies"));
  const kpis = linkedKpiBlock(options.linkedKpis(measure.measureId));
  if (kpis) box.append(kpis);
  if (measure.counterpart2021) {
    box.append(textElement("p", `令和3年12月版からの継続：${measure.counterpart2021}`, "measure-counterpart"));
  }
  return box;
}

function itemBox(item: MeasureItem, options: MeasureListOptions): HTMLElement {
  const box = measureBox(item.measure, null, options);
  if (item.children.length > 0) {
    const children = document.createElement("div");
    children.className = "measure-children";
    children.append(...item.children.map((child) => measureBox(child, item.measure, options)));
    box.append(children);
  }
  return box;
}

export function measureList(pillars: readonly MeasurePillar[], options: MeasureListOptions): HTMLElement {
  const root = document.createElement("div");
  root.className = "measure-list";
  if (pillars.length === 0) root.append(textElement("p", "条件に合う施策はありません。", "muted"));
  for (const pillar of pillars) {
    const pillarSection = document.createElement("section");
    pillarSection.className = "measure-pillar";
    pillarSection.append(textElement("h2", pillar.pillar));
    for (const section of pillar.sections) {
      pillarSection.append(textElement("h3", section.section));
      for (const subsection of section.subsections) {
        if (subsection.subsection) pillarSection.append(textElement("h4", subsection.subsection));
        pillarSection.append(...subsection.items.map((item) => itemBox(item, options)));
      }
    }
    root.append(pillarSection);
  }
  return root;
}

/** The legend of the seed, with swatches that carry their meaning in words too. */
export function agencyLegend(): HTMLElement {
  const list = document.createElement("ul");
  list.className = "agency-legend";
  for (const style of ["sangi", "chusho", "jpo"] as const) {
    const entry = agencyLegendOf(style);
    const item = document.createElement("li");
    item.className = `measure--${style}`;
    item.dataset.legend = style;
    item.append(span(entry.background, "agency-legend-swatch"), `：${entry.label}`);
    list.append(item);
  }
  return list;
}

/** One CSV row per measure, with what the page shows about it. */
export function measureCsvRows(
  measures: readonly ActionPlanMeasure[],
  programsOf: (measureId: string) => readonly KpiProgram[]
): Array<Record<string, unknown>> {
  const byId = new Map(measures.map((m) => [m.measureId, m]));
  return measures.map((m) => {
    const parent = m.parentMeasureId ? byId.get(m.parentMeasureId) ?? null : null;
    const timing = measureTiming(m.timing, parent?.timing ?? null);
    const legend = agencyLegendOf(agencyStyleOf(m.agencies));
    return {
      施策番号: m.measureId,
      上位の施策: m.parentMeasureId ?? "",
      柱: m.pillar,
      項目: m.section,
      小項目: m.subsection ?? "",
      施策: m.measure,
      推進主体: m.agencies.join("・"),
      区分: `${legend.label}（${legend.background}）`,
      時期: timing.label,
      状況: timing.statusLabel,
      新規: m.isNew ? "新規" : "",
      関連事業: programsOf(m.measureId).map((p) => p.name).join("・"),
      令和3年版との対応: m.counterpart2021 ?? ""
    };
  });
}

export const MEASURE_CSV_COLUMNS = [
  "施策番号", "上位の施策", "柱", "項目", "小項目", "施策", "推進主体", "区分", "時期", "状況", "新規", "関連事業", "令和3年版との対応"
];
