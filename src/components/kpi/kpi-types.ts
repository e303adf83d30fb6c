// The shapes the KPI pages receive from their data loaders (loaders/site/kpi-*.ts), shared by both sides so the
// JSON written at build time and the objects the pages read cannot drift apart. Types only: nothing here runs.

/** "ready": KPI figures are loaded; "empty": the warehouse has none yet; "missing": there is no warehouse yet. */
export type KpiStatus = "ready" | "empty" | "missing";

/** Whether the KPI figures come from the bundled fictional sample: all of them, some, or none. */
export type KpiSampleShare = "all" | "some" | "none";

export type ValueKind = "count" | "percent";

export interface KpiPrefecture {
  /** JIS X 0401 code, two digits: "01" … "47". */
  code: string;
  /** 東京都 */
  name: string;
  /** 東京 */
  shortName: string;
  /** Short name of the METI block: 関東 … */
  bureau: string;
  /** Tile-grid position: column from the west, row from the north. */
  tileCol: number;
  tileRow: number;
}

export interface KpiBureau {
  /** Short name, the key: 関東 */
  bureau: string;
  /** 関東経済産業局 */
  name: string;
  seat: string;
  /** North-east to south-west, as government tables list the blocks. */
  sortOrder: number;
}

export interface KpiProgram {
  programId: string;
  name: string;
  /** Lead agency: 特許庁・INPIT, 産業技術環境局 or 中小企業庁. */
  agency: string;
  description: string;
  sortOrder: number;
}

export interface KpiMetric {
  metricId: string;
  programId: string;
  name: string;
  /** 件, 社, 人, 回, 校, 機関 or %. */
  unit: string;
  valueKind: ValueKind;
  description: string;
  sortOrder: number;
}

export interface ActionPlanMeasure {
  /** I-1-1-a, II-1-1-a-2 */
  measureId: string;
  /** The ■ item a ・ sub-item belongs to. */
  parentMeasureId: string | null;
  pillar: string;
  section: string;
  subsection: string | null;
  measure: string;
  agencies: string[];
  /** As the plan writes it: R5fy, R6fy, 実施済, 実施中, 進行中; null when none is given. */
  timing: string | null;
  /** New in the revised plan (令和5年5月). */
  isNew: boolean;
  counterpart2021: string | null;
  sourcePage: string;
  sortOrder: number;
}

export interface ProgramMeasureLink {
  programId: string;
  measureId: string;
}

/** A KPI file that contributed figures, for the provenance note and the sample banner. */
export interface KpiBatch {
  batchId: number;
  fileName: string;
  isSample: boolean;
  /** "YYYY-MM-DD HH:MM:SS", local time of the ingest. */
  ingestedAt: string;
  /** Figures in kpi_facts that this file last changed. */
  facts: number;
}

/** data/kpi-reference.json: everything the KPI pages need besides the figures themselves. */
export interface KpiReference {
  status: KpiStatus;
  /** The file name of the warehouse the site was built from, never its folder. */
  warehouseName: string;
  generatedAt: string;
  sample: KpiSampleShare;
  /** What to do when there is no KPI data (Japanese, one sentence). */
  howToLoad: string;
  /** 年度 that have at least one figure, newest first. */
  fiscalYears: number[];
  prefectures: KpiPrefecture[];
  bureaus: KpiBureau[];
  programs: KpiProgram[];
  metrics: KpiMetric[];
  measures: ActionPlanMeasure[];
  programMeasures: ProgramMeasureLink[];
  batches: KpiBatch[];
}

/** One row of data/kpi-facts.parquet, as the pages use it. */
export interface KpiFact {
  fiscalYear: number;
  /** Calendar month 1–12; null for an annual figure. */
  month: number | null;
  prefectureCode: string;
  program: string;
  metric: string;
  actual: number | null;
  target: number | null;
  batchId: number;
}
