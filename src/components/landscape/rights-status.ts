// 権利状況 from ステージ and イベント詳細. Most rows of a J-PlatPat export carry no stage (jplatpat-format.md §4):
// those are "unknown", never "no rights", and the charts say how many applications have a stage at all.

import type {LandscapeData} from "./landscape-data.js";
import {UNKNOWN_INDEX} from "./landscape-meta.js";

/** Stages in the order of an application's life; others follow alphabetically, unknown last. */
export const STAGE_ORDER = ["審査請求前", "審査中", "査定不服", "特許 有効", "特許 消滅", "（出願の）却下・拒絶"];

export const UNKNOWN_STAGE = "不明（情報なし）";

/** Stage ids (index into meta.stages) in display order, unknown (0) last. */
export function stageDisplayOrder(stages: readonly string[]): number[] {
  const rank = (label: string) => {
    const i = STAGE_ORDER.indexOf(label);
    return i < 0 ? STAGE_ORDER.length : i;
  };
  const ids = stages.map((_, id) => id).filter((id) => id !== UNKNOWN_INDEX);
  ids.sort((x, y) => rank(stages[x]!) - rank(stages[y]!) || (stages[x]! < stages[y]! ? -1 : 1));
  return [...ids, UNKNOWN_INDEX];
}

export function stageLabel(stages: readonly string[], id: number): string {
  return id === UNKNOWN_INDEX ? UNKNOWN_STAGE : (stages[id] ?? UNKNOWN_STAGE);
}

export interface StatusRow {
  label: string;
  count: number;
  /** Of the applications with a known value (0 for the unknown row). */
  share: number;
}

export interface StatusCounts {
  rows: StatusRow[];
  /** Selected applications with a known value. */
  known: number;
  total: number;
}

function countIds(ids: Int32Array, mask: Uint8Array, size: number): {counts: Int32Array; total: number} {
  const counts = new Int32Array(size);
  let total = 0;
  for (let a = 0; a < ids.length; ++a) {
    if (!mask[a]) continue;
    ++total;
    ++counts[ids[a]!]!;
  }
  return {counts, total};
}

/** Applications per stage in display order, the unknown ones last; stages without applications are left out. */
export function stageCounts(data: LandscapeData, mask: Uint8Array): StatusCounts {
  const {stages} = data.meta;
  const {counts, total} = countIds(data.stage, mask, stages.length);
  const known = total - counts[UNKNOWN_INDEX]!;
  const rows = stageDisplayOrder(stages)
    .filter((id) => counts[id]! > 0)
    .map((id) => ({
      label: stageLabel(stages, id),
      count: counts[id]!,
      share: id === UNKNOWN_INDEX || !known ? 0 : counts[id]! / known
    }));
  return {rows, known, total};
}

/** The `top` most frequent latest events (イベント詳細), unknown excluded. */
export function eventCounts(data: LandscapeData, mask: Uint8Array, top = 15): StatusCounts {
  const {events} = data.meta;
  const {counts, total} = countIds(data.event, mask, events.length);
  const known = total - counts[UNKNOWN_INDEX]!;
  const rows: StatusRow[] = [];
  counts.forEach((count, id) => {
    if (id !== UNKNOWN_INDEX && count > 0) rows.push({label: events[id]!, count, share: known ? count / known : 0});
  });
  rows.sort((x, y) => y.count - x.count || (x.label < y.label ? -1 : 1));
  return {rows: rows.slice(0, top), known, total};
}
