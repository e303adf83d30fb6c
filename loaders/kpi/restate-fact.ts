// What happens when a KPI figure is stated again: by a later row of the same file, or by a later file. One rule
// serves both, so that a file read on its own and a file loaded on top of the warehouse agree:
//
// - The key is (fiscal year, month, prefecture, program, metric); the bureau follows from the prefecture.
// - A later statement wins value by value: a 実績 or 目標 it states replaces the earlier one; a cell it leaves
//   empty keeps the earlier value. An empty cell says "not stated here", never "erase" (a target-only revision must
//   not wipe out the actuals, an actuals-only correction must not wipe out the targets).
// - A statement that changes nothing (the same figures, or only empty cells) is not a change: the figure keeps
//   the provenance of the row that first stated it, and nothing is superseded.

import type {KpiFact} from "./kpi-row.js";

/** A fact and the physical lines of the row that stated it (header = line 1). */
export interface SourcedKpiFact {
  fact: KpiFact;
  lineStart: number;
  lineEnd: number;
}

export function kpiFactKey(fact: KpiFact): string {
  return [fact.fiscalYear, fact.month ?? "", fact.prefectureCode, fact.program, fact.metric].join("|");
}

/** `earlier` as restated by `later` (same key), or null when `later` changes none of its values. */
export function restateFact(earlier: KpiFact, later: KpiFact): KpiFact | null {
  const actual = later.actual ?? earlier.actual;
  const target = later.target ?? earlier.target;
  if (actual === earlier.actual && target === earlier.target) return null;
  return {...earlier, actual, target};
}
