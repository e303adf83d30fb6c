// Reading a CSV file in pieces of whole records: the pieces must parse exactly as the whole text does, and a
// dictionary read in pieces must equal the same dictionary read whole (readAliasesFile, the oracle), whatever the
// encoding, wherever a chunk boundary falls, and however late the bytes prove the first guess of encoding wrong.
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {LineIndex} from "../../loaders/csv/line-index.js";
import {readDecodedPieces, RecordCutter} from "../../loaders/csv/read-pieces.js";
import {readCsvRecords, type CsvItem} from "../../loaders/csv/read-records.js";
import {AliasesReader, readAliasesFile} from "../../loaders/names/aliases-file.js";
import {EncodingError, decodeBytes} from "../../loaders/text/decode.js";
import {makeTempDir} from "../support/temp-dir.js";

/** Records as [first line, fields] (or [first line, error type]). */
function recordsOf(text: string, firstLine = 1): Array<[number, string[] | string]> {
  const lines = new LineIndex(text);
  const out: Array<[number, string[] | string]> = [];
  readCsvRecords(text, (item: CsvItem) => {
    out.push([lines.lineAt(item.start) + firstLine - 1, item.kind === "record" ? item.fields : item.type]);
  });
  return out;
}

describe("RecordCutter", () => {
  const text =
    'name,entity,group\r\n"A社\r\n改行入り",B社,G\r\n"引用""符",C社,\rD社,"E社,",\n\n' + 'F社,G社,"H\n\nI"\r\nJ社,K社,\r\n';

  it.each([1, 2, 3, 5, 7, 64])("cuts only between records, with the right line numbers (chunks of %i characters)", (size) => {
    const pieces: Array<{piece: string; firstLine: number}> = [];
    const cutter = new RecordCutter((piece, firstLine) => pieces.push({piece, firstLine}));
    for (let i = 0; i < text.length; i += size) cutter.push(text.slice(i, i + size));
    cutter.end();
    expect(pieces.map((p) => p.piece).join("")).toBe(text);
    expect(pieces.flatMap((p) => recordsOf(p.piece, p.firstLine))).toEqual(recordsOf(text));
    if (size === 1) expect(pieces.length).toBeGreaterThan(4);
  });
});

describe("readDecodedPieces: a dictionary read in pieces equals the same file read whole", () => {
  const dir = makeTempDir("read-pieces");
  // Over 2 MB, so that the file spans several 1 MB chunks.
  const rows = Array.from({length: 40_000}, (_, i) => `架空商事第${i}番株式会社,"架空商事第${i}番
ホールディングス株式会社",架空グループ${i % 7}`);
  const body = `name,entity,group\r\n${rows.join("\r\n")}\r\n`;

  function compare(label: string, bytes: Uint8Array) {
    const file = path.join(dir, `${label}.csv`);
    fs.writeFileSync(file, bytes);
    const whole = readAliasesFile(bytes);
    const pieces = readDecodedPieces(file, () => new AliasesReader());
    expect(pieces.encoding).toBe(whole.encoding);
    expect(pieces.result.errors).toEqual(whole.errors);
    expect(pieces.result.entries).toEqual(whole.entries);
    return pieces;
  }

  it("UTF-8, with and without a BOM", () => {
    const plain = compare("utf8", new TextEncoder().encode(body));
    expect(plain.result.entries).toHaveLength(40_000);
    expect(plain.result.entries[39_999]).toEqual({
      name: "架空商事第39999番株式会社",
      entity: "架空商事第39999番\nホールディングス株式会社",
      group: "架空グループ1", // 39999 % 7
      line: 2 + 39_999 * 2
    });
    compare("utf8-bom", new TextEncoder().encode(`\ufeff${body}`));
  });

  it("CP932, including a file that looks like UTF-8 for its first megabytes", () => {
    expect(compare("cp932", iconv.encode(body, "cp932")).encoding).toBe("cp932");
    // ASCII for 1.5 MB, then CP932: the UTF-8 attempt has read pieces before it fails, and starts again.
    const ascii = Array.from({length: 60_000}, (_, i) => `Fictitious Trading No.${i} Ltd.,Holding ${i},`).join("\r\n");
    const late = iconv.encode(`name,entity,group\r\n${ascii}\r\n髙島屋～,株式会社髙島屋,\r\n`, "cp932");
    const read = compare("late-cp932", late);
    expect(read.encoding).toBe("cp932");
    expect(read.result.entries.at(-1)).toEqual({name: "髙島屋～", entity: "株式会社髙島屋", group: "", line: 60_002});
  });

  it("errors keep their physical lines across pieces", () => {
    const broken = body.replace("架空商事第30000番株式会社,", ",");
    const read = compare("errors", new TextEncoder().encode(broken));
    expect(read.result.errors.map((e) => e.line)).toEqual([2 + 30_000 * 2]);
  });

  it("a file cut mid-character, and bytes that are neither UTF-8 nor CP932, behave as decodeBytes says", () => {
    const bytes = new TextEncoder().encode(body);
    compare("truncated", bytes.subarray(0, bytes.length - 3)); // CRLF and one byte of the last character
    const invalid = Buffer.concat([Buffer.from(bytes.subarray(0, 1_500_000)), Buffer.from([0x82, 0xff, 0x0a])]);
    const file = path.join(dir, "invalid.csv");
    fs.writeFileSync(file, invalid);
    const expected = (() => {
      try {
        decodeBytes(invalid);
      } catch (error) {
        return error as EncodingError;
      }
    })();
    expect(expected).toBeInstanceOf(EncodingError);
    expect(() => readDecodedPieces(file, () => new AliasesReader())).toThrow(expected!.message);
  });
});
