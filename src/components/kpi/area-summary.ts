// Figures of an area (a bureau's block, or the whole country) from the figures of its prefectures: the landing
// view goes nation → block → prefecture.
//
// Counts add up: 実績 and 目標 are sums, and the 達成率 is Σ実績 ÷ Σ目標 over the prefectures that have both (a
// prefecture without a target must not raise the rate of its block). 前年同期比 is Σ今年度 ÷ Σ前年度 − 1 over the
// prefectures comparable with last year. A percentage does not add up across prefectures: an area's figure is the
// unweighted mean of its prefectures (each desk counts once), and its 前年同期比 the mean difference in points.
//
// An area figure is often computed from part of the area (the first months of a new 年度, a prefecture late with
// its sheet, targets not yet registered): each figure carries how many prefectures it stands on, so that the pages
// can say so (kpi-coverage.ts) instead of presenting four prefectures as the nation.

import {achievementRate} from "./achievement.js";
import type {KpiBureau, ValueKind} from "./kpi-types.js";
import {combine} from "./period-actual.js";
import type {PeriodFigures, PrefectureFigure} from "./prefecture-figures.js";
import {changeOf} from "./year-on-year.js";

export interface AreaFigure extends PeriodFigures {
  /** "全国" or the bureau's short name. */
  key: string;
  /** 全国 or 関東経済産業局. */
  label: string;
  /** Prefectures in the area, and how many of them reported a 実績. */
  prefectures: number;
  reporting: number;
  /** Prefectures with a 目標 for the period (target); those with both 実績 and 目標 (rate and progress). */
  targeted: number;
  rated: number;
  /** Prefectures compared year on year: a 実績 in the same months of both 年度. */
  compared: number;
}

export const NATION_KEY = "全国";

function defined(values: ReadonlyArray<number | null>): number[] {
  return values.filter((v): v is number => v != null);
}

/** The pair sums (or means) over the prefectures where both values are known, and how many those are. */
function paired(
  figures: readonly PrefectureFigure[],
  a: (f: PrefectureFigure) => number | null,
  b: (f: PrefectureFigure) => number | null,
  kind: ValueKind
): [number | null, number | null, number] {
  const both = figures.filter((f) => a(f) != null && b(f) != null);
  return [combine(both.map((f) => a(f)!), kind), combine(both.map((f) => b(f)!), kind), both.length];
}

export function summariseArea(
  figures: readonly PrefectureFigure[],
  kind: ValueKind,
  key: string,
  label: string
): AreaFigure {
  const [rateActual, rateTarget, rated] = paired(figures, (f) => f.actual, (f) => f.target, kind);
  const [progressActual, annualTargetPaired] = paired(figures, (f) => f.actual, (f) => f.annualTarget, kind);
  const [yoyCurrent, yoyPrevious, compared] = paired(figures, (f) => f.yoyCurrent, (f) => f.yoyPrevious, kind);
  return {
    key,
    label,
    prefectures: figures.length,
    reporting: figures.filter((f) => f.actual != null).length,
    targeted: figures.filter((f) => f.target != null).length,
    rated,
    compared,
    actual: combine(defined(figures.map((f) => f.actual)), kind),
    target: combine(defined(figures.map((f) => f.target)), kind),
    annualTarget: combine(defined(figures.map((f) => f.annualTarget)), kind),
    rate: achievementRate(rateActual, rateTarget),
    progress: kind === "count" ? achievementRate(progressActual, annualTargetPaired) : null,
    yoyCurrent,
    yoyPrevious,
    yoy: changeOf(yoyCurrent, yoyPrevious, kind)
  };
}

/** The nation, then every bureau in government order. */
export function bureauSummary(
  figures: readonly PrefectureFigure[],
  bureaus: readonly KpiBureau[],
  kind: ValueKind
): AreaFigure[] {
  const nation = summariseArea(figures, kind, NATION_KEY, NATION_KEY);
  const blocks = [...bureaus]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((b) => summariseArea(figures.filter((f) => f.bureau === b.bureau), kind, b.bureau, b.name));
  return [nation, ...blocks];
}

/** The same rows with the chosen bureau first (its own view), then the nation, then the other bureaus. */
export function withBureauFirst(rows: readonly AreaFigure[], bureau: string | null): AreaFigure[] {
  if (!bureau) return [...rows];
  const own = rows.filter((row) => row.key === bureau);
  return [...own, ...rows.filter((row) => row.key !== bureau)];
}
