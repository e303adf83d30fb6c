// A fictional, deterministic sample of program KPI sheets: FY2022–2024, all 47 prefectures, every program and
// metric of data/reference/, monthly actuals and annual targets. The figures are invented; they are scaled by
// prefecture size (Tokyo, Osaka, Aichi large; Tottori small), follow a fiscal-year rhythm (slow April, busy
// February–March), drift from year to year, and leave some prefectures above target and some below.
//
// The files look the way bureaus keep them, so that the sample exercises what the KPI loader has to cope with:
// - one long-layout file per fiscal year, as INPIT collects them (UTF-8 with BOM, CRLF), each in its own Excel
//   habits: 令和 年度 labels, 4月 months, thousands separators, metric aliases, a 備考 column, dashes, gaps;
// - wide-layout files (a column per month, 合計 and 目標) kept by two bureaus for their own prefectures:
//   九州経済産業局 saves plain Excel "CSV" (CP932 without BOM) with short prefecture names and R4 年度 labels;
//   関東経済産業局 saves "CSV UTF-8" with months headed 4 … 3, a 年間 column, FY2022 labels and JIS codes that
//   Excel has stripped of their leading zero (8 for 茨城).
// A bureau's prefectures are only in its own wide file, so that no figure is stated twice across the sample.

import iconv from "iconv-lite";
import {monthAtFiscalOrder} from "../kpi/fiscal-year.js";
import {readPrefectures, type Prefecture} from "../kpi/prefecture.js";
import {readProgramMetrics, readPrograms, type Program, type ProgramMetric} from "../kpi/program-catalogue.js";
import {createRandom, type Random} from "./random.js";

export interface SampleFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface KpiSampleOptions {
  seed?: number;
}

export const KPI_SAMPLE_PREFIX = "サンプル_";
export const KPI_SAMPLE_FISCAL_YEARS = [2022, 2023, 2024] as const;

interface WideFileSpec {
  bureau: string;
  fileName: string;
  encoding: "cp932" | "utf-8";
  fiscalYearLabel: (fiscalYear: number) => string;
  prefectureLabel: (prefecture: Prefecture) => string;
  monthHeader: (month: number) => string;
  annualHeader: string;
}

const WIDE_FILES: readonly WideFileSpec[] = [
  {
    bureau: "九州",
    fileName: `${KPI_SAMPLE_PREFIX}九州経済産業局_KPI月次_令和4-6年度.csv`,
    encoding: "cp932",
    fiscalYearLabel: (fiscalYear) => `R${fiscalYear - 2018}`,
    prefectureLabel: (prefecture) => prefecture.shortName,
    monthHeader: (month) => `${month}月`,
    annualHeader: "合計"
  },
  {
    bureau: "関東",
    fileName: `${KPI_SAMPLE_PREFIX}関東経済産業局_KPI月次_FY2022-2024.csv`,
    encoding: "utf-8",
    fiscalYearLabel: (fiscalYear) => `FY${fiscalYear}`,
    prefectureLabel: (prefecture) => String(Number(prefecture.code)),
    monthHeader: (month) => String(month),
    annualHeader: "年間"
  }
];

/** Blocks whose prefectures are in a wide file of their own bureau rather than in the long files. */
export const KPI_SAMPLE_WIDE_BUREAUS: readonly string[] = WIDE_FILES.map((spec) => spec.bureau);
const DEFAULT_SEED = 20230501;

// Population in 10,000s (2020 census, rounded): only the relative size of each prefecture matters here.
const POPULATION: Readonly<Record<string, number>> = {
  "01": 522, "02": 124, "03": 121, "04": 230, "05": 96, "06": 107, "07": 183, "08": 287, "09": 193, "10": 194,
  "11": 734, "12": 628, "13": 1405, "14": 924, "15": 220, "16": 103, "17": 113, "18": 77, "19": 81, "20": 205,
  "21": 198, "22": 363, "23": 754, "24": 177, "25": 141, "26": 258, "27": 884, "28": 547, "29": 132, "30": 92,
  "31": 55, "32": 67, "33": 189, "34": 280, "35": 134, "36": 72, "37": 95, "38": 133, "39": 69, "40": 514,
  "41": 81, "42": 131, "43": 174, "44": 112, "45": 107, "46": 159, "47": 147
};

interface MetricProfile {
  /** Annual figure of an average-sized prefecture (for a percentage: its level). */
  base: number;
  /** How strongly the figure grows with prefecture size: 0 = the same everywhere, 1 = proportional. */
  elasticity: number;
}

// Plausible orders of magnitude: ~90,000 consultations a year nationally (landscape-and-kpi.md §4.1), a few
// hundred expert cases per prefecture, a handful of IPAS startups, concentrated where the startups are.
const PROFILES: Readonly<Record<string, MetricProfile>> = {
  consultations: {base: 1800, elasticity: 0.6},
  expert_support: {base: 280, elasticity: 0.6},
  yorozu_collaboration: {base: 45, elasticity: 0.5},
  kasokuteki_companies: {base: 6, elasticity: 0.5},
  kasokuteki_team_visits: {base: 36, elasticity: 0.5},
  ipas_startups: {base: 2, elasticity: 1.2},
  ipas_mentoring: {base: 12, elasticity: 1.2},
  dispatch_cases: {base: 30, elasticity: 0.7},
  dispatch_hosts: {base: 8, elasticity: 0.6},
  valuation_reports: {base: 6, elasticity: 0.5},
  kinyu_institutions: {base: 3, elasticity: 0.4},
  gmen_hearings: {base: 24, elasticity: 0.7},
  kakekomi_collaboration: {base: 8, elasticity: 0.6},
  foreign_filing_grants: {base: 9, elasticity: 0.8},
  overseas_consultations: {base: 70, elasticity: 0.7},
  standards_consultations: {base: 15, elasticity: 0.7},
  new_market_proposals: {base: 2, elasticity: 0.7},
  seminar_sessions: {base: 14, elasticity: 0.4},
  seminar_participants: {base: 650, elasticity: 0.6},
  seminar_satisfaction: {base: 86, elasticity: 0},
  kaihatsuko_schools: {base: 3, elasticity: 0.4},
  kaihatsuko_students: {base: 160, elasticity: 0.5}
};
const DEFAULT_PROFILE: MetricProfile = {base: 10, elasticity: 0.6};

// Activity by fiscal month (April first): a slow start, a summer dip, and the year-end push of February–March.
const SEASON = [0.7, 0.85, 1.0, 1.05, 0.8, 1.0, 1.1, 1.1, 0.9, 0.85, 1.2, 1.45];
const SEASON_MEAN = SEASON.reduce((a, b) => a + b, 0) / SEASON.length;

/** The figures of one prefecture, metric and fiscal year. */
interface SampleSeries {
  fiscalYear: number;
  prefecture: Prefecture;
  program: Program;
  metric: ProgramMetric;
  /** Actuals by fiscal month (April first). */
  monthly: number[];
  target: number;
}

export function generateKpiSample(options: KpiSampleOptions = {}): SampleFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const series = generateSeries(seed);
  const longSeries = series.filter((s) => !KPI_SAMPLE_WIDE_BUREAUS.includes(s.prefecture.bureau));
  const style = createRandom(seed, 2);
  return [
    ...KPI_SAMPLE_FISCAL_YEARS.map((fiscalYear) =>
      longFile(fiscalYear, longSeries.filter((s) => s.fiscalYear === fiscalYear), style)
    ),
    ...WIDE_FILES.map((spec) => wideFile(spec, series.filter((s) => s.prefecture.bureau === spec.bureau)))
  ];
}

function generateSeries(seed: number): SampleSeries[] {
  const prefectures = readPrefectures();
  const programs = new Map(readPrograms().map((p) => [p.id, p]));
  const metrics = readProgramMetrics().sort((a, b) => a.sortOrder - b.sortOrder);
  const averagePopulation = prefectures.reduce((sum, p) => sum + population(p), 0) / prefectures.length;
  const series: SampleSeries[] = [];
  prefectures.forEach((prefecture, prefectureIndex) => {
    // How well this prefecture does against its targets, the same across its programs: some are ahead, some behind.
    const performance = 0.8 + 0.4 * createRandom(seed, 1, prefectureIndex).next();
    metrics.forEach((metric, metricIndex) => {
      const random = createRandom(seed, 0, prefectureIndex, metricIndex);
      const profile = PROFILES[metric.id] ?? DEFAULT_PROFILE;
      const size = Math.pow(population(prefecture) / averagePopulation, profile.elasticity);
      const growth = -0.02 + 0.1 * random.next();
      const lean = 0.92 + 0.16 * random.next();
      for (const fiscalYear of KPI_SAMPLE_FISCAL_YEARS) {
        const years = fiscalYear - KPI_SAMPLE_FISCAL_YEARS[0];
        const program = programs.get(metric.programId)!;
        if (metric.valueKind === "percent") {
          const level = Math.min(97, profile.base + 6 * (performance - 1) + 1.5 * years * Math.sign(growth));
          const monthly = SEASON.map(() => round1(clamp(level + (random.next() - 0.5) * 8, 0, 100)));
          series.push({fiscalYear, prefecture, program, metric, monthly, target: Math.round(profile.base - 1)});
          continue;
        }
        const planned = profile.base * size * Math.pow(1.04, years);
        const expected = planned * performance * lean * Math.pow(1 + growth, years) * (0.95 + 0.1 * random.next());
        const monthly = SEASON.map((weight) => {
          const mean = (expected * weight) / SEASON_MEAN / 12;
          // Stochastic rounding keeps small monthly counts (0.3 a month) adding up to the right annual total.
          return Math.floor(mean * (0.9 + 0.2 * random.next()) + random.next());
        });
        series.push({fiscalYear, prefecture, program, metric, monthly, target: roundTarget(planned)});
      }
    });
  });
  return series;
}

// ---- the long files, one per fiscal year -------------------------------------------------------------------

const LONG_HEADER = ["年度", "月", "都道府県", "事業", "指標", "実績", "目標"];

function longFile(fiscalYear: number, series: readonly SampleSeries[], style: Random): SampleFile {
  const withNotes = fiscalYear === 2024;
  const lines = [csvLine(withNotes ? [...LONG_HEADER, "備考"] : LONG_HEADER)];
  for (const s of series) {
    const year = fiscalYearLabel(fiscalYear);
    const metric = metricLabel(s, fiscalYear);
    s.monthly.forEach((actual, index) => {
      const month = monthAtFiscalOrder(index + 1);
      let actualCell = formatFigure(actual, fiscalYear === 2023);
      let note = "";
      if (fiscalYear === 2024) {
        // The last month of the newest year: figures are preliminary, a few not in yet, some typed full-width.
        if (month === 3) note = "速報値";
        if (month === 3 && style.chance(0.05)) actualCell = style.chance(0.5) ? "" : "-";
        else if (style.chance(0.01)) actualCell = toFullWidth(actualCell);
      }
      const row = [year, monthLabel(month, fiscalYear), s.prefecture.name, s.program.name, metric, actualCell, ""];
      lines.push(csvLine(withNotes ? [...row, note] : row));
    });
    const target = formatFigure(s.target, fiscalYear === 2023);
    const annual = [year, "", s.prefecture.name, s.program.name, metric, "", target];
    lines.push(csvLine(withNotes ? [...annual, "年間目標"] : annual));
  }
  return {fileName: `${KPI_SAMPLE_PREFIX}KPI実績_${fiscalYear}年度.csv`, bytes: utf8WithBom(lines.join(""))};
}

function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear === 2023) return `令和${fiscalYear - 2018}年度`;
  if (fiscalYear === 2024) return `${fiscalYear}年度`;
  return String(fiscalYear);
}

function monthLabel(month: number, fiscalYear: number): string {
  if (fiscalYear === 2023) return `${month}月`;
  if (fiscalYear === 2024) return String(month).padStart(2, "0");
  return String(month);
}

// 2023's file was typed by someone who uses the first alias of each 知財総合支援窓口 metric (窓口相談件数 …).
function metricLabel(s: SampleSeries, fiscalYear: number): string {
  if (fiscalYear === 2023 && s.program.id === "madoguchi") return s.metric.aliases[0] ?? s.metric.name;
  return s.metric.name;
}

// ---- the wide files of two bureaus -------------------------------------------------------------------------

function wideFile(spec: WideFileSpec, series: readonly SampleSeries[]): SampleFile {
  const months = Array.from({length: 12}, (_, i) => spec.monthHeader(monthAtFiscalOrder(i + 1)));
  const lines = [csvLine(["年度", "都道府県", "事業", "指標", ...months, spec.annualHeader, "目標"])];
  for (const s of series) {
    // Excel's SUM of a percentage column means nothing, so the bureaus leave 合計 empty there.
    const total = s.metric.valueKind === "count" ? formatFigure(s.monthly.reduce((a, b) => a + b, 0), true) : "";
    lines.push(
      csvLine([
        spec.fiscalYearLabel(s.fiscalYear),
        spec.prefectureLabel(s.prefecture),
        s.program.name,
        s.metric.name,
        ...s.monthly.map((v) => formatFigure(v, true)),
        total,
        formatFigure(s.target, true)
      ])
    );
  }
  const text = lines.join("");
  return {fileName: spec.fileName, bytes: spec.encoding === "cp932" ? cp932WithoutBom(text) : utf8WithBom(text)};
}

// ---- formatting and encoding -------------------------------------------------------------------------------

function formatFigure(value: number | null, thousands: boolean): string {
  if (value === null) return "";
  if (!Number.isInteger(value)) return value.toFixed(1);
  return thousands ? value.toLocaleString("en-US") : String(value);
}

/** A record as Excel writes CSV: quotes only where a comma, quote or line break needs them; CRLF. */
function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",") + "\r\n";
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function utf8WithBom(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text}`);
}

const cp932Check = new TextDecoder("shift_jis", {fatal: true});

/** CP932 bytes; throws if any character would not survive (iconv-lite writes `?` for unmappable ones). */
function cp932WithoutBom(text: string): Uint8Array {
  const bytes = new Uint8Array(iconv.encode(text, "cp932"));
  if (cp932Check.decode(bytes) !== text) throw new Error("the wide KPI sample has characters CP932 cannot encode");
  return bytes;
}

function population(prefecture: Prefecture): number {
  const value = POPULATION[prefecture.code];
  if (value === undefined) throw new Error(`no population for prefecture ${prefecture.code}`);
  return value;
}

function roundTarget(value: number): number {
  const step = value < 20 ? 1 : value < 200 ? 5 : value < 2000 ? 10 : 50;
  return Math.max(1, Math.round(value / step) * step);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
