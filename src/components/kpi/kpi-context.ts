// What a KPI chart carries into its downloads and print: the 年度, the months, the program, the metric, the values
// shown and the area, said in one line; the KPI files the figures come from as the source; and the 年度 and the
// month range in the file names (地域KPI_地図_相談件数_達成率_2024年度_4-9月.png).

import type {ChartContext} from "../chart-context.js";
import {formatFiscalYearBoth} from "../format.js";
import {monthAt, periodLabel, type FiscalPeriod} from "./fiscal-months.js";
import type {KpiBatch, KpiMetric, KpiProgram} from "./kpi-types.js";
import {kpiValueLabel, type KpiValue} from "./value-choice.js";

export interface KpiConditions {
  fiscalYear: number;
  period: FiscalPeriod;
  program: Pick<KpiProgram, "name">;
  metric: Pick<KpiMetric, "name" | "unit">;
  /** The values the page shows (実績, 達成率, 前年同期比), when it has that choice. */
  value?: KpiValue | null;
  /** The area shown: 全国 or a bureau's name. */
  scope: string;
}

/** A caption line, not a list: the page's own 「データの出所」 lists every file. */
const MAX_NAMED_FILES = 3;

/** 「出典：取り込んだ KPI ファイル（kpi-2024.csv、sample.csv（架空のサンプル））」, as the page lists them. */
export function kpiSource(batches: readonly Pick<KpiBatch, "fileName" | "isSample">[]): string {
  if (batches.length === 0) return "出典：取り込んだ KPI ファイル（なし）";
  const files = batches.slice(0, MAX_NAMED_FILES).map((b) => `${b.fileName}${b.isSample ? "（架空のサンプル）" : ""}`);
  const more = batches.length > MAX_NAMED_FILES ? ` ほか${batches.length - MAX_NAMED_FILES}件` : "";
  return `出典：取り込んだ KPI ファイル（${files.join("、")}${more}）`;
}

/** 「年度：2024年度（令和6年度）　期間：4月〜9月　事業：…　指標：相談件数（件）　表示：達成率　地域：全国」. */
export function kpiConditionsText(c: KpiConditions): string {
  const parts = [
    `年度：${formatFiscalYearBoth(c.fiscalYear)}`,
    `期間：${periodLabel(c.period)}`,
    `事業：${c.program.name}`,
    `指標：${c.metric.name}（${c.metric.unit}）`
  ];
  if (c.value) parts.push(`表示：${kpiValueLabel(c.value)}`);
  parts.push(`地域：${c.scope}`);
  return parts.join("　");
}

/** The 年度 and the month range, e.g. ["2024年度", "4-9月"]: what every KPI file name ends with. */
export function kpiFileSuffix(fiscalYear: number, period: FiscalPeriod): string[] {
  const months = period.from === period.to ? `${monthAt(period.from)}月` : `${monthAt(period.from)}-${monthAt(period.to)}月`;
  return [`${fiscalYear}年度`, months];
}

export function kpiContext(conditions: KpiConditions, batches: readonly Pick<KpiBatch, "fileName" | "isSample">[]): ChartContext {
  return {
    conditions: kpiConditionsText(conditions),
    source: kpiSource(batches),
    filePrefix: [],
    fileSuffix: kpiFileSuffix(conditions.fiscalYear, conditions.period)
  };
}
