// The 支援成果 page's datasets, from the view support_outcomes (one row per program and supported company):
//
// - data/outcomes.json: aggregates only. For each program, in the whole country and in each bureau: companies
//   supported, linked to an application, filing after support (t = 1 or 2), first-time filers and 参考値 windows,
//   by 年度 of first support, by bureau and by prefecture; the mean applications per company at t = −3 … 3. The
//   counts are computed here in SQL and, in a publication build (publication.ts), suppressed here (small-cells.ts)
//   before anything is written: the page shows these figures as they are and never adds cells up.
// - data/outcome-companies.json: the company table and the ambiguous links, for the bureau's own work. In a
//   publication build it is written empty, so no company name derived from the support records reaches dist/.
//
// Before the support records are loaded (or in a warehouse older than them) both say so instead of failing.

import type {DuckDBConnection} from "@duckdb/node-api";
import {dayOfIso, fiscalYearOfDay} from "../../src/components/landscape/calendar.js";
import {isReferenceYear} from "../../src/components/landscape/reference-period.js";
import {formatFiscalYearBoth} from "../../src/components/format.js";
import {
  HIDDEN_FIGURE, SMALL_FIGURE, type AmbiguousLink, type EventStudyPoint, type Figure, type OutcomeCompanies,
  type OutcomeCompany, type OutcomeDimension, type OutcomeRow, type OutcomesData, type OutcomeTable
} from "../../src/components/outcomes/outcome-types.js";
import type {KpiBureau, KpiProgram} from "../../src/components/kpi/kpi-types.js";
import {queryRows, queryValue} from "../warehouse/query.js";
import {suppressCells, type CellState, type TotalLine} from "./small-cells.js";
import type {SiteWarehouse} from "./site-warehouse.js";

/** The relative 年度 the outcomes are counted at, and the columns of support_outcomes that hold them. */
export const RELATIVE_YEARS = [-3, -2, -1, 0, 1, 2, 3] as const;
const APPS_COLUMNS = ["apps_m3", "apps_m2", "apps_m1", "apps_0", "apps_p1", "apps_p2", "apps_p3"] as const;

/** The counts of a group of supported companies, in the order of the columns of a published table. */
const MEASURES = ["companies", "linked", "filedAfter", "firstTimeFilers", "incomplete"] as const;
type Measure = (typeof MEASURES)[number];

interface GroupRow {
  program_id: string;
  bureau: string | null;
  fiscal_year: number | null;
  prefecture_code: string | null;
  companies: number;
  linked: number;
  filedAfter: number;
  firstTimeFilers: number;
  incomplete: number;
  apps: number[];
}

const ANY = "*";
const groupKey = (programId: string, bureau: string | null, year: number | null, prefecture: string | null) =>
  [programId, bureau ?? ANY, year ?? ANY, prefecture ?? ANY].join("|");

async function relationExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const count = await queryValue<number>(
    connection,
    `SELECT (SELECT count(*) FROM duckdb_tables() WHERE table_name = '${name}')
          + (SELECT count(*) FROM duckdb_views() WHERE view_name = '${name}' AND NOT internal)`
  );
  return (count ?? 0) > 0;
}

/** Every count the page can show, for every program: by bureau × 年度, 年度, prefecture, bureau and in all. */
async function readGroups(connection: DuckDBConnection): Promise<GroupRow[]> {
  return queryRows<GroupRow>(
    connection,
    `SELECT program_id,
            CASE WHEN grouping(bureau) = 0 THEN bureau END AS bureau,
            CASE WHEN grouping(first_fiscal_year) = 0 THEN first_fiscal_year::INTEGER END AS fiscal_year,
            CASE WHEN grouping(prefecture_code) = 0 THEN prefecture_code END AS prefecture_code,
            count(DISTINCT company_key)::INTEGER AS companies,
            count(DISTINCT company_key) FILTER (WHERE linked)::INTEGER AS linked,
            count(DISTINCT company_key) FILTER (WHERE filed_after)::INTEGER AS "filedAfter",
            count(DISTINCT company_key) FILTER (WHERE first_time_filer)::INTEGER AS "firstTimeFilers",
            count(DISTINCT company_key) FILTER (WHERE incomplete)::INTEGER AS incomplete,
            [${APPS_COLUMNS.map((c) => `coalesce(sum(${c}), 0)::INTEGER`).join(", ")}] AS apps
     FROM support_outcomes
     GROUP BY GROUPING SETS ((program_id, bureau, first_fiscal_year), (program_id, first_fiscal_year),
                             (program_id, bureau, prefecture_code), (program_id, bureau), (program_id))`
  );
}

/**
 * Every published count as one cell, with the totals it takes part in, so that suppression sees what a reader of
 * all the pages' tables together could subtract: a bureau's count is a row of the whole country's table and the
 * total of the bureau's own tables, and the bureaus' counts of a 年度 add up to the whole country's.
 */
class CellRegistry {
  readonly values: number[] = [];
  readonly lines: TotalLine[] = [];
  readonly groups: number[][] = [];
  private readonly index = new Map<string, number>();
  private states: CellState[] | null = null;

  constructor(rows: readonly GroupRow[]) {
    for (const row of rows) {
      const key = groupKey(row.program_id, row.bureau, row.fiscal_year, row.prefecture_code);
      const group = MEASURES.map((measure) => {
        this.index.set(`${key}|${measure}`, this.values.length);
        this.values.push(row[measure]);
        return this.values.length - 1;
      });
      this.groups.push(group);
    }
  }

  cell(key: string, measure: Measure): number {
    const cell = this.index.get(`${key}|${measure}`);
    if (cell === undefined) throw new Error(`support outcomes: no count for ${key} ${measure}`);
    return cell;
  }

  /** total = Σ parts, for every measure. */
  addLine(total: string, parts: readonly string[]): void {
    for (const measure of MEASURES) {
      this.lines.push({total: this.cell(total, measure), parts: parts.map((part) => this.cell(part, measure))});
    }
  }

  suppress(): void {
    this.states = suppressCells({values: this.values, lines: this.lines, groups: this.groups});
  }

  /** The count as published: suppressed only after suppress() (a publication build). */
  figure(key: string, measure: Measure): Figure {
    const cell = this.cell(key, measure);
    const state = this.states?.[cell] ?? "shown";
    return state === "shown" ? this.values[cell]! : state === "small" ? SMALL_FIGURE : HIDDEN_FIGURE;
  }
}

const share = (part: Figure, whole: Figure) =>
  typeof part === "number" && typeof whole === "number" && whole > 0 ? part / whole : null;

function outcomeRow(cells: CellRegistry, key: string, rowKey: string, label: string): OutcomeRow {
  const [companies, linked, filedAfter, firstTimeFilers, incomplete] = MEASURES.map((m) => cells.figure(key, m)) as [
    Figure, Figure, Figure, Figure, Figure
  ];
  return {
    key: rowKey, label, companies, linked, filedAfter, firstTimeFilers, incomplete,
    linkedShare: share(linked, companies),
    filedAfterShare: share(filedAfter, companies),
    firstTimeShare: share(firstTimeFilers, companies)
  };
}

/** Mean applications per company at each t, over the companies whose 年度 first + t the warehouse has reached. */
function eventStudy(
  cohorts: readonly GroupRow[],
  latestFiscalYear: number | null,
  referenceYears: ReadonlySet<number>,
  publication: boolean
): EventStudyPoint[] {
  return RELATIVE_YEARS.map((t, i) => {
    const seen = cohorts.filter((c) => latestFiscalYear === null || c.fiscal_year! + t <= latestFiscalYear);
    const companies = seen.reduce((sum, c) => sum + c.companies, 0);
    const applications = seen.reduce((sum, c) => sum + c.apps[i]!, 0);
    const small = companies > 0 && companies < 3;
    const mean = companies === 0 || (publication && small) ? null : Math.round((applications / companies) * 100) / 100;
    // The number of companies behind a mean is a partial sum of the 年度 table's cells: not published.
    const shown: Figure | null = publication ? (small ? SMALL_FIGURE : null) : companies;
    return {t, companies: shown, mean, reference: seen.some((c) => referenceYears.has(c.fiscal_year! + t))};
  });
}

export async function readOutcomes(site: SiteWarehouse, {publication}: {publication: boolean}): Promise<OutcomesData> {
  const {connection} = site;
  const bureaus = await queryRows<KpiBureau>(
    connection,
    `SELECT bureau, name, seat, sort_order::INTEGER AS "sortOrder" FROM bureaus ORDER BY sort_order, bureau`
  );
  const empty: OutcomesData = {
    status: site.state === "missing" ? "missing" : "empty",
    publication, sample: "none", latestFiling: null, referenceFiscalYears: [], programs: [], bureaus,
    byProgram: {}, scopes: [], ambiguous: 0
  };
  if (!(await relationExists(connection, "support_outcomes"))) return empty;
  const rows = await readGroups(connection);
  if (rows.length === 0) return empty;

  const latestFiling = await queryValue<string>(connection, `SELECT max(filing_date)::VARCHAR FROM patents`);
  const latestDay = latestFiling ? dayOfIso(latestFiling) : null;
  const latestFiscalYear = latestDay === null ? null : fiscalYearOfDay(latestDay);
  const referenceFiscalYears =
    latestFiscalYear === null
      ? []
      : [latestFiscalYear - 2, latestFiscalYear - 1, latestFiscalYear].filter((y) =>
          isReferenceYear(y, "fiscal", "filing", latestDay)
        );
  // Programs as the KPI pages know them (the same ?program= then works on both), in the reference order.
  const programs = await queryRows<KpiProgram>(
    connection,
    `SELECT o.program_id AS "programId", coalesce(any_value(p.name), any_value(o.program)) AS name,
            coalesce(any_value(p.agency), '') AS agency, coalesce(any_value(p.description), '') AS description,
            coalesce(min(p.sort_order), 999)::INTEGER AS "sortOrder"
     FROM support_outcomes o LEFT JOIN programs p USING (program_id)
     GROUP BY o.program_id ORDER BY "sortOrder", o.program_id`
  );
  const prefectures = new Map(
    (await queryRows<{code: string; name: string}>(connection, `SELECT code, name FROM prefectures`)).map((p) => [p.code, p.name])
  );
  const [counts] = await queryRows<{sample: number; real: number; ambiguous: number}>(
    connection,
    `SELECT count(*) FILTER (WHERE is_sample)::INTEGER AS sample, count(*) FILTER (WHERE NOT is_sample)::INTEGER AS real,
            count(DISTINCT company_key) FILTER (WHERE ambiguous)::INTEGER AS ambiguous
     FROM support_outcomes`
  );

  // The groups of each program, by what they are grouped by.
  const byKey = new Map(rows.map((r) => [groupKey(r.program_id, r.bureau, r.fiscal_year, r.prefecture_code), r]));
  const isGroup = (r: GroupRow, bureau: boolean, year: boolean, prefecture: boolean) =>
    (r.bureau !== null) === bureau && (r.fiscal_year !== null) === year && (r.prefecture_code !== null) === prefecture;
  const groupsOf = (programId: string, bureau: boolean, year: boolean, prefecture: boolean) =>
    rows.filter((r) => r.program_id === programId && isGroup(r, bureau, year, prefecture));
  const keyOf = (r: GroupRow) => groupKey(r.program_id, r.bureau, r.fiscal_year, r.prefecture_code);
  const bureauOrder = new Map(bureaus.map((b, i) => [b.bureau, i]));
  const byBureauOrder = (a: GroupRow, b: GroupRow) => (bureauOrder.get(a.bureau!) ?? 99) - (bureauOrder.get(b.bureau!) ?? 99);

  const cells = new CellRegistry(rows);
  for (const {programId} of programs) {
    const nation = groupKey(programId, null, null, null);
    const programBureaus = groupsOf(programId, true, false, false).sort(byBureauOrder);
    cells.addLine(nation, groupsOf(programId, false, true, false).map(keyOf));
    cells.addLine(nation, programBureaus.map(keyOf));
    cells.addLine(nation, groupsOf(programId, true, false, true).map(keyOf));
    for (const b of programBureaus) {
      const inBureau = (r: GroupRow) => r.bureau === b.bureau;
      cells.addLine(keyOf(b), groupsOf(programId, true, true, false).filter(inBureau).map(keyOf));
      cells.addLine(keyOf(b), groupsOf(programId, true, false, true).filter(inBureau).map(keyOf));
    }
    // Not a table of the page, but what the bureaus' tables of one 年度 add up to.
    for (const year of groupsOf(programId, false, true, false)) {
      const parts = groupsOf(programId, true, true, false).filter((r) => r.fiscal_year === year.fiscal_year);
      cells.addLine(keyOf(year), parts.map(keyOf));
    }
  }
  if (publication) cells.suppress();

  const table = (dimension: OutcomeDimension, parts: readonly GroupRow[], total: string | null): OutcomeTable => ({
    dimension,
    rows: parts.map((r) => {
      const [rowKey, label] =
        dimension === "fiscalYear"
          ? [String(r.fiscal_year), formatFiscalYearBoth(r.fiscal_year)]
          : dimension === "prefecture"
            ? [r.prefecture_code!, prefectures.get(r.prefecture_code!) ?? r.prefecture_code!]
            : dimension === "bureau"
              ? [r.bureau!, bureaus.find((b) => b.bureau === r.bureau)?.name ?? r.bureau!]
              : [r.program_id, programs.find((p) => p.programId === r.program_id)?.name ?? r.program_id];
      return outcomeRow(cells, keyOf(r), rowKey, label);
    }),
    total: total === null ? null : outcomeRow(cells, total, "", "合計")
  });
  const byYear = (a: GroupRow, b: GroupRow) => a.fiscal_year! - b.fiscal_year!;
  const byCode = (a: GroupRow, b: GroupRow) => a.prefecture_code!.localeCompare(b.prefecture_code!);
  const referenceSet = new Set(referenceFiscalYears);

  const scopes: OutcomesData["scopes"] = [];
  for (const {programId} of programs) {
    const nation = groupKey(programId, null, null, null);
    const nationYears = groupsOf(programId, false, true, false).sort(byYear);
    scopes.push({
      bureau: null,
      programId,
      total: outcomeRow(cells, nation, "", "合計"),
      byFiscalYear: table("fiscalYear", nationYears, nation),
      byBureau: table("bureau", groupsOf(programId, true, false, false).sort(byBureauOrder), nation),
      byPrefecture: table("prefecture", groupsOf(programId, true, false, true).sort(byCode), nation),
      eventStudy: eventStudy(nationYears, latestFiscalYear, referenceSet, publication)
    });
    for (const b of groupsOf(programId, true, false, false).sort(byBureauOrder)) {
      const inBureau = (r: GroupRow) => r.bureau === b.bureau;
      const years = groupsOf(programId, true, true, false).filter(inBureau).sort(byYear);
      scopes.push({
        bureau: b.bureau,
        programId,
        total: outcomeRow(cells, keyOf(b), "", "合計"),
        byFiscalYear: table("fiscalYear", years, keyOf(b)),
        byBureau: null,
        byPrefecture: table("prefecture", groupsOf(programId, true, false, true).filter(inBureau).sort(byCode), keyOf(b)),
        eventStudy: eventStudy(years, latestFiscalYear, referenceSet, publication)
      });
    }
  }

  const byProgram: OutcomesData["byProgram"] = {
    "": table("program", programs.map((p) => byKey.get(groupKey(p.programId, null, null, null))!), null)
  };
  for (const {bureau} of bureaus) {
    const parts = programs.flatMap((p) => byKey.get(groupKey(p.programId, bureau, null, null)) ?? []);
    if (parts.length) byProgram[bureau] = table("program", parts, null);
  }

  const ambiguous = counts?.ambiguous ?? 0;
  return {
    status: "ready",
    publication,
    sample: !counts || counts.sample === 0 ? "none" : counts.real === 0 ? "all" : "some",
    latestFiling: latestFiling ?? null,
    referenceFiscalYears,
    programs,
    bureaus,
    byProgram,
    scopes,
    ambiguous: publication && ambiguous > 0 && ambiguous < 3 ? SMALL_FIGURE : ambiguous
  };
}

/** The company table and the ambiguous links; empty in a publication build, whatever the warehouse holds. */
export async function readOutcomeCompanies(
  site: SiteWarehouse,
  {publication}: {publication: boolean}
): Promise<OutcomeCompanies> {
  const none: OutcomeCompanies = {publication, companies: [], ambiguous: []};
  if (publication || !(await relationExists(site.connection, "support_outcomes"))) return none;
  const links = await relationExists(site.connection, "support_links");
  const entities = links
    ? `(SELECT string_agg(DISTINCT l.entity, '、' ORDER BY l.entity) FROM support_links l
        WHERE l.company_key = o.company_key AND NOT l.ambiguous)`
    : "NULL";
  const companies = await queryRows<OutcomeCompany>(
    site.connection,
    `SELECT o.company_name AS company, o.program_id AS "programId", o.program,
            o.first_fiscal_year::INTEGER AS "firstFiscalYear", o.bureau, coalesce(o.prefecture, o.prefecture_code) AS prefecture,
            coalesce(${entities}, '') AS entities, o.linked, o.ambiguous,
            [${APPS_COLUMNS.map((c) => `coalesce(o.${c}, 0)::INTEGER`).join(", ")}] AS apps,
            o.filed_after AS "filedAfter", o.first_time_filer AS "firstTimeFiler", o.incomplete
     FROM support_outcomes o LEFT JOIN programs p USING (program_id)
     ORDER BY p.sort_order NULLS LAST, o.program_id, o.first_fiscal_year, o.prefecture_code, o.company_name`
  );
  const ambiguous = links
    ? await queryRows<AmbiguousLink>(
        site.connection,
        `SELECT company_name AS company, entity, link_kind AS "linkKind", coalesce(ambiguity, '') AS ambiguity
         FROM support_links WHERE ambiguous ORDER BY company_name, entity`
      )
    : [];
  return {publication, companies, ambiguous};
}
