// The shapes the 支援成果 page receives from its data loaders (loaders/site/outcomes.ts), shared by both sides.
// Types only: nothing here runs.

import type {KpiBureau, KpiProgram} from "../kpi/kpi-types.js";

/** "ready": support records are loaded; "empty": the warehouse has none; "missing": there is no warehouse yet. */
export type OutcomeStatus = "ready" | "empty" | "missing";

/**
 * A count of companies as published: the number; "<3" for 1 or 2 companies in a publication build; "x" for a
 * count hidden so that a published total does not give a "<3" cell away by subtraction.
 */
export type Figure = number | "<3" | "x";

export const SMALL_FIGURE = "<3";
export const HIDDEN_FIGURE = "x";

export interface OutcomeRow {
  /** The group: a 年度 ("2023"), a program id, a bureau short name or a prefecture code; "" for the total row. */
  key: string;
  label: string;
  /** Companies supported (each counted once per program). */
  companies: Figure;
  /** Linked, unambiguously, to at least one application. */
  linked: Figure;
  /** At least one application in the two 年度 after the 年度 of first support (t = 1 or 2). */
  filedAfter: Figure;
  /** None at t ≤ 0, at least one at t = 1 or 2. */
  firstTimeFilers: Figure;
  /** Whose window t = 1…2 reaches into the 18 months before the latest 出願日: 参考値. */
  incomplete: Figure;
  /** Shares of `companies`; null where either count is not published. */
  linkedShare: number | null;
  filedAfterShare: number | null;
  firstTimeShare: number | null;
}

export type OutcomeDimension = "fiscalYear" | "program" | "bureau" | "prefecture";

export interface OutcomeTable {
  dimension: OutcomeDimension;
  rows: OutcomeRow[];
  /** The total row, or null when the table has none (by program: a company can be in several programs). */
  total: OutcomeRow | null;
}

/** Mean applications per supported company at relative 年度 t. */
export interface EventStudyPoint {
  t: number;
  /**
   * Companies whose 年度 first + t is not after the latest 出願日's 年度 (the mean is over these). In a
   * publication build only "<3" (then no mean) or null: the number is a partial sum of the 年度 table's cells.
   */
  companies: Figure | null;
  /** null when `companies` is not published or is 0. */
  mean: number | null;
  /** Some of these companies' 年度 first + t lies within the 18 months before the latest 出願日. */
  reference: boolean;
}

/** Everything the page shows for one program in the whole country (bureau null) or in one bureau. */
export interface OutcomeScope {
  bureau: string | null;
  programId: string;
  total: OutcomeRow;
  byFiscalYear: OutcomeTable;
  /** Only for the whole country. */
  byBureau: OutcomeTable | null;
  byPrefecture: OutcomeTable;
  eventStudy: EventStudyPoint[];
}

export interface OutcomesData {
  status: OutcomeStatus;
  /** A publication build: small counts suppressed, no company-level data anywhere. */
  publication: boolean;
  /** Whether the support records are the bundled fictional sample: all of them, some, or none. */
  sample: "all" | "some" | "none";
  /** The latest 出願日 in the warehouse (ISO date), the reference of the 参考値 rule; null with no patents. */
  latestFiling: string | null;
  /** 年度 that lie (partly) within the 18 months before the latest 出願日: applications there are 参考値. */
  referenceFiscalYears: number[];
  /** The programs with support records, as the KPI pages know them (so ?program= means the same on both). */
  programs: KpiProgram[];
  /** Every bureau, for the filter and ?bureau=. */
  bureaus: KpiBureau[];
  /** Per bureau ("" = the whole country): one row per program, no total. */
  byProgram: Record<string, OutcomeTable>;
  scopes: OutcomeScope[];
  /** Companies whose link is ambiguous (listed for review, not counted); not published in a publication build. */
  ambiguous: Figure;
}

/** One supported company in one program: the default (local) build's table for the bureau's own work. */
export interface OutcomeCompany {
  company: string;
  programId: string;
  program: string;
  firstFiscalYear: number;
  bureau: string;
  prefecture: string;
  /** The linked applicant entities, "、"-joined; "" when none. */
  entities: string;
  linked: boolean;
  ambiguous: boolean;
  /** Applications at t = −3 … 3. */
  apps: number[];
  filedAfter: boolean;
  firstTimeFiler: boolean;
  incomplete: boolean;
}

/** A candidate link that is not counted until someone reviews it. */
export interface AmbiguousLink {
  company: string;
  entity: string;
  linkKind: string;
  ambiguity: string;
}

export interface OutcomeCompanies {
  /** true: a publication build, and the lists are empty by construction. */
  publication: boolean;
  companies: OutcomeCompany[];
  ambiguous: AmbiguousLink[];
}
