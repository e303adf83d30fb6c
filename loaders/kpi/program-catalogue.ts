// The support programs and their metrics, from data/reference/programs.csv and program-metrics.csv, and the
// lookups that resolve a 事業 cell (name, program_id or alias) and a 指標 cell within that program. A metric is
// looked up only inside its program: 連携件数 is a 知財総合支援窓口 metric in one row and a 知財取引適正化 one in
// another. Unknown spellings resolve to null; add them as aliases instead of guessing.

import {lookupKey} from "./fold-key.js";
import {readReferenceTable, ReferenceDataError, splitListCell, type ReferenceRow} from "./reference-table.js";
import {valueKindOf, type ValueKind} from "./units.js";

export const AGENCIES = ["特許庁・INPIT", "産業技術環境局", "中小企業庁"] as const;
export type Agency = (typeof AGENCIES)[number];

export interface Program {
  id: string;
  name: string;
  agency: Agency;
  description: string;
  aliases: string[];
  sortOrder: number;
}

export interface ProgramMetric {
  id: string;
  programId: string;
  name: string;
  unit: string;
  valueKind: ValueKind;
  aliases: string[];
  description: string;
  sortOrder: number;
}

export interface ProgramCatalogue {
  readonly programs: readonly Program[];
  readonly metrics: readonly ProgramMetric[];
  resolveProgram(cell: string): Program | null;
  /** The metric of `programId` that `cell` names, or null. */
  resolveMetric(programId: string, cell: string): ProgramMetric | null;
  metricsOf(programId: string): readonly ProgramMetric[];
  program(id: string): Program | null;
  metric(id: string): ProgramMetric | null;
}

export const PROGRAMS_FILE = "programs.csv";
export const METRICS_FILE = "program-metrics.csv";
const PROGRAM_COLUMNS = ["program_id", "name", "agency", "description", "aliases", "sort_order"] as const;
const METRIC_COLUMNS = ["metric_id", "program_id", "name", "unit", "aliases", "description", "sort_order"] as const;
const ID = /^[a-z][a-z0-9_]*$/;

export function programFromRow(row: ReferenceRow): Program {
  const id = row.program_id!;
  if (!ID.test(id)) throw new ReferenceDataError(`${PROGRAMS_FILE}: program_id "${id}" is not snake_case ASCII`);
  const agency = row.agency as Agency;
  if (!AGENCIES.includes(agency)) {
    const known = AGENCIES.join(", ");
    throw new ReferenceDataError(`${PROGRAMS_FILE}: ${id} has agency "${row.agency}", not one of ${known}`);
  }
  return {
    id,
    name: row.name!,
    agency,
    description: row.description!,
    aliases: splitListCell(row.aliases!),
    sortOrder: Number(row.sort_order)
  };
}

export function metricFromRow(row: ReferenceRow): ProgramMetric {
  const id = row.metric_id!;
  if (!ID.test(id)) throw new ReferenceDataError(`${METRICS_FILE}: metric_id "${id}" is not snake_case ASCII`);
  const valueKind = valueKindOf(row.unit!);
  if (valueKind === null) throw new ReferenceDataError(`${METRICS_FILE}: ${id} has an unknown unit "${row.unit}"`);
  return {
    id,
    programId: row.program_id!,
    name: row.name!,
    unit: row.unit!,
    valueKind,
    aliases: splitListCell(row.aliases!),
    description: row.description!,
    sortOrder: Number(row.sort_order)
  };
}

export function readPrograms(dir?: string): Program[] {
  return readReferenceTable(PROGRAMS_FILE, PROGRAM_COLUMNS, dir).map(programFromRow);
}

export function readProgramMetrics(dir?: string): ProgramMetric[] {
  return readReferenceTable(METRICS_FILE, METRIC_COLUMNS, dir).map(metricFromRow);
}

/** Builds the lookups; throws when two programs (or two metrics of one program) share a spelling. */
export function createProgramCatalogue(
  programList: readonly Program[],
  metricList: readonly ProgramMetric[]
): ProgramCatalogue {
  const programs = [...programList].sort((a, b) => a.sortOrder - b.sortOrder);
  const metrics = [...metricList].sort((a, b) => a.sortOrder - b.sortOrder);
  const programById = uniqueById(programs, PROGRAMS_FILE, "program_id");
  const metricById = uniqueById(metrics, METRICS_FILE, "metric_id");

  const programBySpelling = spellingIndex(programs, PROGRAMS_FILE, "programs");
  const metricsByProgram = new Map<string, ProgramMetric[]>(programs.map((p) => [p.id, []]));
  for (const metric of metrics) {
    const list = metricsByProgram.get(metric.programId);
    if (!list) {
      throw new ReferenceDataError(`${METRICS_FILE}: ${metric.id} names an unknown program "${metric.programId}"`);
    }
    list.push(metric);
  }
  const metricBySpelling = new Map(
    [...metricsByProgram].map(([id, list]) => [id, spellingIndex(list, METRICS_FILE, `metrics of ${id}`)])
  );

  return {
    programs,
    metrics,
    resolveProgram: (cell) => programBySpelling.get(lookupKey(cell)) ?? null,
    resolveMetric: (programId, cell) => metricBySpelling.get(programId)?.get(lookupKey(cell)) ?? null,
    metricsOf: (programId) => metricsByProgram.get(programId) ?? [],
    program: (id) => programById.get(id) ?? null,
    metric: (id) => metricById.get(id) ?? null
  };
}

let defaultCatalogue: ProgramCatalogue | null = null;

/** The catalogue over data/reference/ (or `dir`), read once per process. */
export function loadProgramCatalogue(dir?: string): ProgramCatalogue {
  if (dir !== undefined) return createProgramCatalogue(readPrograms(dir), readProgramMetrics(dir));
  defaultCatalogue ??= createProgramCatalogue(readPrograms(), readProgramMetrics());
  return defaultCatalogue;
}

function uniqueById<T extends {id: string}>(items: readonly T[], file: string, column: string): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) throw new ReferenceDataError(`${file}: ${column} "${item.id}" appears twice`);
    byId.set(item.id, item);
  }
  return byId;
}

// Every spelling of every entry (id, name, aliases) → the entry; one spelling naming two entries is a data error.
function spellingIndex<T extends {id: string; name: string; aliases: string[]}>(
  items: readonly T[],
  file: string,
  scope: string
): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const spelling of [item.id, item.name, ...item.aliases]) {
      const key = lookupKey(spelling);
      const earlier = index.get(key);
      if (earlier && earlier !== item) {
        throw new ReferenceDataError(`${file}: "${spelling}" names both ${earlier.id} and ${item.id} (${scope})`);
      }
      index.set(key, item);
    }
  }
  return index;
}
