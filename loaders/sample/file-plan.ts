// Decides which files the sample consists of, the way a consultant ends up with them: the search is split into
// 公知日 ranges small enough for J-PlatPat's per-file cap, the oldest range was downloaded twice (13 columns, then
// again with 要約), two ranges overlap because one was adjusted, and one file went through Excel and came back
// as CP932.

import {compactDate, dateParts, dayOf, yearOf} from "./calendar.js";
import type {ApplicationSkeleton} from "./application-skeletons.js";
import type {ColumnVariant, SampleEncoding} from "./jplatpat-csv.js";
import {FIRST_EXPORT_DAY, LATEST_EXPORT_DAY, RE_EXPORT_DAY} from "./sample-timeline.js";

export interface PlannedFile {
  fileName: string;
  columns: ColumnVariant;
  encoding: SampleEncoding;
  exportDay: number;
  /** The 公知日 range that was searched, inclusive. */
  fromDay: number;
  toDay: number;
  /** The file's rows: positions [start, end) in the applications sorted newest 公知日 first. */
  start: number;
  end: number;
}

export interface SamplePlan {
  /** In output order: ranges oldest first, the re-export right after the range it repeats. */
  files: PlannedFile[];
  oldestRange: PlannedFile;
  reExport: PlannedFile;
  newestRange: PlannedFile;
}

export interface PlanOptions {
  themeName: string;
  maxRecordsPerFile: number;
  variants: "mixed" | ColumnVariant;
}

interface Range {
  fromDay: number;
  toDay: number;
  start: number;
  end: number;
  /** Set on the pieces of a single day that alone exceeds the per-file cap. */
  piece?: number;
}

/** Real split downloads stay below the cap (sets of ~2,600-row files were seen), and small sets still get several. */
const FILL_RATIO = 0.85;
const MIN_SPLIT_FILES = 5;

export function planSampleFiles(skeletons: readonly ApplicationSkeleton[], options: PlanOptions): SamplePlan {
  const days = skeletons.map((s) => s.publicationDay);
  const cap = options.maxRecordsPerFile;
  const target = Math.max(1, Math.min(Math.floor(cap * FILL_RATIO), Math.ceil(days.length / MIN_SPLIT_FILES)));
  const ranges = mergeRanges(yearBlocks(days, target, cap), target);
  overlapAdjacentRanges(days, ranges, cap);

  const fixed = options.variants === "mixed" ? null : options.variants;
  const last = ranges.length - 1;
  const cp932Index = ranges.length >= 2 ? 1 : -1;
  const name = (range: Range, suffix = "") =>
    `サンプル_${options.themeName}_公知日${rangeLabel(range)}${range.piece ? `_${range.piece}` : ""}${suffix}.csv`;

  const splits = ranges.map((range, i): PlannedFile => {
    const columns: ColumnVariant = fixed ?? (i === 0 ? 13 : i === last ? 16 : 15);
    const encoding: SampleEncoding = i === cp932Index ? "cp932" : "utf-8";
    const exportDay = i === 0 ? firstExportDay(skeletons, range) : LATEST_EXPORT_DAY;
    const {fromDay, toDay, start, end} = range;
    const fileName = name(range, encoding === "cp932" ? "_Excel保存" : "");
    return {fileName, columns, encoding, exportDay, fromDay, toDay, start, end};
  });

  const oldestRange = splits[0]!;
  const reExportColumns: ColumnVariant = fixed ?? 16;
  const reExport: PlannedFile = {
    ...oldestRange,
    fileName: name(ranges[0]!, reExportColumns === 16 && oldestRange.columns !== 16 ? "_要約付き" : "_再出力"),
    columns: reExportColumns,
    encoding: "utf-8",
    exportDay: Math.max(RE_EXPORT_DAY, oldestRange.exportDay + 68)
  };
  return {files: [oldestRange, reExport, ...splits.slice(1)], oldestRange, reExport, newestRange: splits[last]!};
}

/** Calendar years, broken into months and then days wherever one is too big for a file. */
function yearBlocks(days: readonly number[], target: number, cap: number): Range[] {
  const blocks: Range[] = [];
  const add = (fromDay: number, toDay: number, level: "year" | "month" | "day") => {
    const [start, end] = positionsBetween(days, fromDay, toDay);
    const count = end - start;
    if (count <= target || (level === "day" && count <= cap)) {
      blocks.push({fromDay, toDay, start, end});
    } else if (level === "year") {
      const year = yearOf(fromDay);
      for (let month = 1; month <= 12; month++) add(dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1, "month");
    } else if (level === "month") {
      for (let day = fromDay; day <= toDay; day++) add(day, day, "day");
    } else {
      // One day with more rows than a file may hold: nobody could download it in one file either. Cut it in
      // pieces, oldest rows first, so that file order still follows the date.
      let piece = 1;
      for (let pieceEnd = end; pieceEnd > start; pieceEnd -= cap) {
        blocks.push({fromDay, toDay, start: Math.max(start, pieceEnd - cap), end: pieceEnd, piece: piece++});
      }
    }
  };
  const firstYear = yearOf(days[days.length - 1]!);
  const lastYear = yearOf(days[0]!);
  for (let year = firstYear; year <= lastYear; year++) add(dayOf(year, 1, 1), dayOf(year + 1, 1, 1) - 1, "year");
  return blocks;
}

/** Joins consecutive blocks while they fit in `target` rows; empty ranges are dropped. */
function mergeRanges(blocks: readonly Range[], target: number): Range[] {
  const ranges: Range[] = [];
  let current: Range | null = null;
  for (const block of blocks) {
    const rows = current ? current.end - current.start + block.end - block.start : 0;
    if (current && !current.piece && !block.piece && rows <= target) {
      current = {fromDay: current.fromDay, toDay: block.toDay, start: block.start, end: current.end};
    } else {
      if (current && current.end > current.start) ranges.push(current);
      current = {...block};
    }
  }
  if (current && current.end > current.start) ranges.push(current);
  return ranges;
}

/**
 * Makes one range start earlier, inside the range before it, as when a consultant re-runs a search with an
 * adjusted start date: the rows in between are then in two files. Skipped when the set has too few ranges or the
 * files are too full to take any extra rows.
 */
function overlapAdjacentRanges(days: readonly number[], ranges: Range[], cap: number): void {
  if (ranges.length < 3) return;
  const newerIndex = ranges.length >= 5 ? ranges.length - 2 : ranges.length - 1;
  const older = ranges[newerIndex - 1]!;
  const newer = ranges[newerIndex]!;
  if (older.piece || newer.piece) return;
  const wanted = Math.min(Math.round((older.end - older.start) * 0.25), cap - (newer.end - newer.start));
  if (wanted <= 0) return;
  const countFrom = (day: number) => positionsBetween(days, day, older.toDay)[1] - older.start;

  // Prefer a month boundary, as people type them; fall back to a day when a month is already too many rows.
  let best: {day: number; count: number} | null = null;
  const {year, month} = dateParts(older.toDay);
  for (let m = 0; ; m++) {
    const day = dayOf(year, month - m, 1);
    if (day <= older.fromDay) break;
    const count = countFrom(day);
    if (count > wanted) break;
    if (count > 0) best = {day, count};
  }
  if (!best || best.count < wanted / 3) {
    for (let position = older.start; position < older.end; position++) {
      const day = days[position]!;
      const count = countFrom(day);
      if (count > wanted) break;
      if (!best || count > best.count) best = {day, count};
    }
  }
  if (!best) return;
  newer.fromDay = best.day;
  newer.end = older.start + best.count;
}

/** Positions [start, end) of the rows with fromDay <= day <= toDay in `days`, which is sorted newest first. */
function positionsBetween(days: readonly number[], fromDay: number, toDay: number): [number, number] {
  return [firstPositionBefore(days, toDay + 1), firstPositionBefore(days, fromDay)];
}

/** The first position whose day is earlier than `day`. */
function firstPositionBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `2005-2012` for whole years, `20200701-20211231` otherwise, like the names people give their downloads. */
function rangeLabel(range: Range): string {
  const from = dateParts(range.fromDay);
  const to = dateParts(range.toDay);
  const wholeYears = from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (!wholeYears) return `${compactDate(range.fromDay)}-${compactDate(range.toDay)}`;
  return from.year === to.year ? String(from.year) : `${from.year}-${to.year}`;
}

/** The 13-column download predates October 2023, unless the range itself reaches later (tiny or odd sets). */
function firstExportDay(skeletons: readonly ApplicationSkeleton[], range: Range): number {
  let latest = FIRST_EXPORT_DAY - 1;
  for (let position = range.start; position < range.end; position++) {
    const skeleton = skeletons[position]!;
    latest = Math.max(latest, skeleton.publicationDay, skeleton.translated?.day ?? 0);
  }
  return latest + 1;
}
