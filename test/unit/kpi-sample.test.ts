import {describe, expect, it} from "vitest";
import {readCsvRecords} from "../../loaders/csv/read-records.js";
import {loadKpiLookups} from "../../loaders/kpi/kpi-lookups.js";
import {normaliseKpiRecord, type KpiFact} from "../../loaders/kpi/kpi-row.js";
import {detectKpiLayout, type KpiLayout} from "../../loaders/kpi/layouts.js";
import {generateKpiSample, KPI_SAMPLE_FISCAL_YEARS, KPI_SAMPLE_PREFIX} from "../../loaders/sample/kpi-sample.js";
import {decodeBytes} from "../../loaders/text/decode.js";

const lookups = loadKpiLookups();
const files = generateKpiSample();

interface ReadSample {
  fileName: string;
  encoding: string;
  evidence: string;
  layout: KpiLayout;
  rows: number;
  facts: KpiFact[];
  notes: string[];
  failures: string[];
}

// Reads a generated file the way the ingest does: decode, read records, detect the header, normalise every row.
function readSample(file: {fileName: string; bytes: Uint8Array}): ReadSample {
  const decoded = decodeBytes(file.bytes);
  let layout: KpiLayout | null = null;
  const read = {rows: 0, facts: [] as KpiFact[], notes: [] as string[], failures: [] as string[]};
  readCsvRecords(decoded.text, (item) => {
    if (item.kind === "error") return void read.failures.push(item.message);
    if (layout === null) {
      layout = detectKpiLayout(item.fields);
      if (layout === null) throw new Error(`${file.fileName}: not a KPI header: ${item.fields.join(",")}`);
      return;
    }
    read.rows++;
    const result = normaliseKpiRecord(item.fields, layout, lookups);
    if (result.ok) read.facts.push(...result.facts), read.notes.push(...result.notes);
    else read.failures.push(`${result.errorType}: ${result.reason} in ${item.fields.join(",")}`);
  });
  if (layout === null) throw new Error(`${file.fileName} is empty`);
  return {fileName: file.fileName, encoding: decoded.encoding, evidence: decoded.evidence, layout, ...read};
}

const samples = files.map(readSample);
const facts = samples.flatMap((s) => s.facts);
const annualTotals = new Map<string, {actual: number; target: number | null}>();
for (const fact of facts) {
  const key = `${fact.fiscalYear} ${fact.prefectureCode} ${fact.metric}`;
  const total = annualTotals.get(key) ?? {actual: 0, target: null};
  total.actual += fact.month === null ? 0 : (fact.actual ?? 0);
  if (fact.month === null) total.target = fact.target;
  annualTotals.set(key, total);
}
const annual = (fiscalYear: number, code: string, metric: string) =>
  annualTotals.get(`${fiscalYear} ${code} ${metric}`)!;

describe("generateKpiSample", () => {
  it("is deterministic, and the seed changes the figures but not the files", () => {
    const again = generateKpiSample();
    expect(again.map((f) => f.fileName)).toEqual(files.map((f) => f.fileName));
    again.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(files[i]!.bytes))).toBe(true));
    const other = generateKpiSample({seed: 7});
    expect(other.map((f) => f.fileName)).toEqual(files.map((f) => f.fileName));
    expect(other.some((file, i) => !Buffer.from(file.bytes).equals(Buffer.from(files[i]!.bytes)))).toBe(true);
  });

  it("names every file サンプル_… and makes one long file per fiscal year and wide files", () => {
    for (const file of files) expect(file.fileName.startsWith(KPI_SAMPLE_PREFIX)).toBe(true);
    const longFiles = samples.filter((s) => s.layout.kind === "long");
    expect(longFiles.map((s) => new Set(s.facts.map((f) => f.fiscalYear)))).toEqual(
      KPI_SAMPLE_FISCAL_YEARS.map((fy) => new Set([fy]))
    );
    expect(samples.filter((s) => s.layout.kind === "wide").length).toBeGreaterThanOrEqual(1);
  });

  it("writes the long files as UTF-8 with BOM and a wide file as CP932 without BOM", () => {
    for (const s of samples.filter((s) => s.layout.kind === "long")) {
      expect([s.encoding, s.evidence]).toEqual(["utf-8", "bom"]);
    }
    const cp932 = files.filter((f) => decodeBytes(f.bytes).encoding === "cp932");
    expect(cp932.length).toBeGreaterThanOrEqual(1);
    for (const file of cp932) {
      expect(file.bytes[0]).not.toBe(0xef);
      expect(readSample(file).layout.kind).toBe("wide");
      // Strict Shift_JIS decoding succeeds and would fail on a lossy `?` only if the text had one.
      expect(new TextDecoder("shift_jis", {fatal: true}).decode(file.bytes)).not.toContain("?");
    }
  });

  it("normalises every row of every file", () => {
    for (const s of samples) {
      expect(s.failures, s.fileName).toEqual([]);
      expect(s.rows, s.fileName).toBeGreaterThan(100);
    }
  });

  it("uses the Excel habits the loader must cope with", () => {
    const text = files.map((f) => decodeBytes(f.bytes).text).join("\n");
    expect(text).toMatch(/令和\d年度/);
    expect(text).toMatch(/"\d{1,3},\d{3}"/);
    expect(text).toMatch(/^R\d,福岡,/m); // a short prefecture name
    expect(text).toMatch(/[０-９]/u);
    expect(samples.flatMap((s) => s.notes).some((note) => note.includes("no figure"))).toBe(true);
  });

  it("covers three fiscal years, all 47 prefectures, every program and metric", () => {
    expect(new Set(facts.map((f) => f.fiscalYear))).toEqual(new Set(KPI_SAMPLE_FISCAL_YEARS));
    expect(new Set(facts.map((f) => f.prefectureCode)).size).toBe(47);
    expect(new Set(facts.map((f) => f.metric))).toEqual(new Set(lookups.programs.metrics.map((m) => m.id)));
    expect(new Set(facts.map((f) => f.program))).toEqual(new Set(lookups.programs.programs.map((p) => p.id)));
  });

  it("states each figure once across all files: monthly actuals and one annual target per series", () => {
    const keys = facts.map((f) => `${f.fiscalYear} ${f.month} ${f.prefectureCode} ${f.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    const series = 3 * 47 * lookups.programs.metrics.length;
    expect(facts.filter((f) => f.month === null && f.target !== null)).toHaveLength(series);
    expect(facts.filter((f) => f.month !== null).length).toBeGreaterThan(series * 11.5);
  });

  it("scales figures by prefecture size", () => {
    for (const fy of KPI_SAMPLE_FISCAL_YEARS) {
      const tottori = annual(fy, "31", "consultations").actual;
      for (const large of ["13", "27", "23"]) {
        expect(annual(fy, large, "consultations").actual).toBeGreaterThan(2 * tottori);
      }
    }
  });

  it("has a busier March than April nationally, and different totals each year", () => {
    const national = (fy: number, month: number) =>
      facts
        .filter((f) => f.fiscalYear === fy && f.month === month && f.metric === "consultations")
        .reduce((sum, f) => sum + f.actual!, 0);
    for (const fy of KPI_SAMPLE_FISCAL_YEARS) expect(national(fy, 3)).toBeGreaterThan(national(fy, 4));
    const yearly = KPI_SAMPLE_FISCAL_YEARS.map((fy) =>
      Array.from({length: 12}, (_, i) => national(fy, i + 1)).reduce((a, b) => a + b)
    );
    expect(new Set(yearly).size).toBe(3);
  });

  it("leaves some prefectures above their target and some below", () => {
    const ratios = lookups.prefectures.all.map((p) => annual(2023, p.code, "consultations"))
      .map(({actual, target}) => actual / target!);
    expect(ratios.some((r) => r > 1.05)).toBe(true);
    expect(ratios.some((r) => r < 0.95)).toBe(true);
  });

  it("keeps percentages within 0–100 and counts whole", () => {
    for (const fact of facts) {
      const metric = lookups.programs.metric(fact.metric)!;
      for (const value of [fact.actual, fact.target]) {
        if (value === null) continue;
        if (metric.valueKind === "count") expect(Number.isInteger(value) && value >= 0).toBe(true);
        else expect(value >= 0 && value <= 100).toBe(true);
      }
    }
  });
});
