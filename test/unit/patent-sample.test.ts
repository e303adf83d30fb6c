import {readdirSync, readFileSync} from "node:fs";
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {LineIndex} from "../../loaders/csv/line-index.js";
import {readCsvRecords, type CsvErrorType} from "../../loaders/csv/read-records.js";
import {readJplatpatHeader, type JplatpatHeader} from "../../loaders/jplatpat/columns.js";
import {normalisePatentRow, type PatentRecord, type RowResult} from "../../loaders/jplatpat/patent-record.js";
import {generatePatentSample, type SampleFile} from "../../loaders/sample/patent-sample.js";
import {BENEFITS, GAIJI_TITLE, SUBTOPICS, TITLE_SUFFIXES} from "../../loaders/sample/patent-vocabulary.js";
import {DOMESTIC_APPLICANTS, FOREIGN_APPLICANTS} from "../../loaders/sample/sample-applicants.js";
import {decodeBytes} from "../../loaders/text/decode.js";
import {parseFiCode} from "../../loaders/jplatpat/fi.js";

// Verbatim from docs/jplatpat-format.md §2, written out here so that the generator cannot drift from the doc.
const HEADERS: Record<number, string> = {
  13: '"文献番号","出願番号","出願日","公知日","発明の名称","出願人/権利者","FI","公開番号","公告番号","登録番号","審判番号","その他","文献URL"',
  15:
    '"文献番号","出願番号","出願日","公知日","発明の名称","出願人/権利者","FI","公開番号","公告番号","登録番号","審判番号",' +
    '"その他","ステージ","イベント詳細","文献URL"',
  16:
    '"文献番号","出願番号","出願日","公知日","発明の名称","出願人/権利者","FI","要約","公開番号","公告番号","登録番号",' +
    '"審判番号","その他","ステージ","イベント詳細","文献URL"'
};

const STAGES = ["特許 有効", "特許 消滅", "審査中", "査定不服", "（出願の）却下・拒絶", "審査請求前"];
const BUNDLED_DIR = new URL("../../data/sample/patents/", import.meta.url);

interface ReadItem {
  line: number;
  endLine: number;
  raw: string;
  fields: string[] | null;
  error: CsvErrorType | null;
  result: RowResult | null;
}

interface ReadFile {
  file: SampleFile;
  text: string;
  encoding: string;
  header: JplatpatHeader;
  headerLine: string;
  /** Everything after the header: records (normalised when their width matches the header) and syntax errors. */
  items: ReadItem[];
}

// Reads a generated file the way the ingest does: decode, read records, map the header, normalise every row.
function readSample(file: SampleFile): ReadFile {
  const {text, encoding} = decodeBytes(file.bytes);
  const lines = new LineIndex(text);
  let header: JplatpatHeader | null = null;
  const items: ReadItem[] = [];
  readCsvRecords(text, (item) => {
    const span = {line: lines.lineAt(item.start), endLine: lines.lineAt(Math.max(item.start, item.end - 1))};
    const raw = text.slice(item.start, item.end);
    if (item.kind === "error") return void items.push({...span, raw, fields: null, error: item.type, result: null});
    if (header === null) {
      header = readJplatpatHeader(item.fields);
      if (header === null) throw new Error(`${file.fileName}: not a J-PlatPat header`);
      return;
    }
    const result = item.fields.length === header.columnCount ? normalisePatentRow(item.fields, header.columns) : null;
    items.push({...span, raw, fields: item.fields, error: null, result});
  });
  if (header === null) throw new Error(`${file.fileName} is empty`);
  return {file, text, encoding, header, headerLine: text.slice(0, text.indexOf("\n")), items};
}

function recordsOf(read: ReadFile): PatentRecord[] {
  return read.items.flatMap((item) => (item.result?.ok ? [item.result.record] : []));
}

const files = generatePatentSample();
const samples = files.map(readSample);
const records = samples.flatMap(recordsOf);
const filesOfApplication = new Map<string, Set<string>>();
for (const sample of samples) {
  for (const record of recordsOf(sample)) {
    const names = filesOfApplication.get(record.applicationNumber) ?? new Set<string>();
    filesOfApplication.set(record.applicationNumber, names.add(sample.file.fileName));
  }
}

describe("generatePatentSample: the bundled set", () => {
  it("is deterministic: the same options give byte-identical files, another seed other files", () => {
    const again = generatePatentSample();
    expect(again.map((f) => f.fileName)).toEqual(files.map((f) => f.fileName));
    again.forEach((file, i) => expect(Buffer.compare(file.bytes, files[i]!.bytes)).toBe(0));
    const reseeded = generatePatentSample({seed: 7});
    expect(Buffer.compare(reseeded[0]!.bytes, files[0]!.bytes)).not.toBe(0);
  });

  it("equals the files bundled in data/sample/patents/ (regenerate with npx tsx loaders/cli/sample.ts)", () => {
    const onDisk = readdirSync(BUNDLED_DIR).filter((name) => name.endsWith(".csv")).sort();
    expect(onDisk).toEqual(files.map((f) => f.fileName).sort());
    for (const file of files) {
      const bytes = readFileSync(new URL(encodeURIComponent(file.fileName), BUNDLED_DIR));
      expect(Buffer.compare(bytes, file.bytes), file.fileName).toBe(0);
    }
  });

  it("has clearly marked, fictional file names, split by 公知日 range", () => {
    const name = /^サンプル_全固体電池_公知日(\d{4}(-\d{4})?|\d{8}-\d{8})(_.+)?\.csv$/;
    for (const file of files) expect(file.fileName).toMatch(name);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.every((f) => f.defects.length === 0)).toBe(true);
  });

  it("uses exactly the three header variants of J-PlatPat, verbatim", () => {
    for (const sample of samples) {
      expect(sample.headerLine.replace(/^\uFEFF/, "")).toBe(HEADERS[sample.file.columns]);
      expect(sample.header.columnCount).toBe(sample.file.columns);
      expect(sample.header.unknownColumns).toEqual([]);
    }
    expect(new Set(files.map((f) => f.columns))).toEqual(new Set([13, 15, 16]));
  });

  it("writes the J-PlatPat dialect: BOM, every field quoted, LF only, final LF", () => {
    const fullyQuoted = /^"[^"]*"(,"[^"]*")*$/;
    for (const sample of samples) {
      const {bytes} = sample.file;
      expect(bytes.includes(0x0d), sample.file.fileName).toBe(false);
      expect(bytes[bytes.length - 1]).toBe(0x0a);
      if (sample.file.encoding === "utf-8") expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(sample.headerLine.replace(/^\uFEFF/, "")).toMatch(fullyQuoted);
      for (const item of sample.items) expect(item.raw).toMatch(fullyQuoted);
    }
  });

  it("keeps every file within 3,000 records, says how many it wrote, and orders rows by 公知日, newest first", () => {
    for (const sample of samples) {
      const dates = recordsOf(sample).map((r) => r.publicationDate!);
      expect(sample.items.length).toBe(sample.file.records);
      expect(sample.file.records).toBeLessThanOrEqual(3000);
      expect(dates).toEqual([...dates].sort().reverse());
      const {from, to} = sample.file.publicationDateRange;
      expect(dates.every((d) => d >= from && d <= to)).toBe(true);
    }
  });

  it("normalises every row, and holds 6,000 distinct applications filed 2005–2024", () => {
    for (const sample of samples) {
      for (const item of sample.items) {
        expect(item.result, `${sample.file.fileName}:${item.line}`).toMatchObject({ok: true});
      }
    }
    expect(filesOfApplication.size).toBe(6000);
    const filingYears = new Set(records.map((r) => r.filingDate.slice(0, 4)));
    expect([...filingYears].sort()).toEqual(Array.from({length: 20}, (_, i) => String(2005 + i)));
  });

  it("has exactly one CP932 file, without BOM, that decodes strictly as shift_jis and not as UTF-8", () => {
    const cp932 = samples.filter((s) => s.file.encoding === "cp932");
    expect(cp932).toHaveLength(1);
    const {file, encoding, text} = cp932[0]!;
    expect(encoding).toBe("cp932");
    expect([...file.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("shift_jis", {fatal: true}).decode(file.bytes)).toBe(text);
    expect(() => new TextDecoder("utf-8", {fatal: true}).decode(file.bytes)).toThrow();
    expect(recordsOf(cp932[0]!).length).toBe(file.records);
  });

  it("draws all its text from a vocabulary that CP932 can encode, whichever rows land in the CP932 file", () => {
    const vocabulary = [
      ...SUBTOPICS.flatMap((s) => [...s.titles, ...s.solutions]), ...BENEFITS, ...TITLE_SUFFIXES, GAIJI_TITLE,
      ...[...DOMESTIC_APPLICANTS, ...FOREIGN_APPLICANTS].flatMap((a) => [
        a.name, ...(a.formerNames ?? []).map((f) => f.name), ...(a.variants ?? []).map((v) => v.name)
      ])
    ];
    const strict = new TextDecoder("shift_jis", {fatal: true});
    expect(vocabulary.filter((text) => strict.decode(iconv.encode(text, "cp932")) !== text)).toEqual([]);
  });

  it("re-exports one range with 要約: same applications and 文献番号 as the 13-column file", () => {
    const original = samples.find((s) => s.file.columns === 13)!;
    const sameRange = (s: ReadFile) => s.file.publicationDateRange.from === original.file.publicationDateRange.from;
    const reExport = samples.find((s) => s.file.columns === 16 && sameRange(s))!;
    expect(reExport).toBeDefined();
    const documents = (s: ReadFile) => recordsOf(s).map((r) => `${r.applicationNumber} ${r.documentNumber}`);
    expect(documents(reExport)).toEqual(documents(original));
    const abstracts = recordsOf(reExport).map((r) => r.abstractRaw ?? "");
    expect(abstracts.every((a) => a === "" || /^\(57\)【要約】/.test(a))).toBe(true);
    const multiLine = abstracts.filter((a) => /【課題】.*<BR>[^]*\n【解決手段】[^]*\n【選択図】.*\n$/.test(a));
    expect(multiLine.length).toBeGreaterThan(abstracts.length / 2);
    expect(reExport.items.some((item) => item.endLine > item.line)).toBe(true);
  });

  it("has two files with overlapping 公知日 ranges, so that some applications appear twice", () => {
    const original = samples.find((s) => s.file.columns === 13)!.file;
    const overlap = (a: SampleFile, b: SampleFile) =>
      a.publicationDateRange.from !== b.publicationDateRange.from &&
      a.publicationDateRange.from <= b.publicationDateRange.to &&
      b.publicationDateRange.from <= a.publicationDateRange.to;
    const overlapping = files.filter((a) => files.some((b) => overlap(a, b)));
    expect(overlapping).toHaveLength(2);
    const shared = [...filesOfApplication.values()].filter(
      (names) => names.size === 2 && !names.has(original.fileName)
    );
    expect(shared.length).toBeGreaterThan(20);
    expect(new Set(shared.flatMap((names) => [...names]))).toEqual(new Set(overlapping.map((f) => f.fileName)));
  });

  it("writes the applicant spellings that name harmonisation has to handle", () => {
    const names = new Map<string, number>();
    for (const record of records) for (const a of record.applicants) names.set(a.name, (names.get(a.name) ?? 0) + 1);
    for (const name of [
      "架空電機株式会社", "架空電機ホールディングス株式会社",
      "独立行政法人架空エネルギー技術総合研究所", "国立研究開発法人架空エネルギー技術総合研究所",
      "コントソ　エナジー　コーポレーション", "コントソ　　エナジー　コーポレーション",
      "ノースウィンド　エナジー，インコーポレイテッド", "ノースウィンド　エナジー　インコーポレイテッド",
      "株式会社▲高▼田架空製作所", "株式会社高田架空製作所", "架空新能源科技股▲ふん▼有限公司",
      "架空自動車株式会社", "架空自動車紡織株式会社", "架空　太郎", "カクウ、ミン　ジュン"
    ]) {
      expect(names.get(name), name).toBeGreaterThan(0);
    }
    expect(names.size).toBeGreaterThanOrEqual(110);
    const counts = [...names.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(5 * counts[20]!);
    const multiple = records.filter((r) => r.applicants.length >= 2).length / records.length;
    expect(multiple).toBeGreaterThan(0.1);
    expect(multiple).toBeLessThan(0.2);
    expect(records.every((r) => r.applicants.length <= 4)).toBe(true);
  });

  it("writes FI cells of real shape: lead code first, 展開記号, 分冊識別記号, indexing codes, 1–10 codes", () => {
    const codes = records.flatMap((r) => r.fi.map((fi, i) => parseFiCode(fi, i + 1)));
    expect(codes.every((c) => c.section !== null)).toBe(true);
    expect(codes.some((c) => c.subdivision !== null)).toBe(true);
    expect(codes.some((c) => c.fileIndex !== null)).toBe(true);
    expect(codes.some((c) => c.isIndexing)).toBe(true);
    expect(new Set(codes.map((c) => c.section))).toEqual(new Set(["H", "C", "B", "G"]));
    expect(records.every((r) => r.fi.length >= 1 && r.fi.length <= 11)).toBe(true);
    expect(records.filter((r) => parseFiCode(r.fi[0]!, 1).mainGroup === "H01M10").length).toBeGreaterThan(records.length / 4);
  });

  it("writes the document kinds with consistent numbers", () => {
    const byKind = new Map<string | null, PatentRecord[]>();
    for (const r of records) byKind.set(r.documentKind, [...(byKind.get(r.documentKind) ?? []), r]);
    expect(new Set(byKind.keys())).toEqual(new Set(["特開", "特表", "再表", "特許", "実登"]));
    expect(byKind.get("特開")!.length).toBeGreaterThan(records.length / 2);
    for (const r of byKind.get("特開")!) {
      expect(r.publicationNumber).toBe(r.documentNumber);
      expect(r.documentNumber!.slice(2, 6)).toBe(r.publicationDate!.slice(0, 4));
    }
    for (const r of byKind.get("特表")!) {
      expect(Number(r.documentNumber!.slice(2, 6))).toBeGreaterThan(Number(r.publicationDate!.slice(0, 4)));
    }
    for (const r of byKind.get("再表")!) {
      expect(r.publicationNumber).toBe(`WO${r.documentNumber!.slice(2)}`);
      expect(r.otherNumbers).toBe(r.documentNumber);
    }
    for (const r of byKind.get("実登")!) {
      expect(r.applicationNumber).toMatch(/^実願\d{4}-\d{6}$/);
      expect(r.registrationNumber).toBe(r.documentNumber);
    }
    for (const r of byKind.get("特許")!) expect(r.registrationNumber).toBe(r.documentNumber);
    expect(records.every((r) => /^(特願|実願)\d{4}-\d{6}$/.test(r.applicationNumber))).toBe(true);

    const older = records.filter((r) => r.filingDate < "2016-01-01" && r.documentKind !== "実登");
    const registered = older.filter((r) => r.registrationNumber?.startsWith("特許")).length / older.length;
    expect(registered).toBeGreaterThan(0.3);
    expect(registered).toBeLessThan(0.5);
  });

  it("writes 審判番号, ステージ and イベント詳細 as J-PlatPat does", () => {
    const nulls = new Set(records.filter((r) => r.appealNumbersRaw === "null").map((r) => r.applicationNumber));
    expect(nulls.size).toBe(1);
    expect(records.some((r) => /^拒絶20\d{2}-\d{6}$/.test(r.appealNumbersRaw ?? ""))).toBe(true);

    const withStatusColumns = samples.filter((s) => s.header.columns.stage >= 0).flatMap(recordsOf);
    const filled = withStatusColumns.filter((r) => r.stage !== null);
    expect(filled.length / withStatusColumns.length).toBeGreaterThan(0.2);
    expect(filled.length / withStatusColumns.length).toBeLessThan(0.3);
    expect(new Set(filled.map((r) => r.stage))).toEqual(new Set(STAGES));
    expect(withStatusColumns.every((r) => (r.stage === null) === (r.lastEvent === null))).toBe(true);
  });

  it("writes 文献URL in the c1800 form with a hash before February 2024, in the c1801 form after", () => {
    for (const sample of samples) {
      const base = "^https://www\\.j-platpat\\.inpit\\.go\\.jp/";
      const document = "/PU/JP-(\\d{4}-\\d{6}|\\d{7})/";
      const kind = "(11|15|19|25)/ja$";
      const old = sample.file.exportedOn < "2024-02-01";
      const form = new RegExp(old ? `${base}c1800${document}[0-9A-F]{64}/${kind}` : `${base}c1801${document}${kind}`);
      for (const record of recordsOf(sample)) expect(record.url).toMatch(form);
    }
    expect(new Set(files.map((f) => f.exportedOn < "2024-02-01"))).toEqual(new Set([true, false]));
  });
});

describe("generatePatentSample({withDefects: true})", () => {
  const defective = generatePatentSample({withDefects: true}).map(readSample);
  const defects = defective.flatMap((s) => s.file.defects);

  it("has one defect of each kind, in a copy set whose clean rows equal the bundled set", () => {
    expect(defects.map((d) => d.kind).sort()).toEqual(
      ["empty-application-number", "impossible-date", "pasted-header", "ragged-row", "stray-quote", "truncated-record"]
    );
    const truncated = defective.filter((s) => s.file.fileName.endsWith("_途中切断.csv"));
    expect(truncated).toHaveLength(1);
    const cleanFiles = defective.filter((s) => !truncated.includes(s));
    expect(cleanFiles.map((s) => s.file.fileName)).toEqual(files.map((f) => f.fileName));
    cleanFiles.forEach((sample, i) => {
      const key = (r: PatentRecord) => `${r.applicationNumber} ${r.documentNumber} ${r.fiRaw}`;
      expect(recordsOf(sample).map(key)).toEqual(recordsOf(samples[i]!).map(key));
    });
  });

  it("puts every defect on the lines it reports, and nothing else is wrong", () => {
    for (const sample of defective) {
      const {columnCount} = sample.header;
      const at = (line: number) => sample.items.find((item) => item.line === line);
      for (const defect of sample.file.defects) {
        const item = at(defect.line)!;
        expect(item, `${defect.kind} at ${defect.fileName}:${defect.line}`).toBeDefined();
        switch (defect.kind) {
          case "impossible-date":
            expect(item.result).toMatchObject({ok: false, reason: expect.stringContaining("2021/02/30")});
            break;
          case "empty-application-number":
            expect(item.result).toMatchObject({ok: false, reason: "出願番号 is empty"});
            break;
          case "ragged-row":
            expect(item.fields).toHaveLength(columnCount - 1);
            break;
          case "stray-quote":
            expect(item.error).toBe("stray-quote");
            expect(item.raw).toMatch(/,"[^",]+"[^",]+",/);
            break;
          case "pasted-header":
            expect(item.raw.startsWith('\uFEFF"文献番号"')).toBe(true);
            expect(readJplatpatHeader(item.fields!)?.columnCount).toBe(columnCount);
            break;
          case "truncated-record":
            expect(item.error).toBe("unclosed-quote");
            expect(defect.endLine).toBeGreaterThanOrEqual(defect.line);
            expect(sample.text.endsWith("\n")).toBe(false);
            expect(sample.items.at(-1)!.endLine).toBe(defect.endLine);
            break;
        }
        expect(defect.expected).toBe(defect.kind === "pasted-header" ? "skip" : "reject");
      }
      for (const item of sample.items) {
        const covered = sample.file.defects.some((d) => item.line >= d.line && item.line <= d.endLine);
        if (!covered) expect(item.result, `${sample.file.fileName}:${item.line}`).toMatchObject({ok: true});
      }
    }
  });
});

describe("generatePatentSample: other options", () => {
  it("keeps application numbers unique in a large set, except in the deliberate overlap and re-export", () => {
    const large = generatePatentSample({totalRecords: 30_000, maxRecordsPerFile: 3000}).map(readSample);
    const seen = new Map<string, string[]>();
    for (const sample of large) {
      expect(sample.file.records).toBeLessThanOrEqual(3000);
      for (const record of recordsOf(sample)) {
        seen.set(record.applicationNumber, [...(seen.get(record.applicationNumber) ?? []), sample.file.fileName]);
      }
    }
    expect(seen.size).toBe(30_000);
    const repeated = [...seen.values()].filter((names) => names.length > 1);
    const repeatedIn = new Set(repeated.map((names) => names.join(" + ")));
    expect(repeatedIn.size).toBe(2);
    expect([...repeatedIn].some((pair) => pair.includes("_要約付き"))).toBe(true);
  });

  it("writes one column variant everywhere when asked", () => {
    for (const variants of [13, 15, 16] as const) {
      const set = generatePatentSample({totalRecords: 300, variants});
      expect(new Set(set.map((f) => f.columns))).toEqual(new Set([variants]));
      for (const file of set) expect(readSample(file).headerLine.replace(/^\uFEFF/, "")).toBe(HEADERS[variants]);
    }
  });

  it("respects a small per-file cap and refuses options out of range", () => {
    const set = generatePatentSample({totalRecords: 1000, maxRecordsPerFile: 100});
    expect(set.every((f) => f.records <= 100)).toBe(true);
    expect(() => generatePatentSample({totalRecords: 0})).toThrow(RangeError);
    expect(() => generatePatentSample({maxRecordsPerFile: 1.5})).toThrow(RangeError);
    expect(() => generatePatentSample({variants: 14 as 13})).toThrow(RangeError);
  });
});
