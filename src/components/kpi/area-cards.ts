// The four cards at the top of 地域KPI and 事業KPI: 実績, 目標, 達成率 and 前年同期比 of the area in view (the nation
// or a bureau), each saying what it stands on: how many prefectures reported, 目標未登録 for a 年度 without targets,
// and which prefectures a 達成率 or 前年同期比 from part of the area was computed from (kpi-coverage.ts). A bureau's
// view adds the national figure for comparison, with the same caveats.

import {kpiCard, type KpiCardOptions} from "../kpi-card.js";
import type {AreaFigure} from "./area-summary.js";
import {
  formatRateAgainst, formatTarget, rateBasisNote, reportingNote, shareOfPrefectures, yearOnYearBasisNote
} from "./kpi-coverage.js";
import {formatActual, formatChange} from "./kpi-format.js";
import type {KpiMetric} from "./kpi-types.js";

export interface AreaCardsInput {
  /** The area in view, and the nation (the same object when the nation is in view). */
  scope: AreaFigure;
  nation: AreaFigure;
  /** 全国 or the bureau's name. */
  scopeName: string;
  metric: KpiMetric;
  /** The 年度 and period, e.g. "2024年度・4月〜9月". */
  when: string;
}

export type AreaCardKey = "actual" | "target" | "rate" | "yoy";

const join = (parts: ReadonlyArray<string | null | false>) => parts.filter(Boolean).join("、");

/** What each card says, in order. */
export function areaCardTexts({scope, nation, scopeName, metric, when}: AreaCardsInput): Array<KpiCardOptions & {key: AreaCardKey}> {
  const national = scope !== nation;
  const nationRate = formatRateAgainst(nation.rate, nation.target);
  const nationYoy = nation.compared > 0 && nation.compared < nation.prefectures
    ? `${formatChange(nation.yoy, metric.valueKind)}（${shareOfPrefectures(nation.compared, nation.prefectures)}）`
    : formatChange(nation.yoy, metric.valueKind);
  const hasTarget = scope.target != null;
  return [
    {key: "actual", label: `実績（${scopeName}）`, value: formatActual(scope.actual, metric), note: `${when}、${reportingNote(scope)}`},
    {
      key: "target",
      label: "目標（同じ期間）",
      value: formatTarget(scope.target, metric),
      note: hasTarget
        ? join([
            `年間目標 ${formatTarget(scope.annualTarget, metric)}`,
            scope.targeted < scope.prefectures && `${shareOfPrefectures(scope.targeted, scope.prefectures)}の目標`
          ])
        : "この年度の目標はまだ取り込まれていません"
    },
    {
      key: "rate",
      label: "達成率",
      value: formatRateAgainst(scope.rate, scope.target),
      note: join([
        hasTarget && metric.valueKind === "count" && `進捗率 ${formatRateAgainst(scope.progress, scope.annualTarget)}`,
        rateBasisNote(scope),
        national && `全国 ${nationRate}`
      ])
    },
    {
      key: "yoy",
      label: "前年同期比",
      value: formatChange(scope.yoy, metric.valueKind),
      note: join([
        yearOnYearBasisNote(scope),
        scope.compared > 0 && `前年同期 ${formatActual(scope.yoyPrevious, metric)}`,
        national && `全国 ${nationYoy}`
      ])
    }
  ];
}

/** The cards, each marked data-figure with its key, for the page's four-column grid. */
export function areaCards(input: AreaCardsInput): HTMLDivElement[] {
  return areaCardTexts(input).map(({key, ...options}) => {
    const card = kpiCard(options);
    card.dataset.figure = key;
    return card;
  });
}
