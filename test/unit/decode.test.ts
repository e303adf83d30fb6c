import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {decodeBytes, EncodingError, firstInvalidUtf8Offset} from "../../loaders/text/decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe("decodeBytes", () => {
  it("takes a UTF-8 BOM as proof and strips it", () => {
    const decoded = decodeBytes(withBom(utf8('"文献番号"')));
    expect(decoded).toMatchObject({text: '"文献番号"', encoding: "utf-8", evidence: "bom", truncated: false});
  });

  it("reads strict UTF-8 without a BOM", () => {
    expect(decodeBytes(utf8("出願人,FI\n"))).toMatchObject({encoding: "utf-8", evidence: "strict-utf8"});
  });

  it("falls back to CP932 for an Excel-saved file, with the CP932 (not JIS) mapping of ～ and ㈱", () => {
    const bytes = iconv.encode("㈱架空～電機,ｶﾌﾞｼｷｶﾞｲｼｬ,髙橋\r\n", "cp932");
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({encoding: "cp932", evidence: "strict-cp932", truncated: false});
    expect(decoded.text).toBe("㈱架空～電機,ｶﾌﾞｼｷｶﾞｲｼｬ,髙橋\r\n");
    expect(decoded.text.charCodeAt(3)).toBe(0xff5e); // FULLWIDTH TILDE, what Windows means by 0x8160
  });

  it("decides on the whole file: CP932 half-width katakana that happens to be valid UTF-8 at the start", () => {
    // C3 BD is both "ý" in UTF-8 and "ﾃｽ" in CP932; a later byte makes the file invalid UTF-8.
    const bytes = new Uint8Array([0xc3, 0xbd, 0x2c, ...iconv.encode("株式会社", "cp932")]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("cp932");
    expect(decoded.text).toBe("ﾃｽ,株式会社");
  });

  it("refuses bytes that are neither UTF-8 nor CP932, naming offsets and what to do", () => {
    const bytes = new Uint8Array([0x41, 0x2c, 0x80, 0xff, 0x0a]);
    expect(() => decodeBytes(bytes)).toThrow(EncodingError);
    expect(() => decodeBytes(bytes)).toThrow(/neither UTF-8 nor Shift_JIS\/CP932.*byte 2.*CSV UTF-8/s);
  });

  it("reads a UTF-16LE file with its BOM", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from("出願番号", "utf16le")]);
    expect(decodeBytes(bytes)).toMatchObject({text: "出願番号", encoding: "utf-16le", evidence: "bom"});
  });

  it("drops a character cut in half at the end of a truncated download and says so", () => {
    const whole = withBom(utf8("特願2021-000001,途"));
    const cut = whole.subarray(0, whole.length - 1);
    const decoded = decodeBytes(cut);
    expect(decoded).toMatchObject({text: "特願2021-000001,", encoding: "utf-8", truncated: true});
    const cp932 = iconv.encode("株式会社", "cp932");
    expect(decodeBytes(cp932.subarray(0, cp932.length - 1))).toMatchObject({text: "株式会", encoding: "cp932", truncated: true});
  });

  it("still refuses a BOM file with a bad byte in the middle", () => {
    const bytes = withBom(new Uint8Array([...utf8("abc"), 0xff, ...utf8("def")]));
    expect(() => decodeBytes(bytes)).toThrow(/invalid UTF-8.*near byte 6/);
  });
});

describe("firstInvalidUtf8Offset", () => {
  it("finds overlong encodings and surrogates", () => {
    expect(firstInvalidUtf8Offset(utf8("日本"))).toBe(6);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // U+D800
  });
});
