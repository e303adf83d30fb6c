// A deterministic generator of synthetic (fictional) J-PlatPat exports: the bundled sample of data/sample/patents/,
// the copy set with defects used by the tests, and large sets for the benchmark.
//
// The default set is what a consultant brings: one theme (全固体電池), applications filed 2005–2024, split into
// files by 公知日 range under J-PlatPat's 3,000-row cap, with one range downloaded twice (13 columns, then 16
// with 要約), two overlapping ranges, and one file re-saved by Excel as CP932. Same options, same bytes.

import {buildApplicationSkeletons} from "./application-skeletons.js";
import {rowDefectPlan, type FileDefectPlan} from "./defects.js";
import {planSampleFiles, type PlannedFile} from "./file-plan.js";
import type {ColumnVariant} from "./jplatpat-csv.js";
import {THEME_NAME} from "./patent-vocabulary.js";
import {truncatedCopy, writeSampleFile, type SampleFile} from "./sample-file.js";

export type {SampleFile} from "./sample-file.js";
export type {SampleDefect, SampleDefectKind} from "./defects.js";
export type {ColumnVariant, SampleEncoding} from "./jplatpat-csv.js";

export interface PatentSampleOptions {
  seed?: number;
  /** Distinct applications; the overlap and the re-export add rows that repeat some of them. */
  totalRecords?: number;
  /** J-PlatPat's cap on rows per downloaded file. */
  maxRecordsPerFile?: number;
  /** Column variants: a realistic mix, or every file with 13, 15 or 16 columns. */
  variants?: "mixed" | ColumnVariant;
  /**
   * Add input an ingester must reject or survive (see SampleFile.defects): extra broken rows in the newest range
   * (which may push a nearly full file past the cap), a pasted header, and an extra truncated copy of a file.
   * Never used for the bundled sample.
   */
  withDefects?: boolean;
}

export const DEFAULT_SAMPLE_OPTIONS: Readonly<Required<PatentSampleOptions>> = {
  seed: 20240401,
  totalRecords: 6000,
  maxRecordsPerFile: 3000,
  variants: "mixed",
  withDefects: false
};

/**
 * The files one at a time, so that large sets can be written to disk without holding them all in memory. Options
 * are checked on the call, not on the first iteration.
 */
export function generatePatentFiles(options: PatentSampleOptions = {}): Generator<SampleFile> {
  return writeFiles(resolveOptions(options));
}

function* writeFiles(settings: Required<PatentSampleOptions>): Generator<SampleFile> {
  const skeletons = buildApplicationSkeletons(settings.seed, settings.totalRecords);
  const plan = planSampleFiles(skeletons, {
    themeName: THEME_NAME,
    maxRecordsPerFile: settings.maxRecordsPerFile,
    variants: settings.variants
  });
  const defectPlans = settings.withDefects ? planDefects(plan.oldestRange, plan.newestRange) : new Map();
  for (const planned of plan.files) {
    const written = writeSampleFile(planned, skeletons, settings.seed, defectPlans.get(planned) ?? null);
    yield written.file;
    if (settings.withDefects && planned === plan.reExport) yield truncatedCopy(written);
  }
}

export function generatePatentSample(options: PatentSampleOptions = {}): SampleFile[] {
  return [...generatePatentFiles(options)];
}

function resolveOptions(options: PatentSampleOptions): Required<PatentSampleOptions> {
  const settings = {...DEFAULT_SAMPLE_OPTIONS, ...stripUndefined(options)};
  const positiveInteger = (name: string, value: number) => {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  };
  positiveInteger("totalRecords", settings.totalRecords);
  positiveInteger("maxRecordsPerFile", settings.maxRecordsPerFile);
  if (!Number.isInteger(settings.seed)) throw new RangeError(`seed must be an integer, got ${settings.seed}`);
  if (![13, 15, 16, "mixed"].includes(settings.variants)) {
    throw new RangeError(`variants must be "mixed", 13, 15 or 16, got ${String(settings.variants)}`);
  }
  return settings;
}

function stripUndefined(options: PatentSampleOptions): PatentSampleOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/**
 * The defects go to files whose applications are all present elsewhere or unaffected: the broken rows are extra
 * rows in the newest range, the pasted header splits the oldest range, and the truncated file is an extra copy of
 * the re-export. Clean rows are therefore the same as in the clean set.
 */
function planDefects(oldestRange: PlannedFile, newestRange: PlannedFile): Map<PlannedFile, FileDefectPlan> {
  const plans = new Map<PlannedFile, FileDefectPlan>();
  const planFor = (file: PlannedFile): FileDefectPlan => {
    let plan = plans.get(file);
    if (!plan) plans.set(file, (plan = {rowDefects: [], pastedHeaderAt: null}));
    return plan;
  };
  planFor(newestRange).rowDefects = rowDefectPlan(newestRange.end - newestRange.start);
  planFor(oldestRange).pastedHeaderAt = Math.floor((oldestRange.end - oldestRange.start) / 2);
  return plans;
}
