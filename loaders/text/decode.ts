// Decodes the bytes of an input file to text, deciding the encoding on the whole file.
//
// Order: a BOM wins; else strict UTF-8; else strict CP932 (what Excel on
// Japanese Windows writes as "CSV"); else the file is refused. Strict decoders matter: a lenient one can eat the
// comma or quote after a bad byte and shift every column after it.

export type EncodingName = "utf-8" | "utf-16le" | "utf-16be" | "cp932";
export type EncodingEvidence = "bom" | "strict-utf8" | "strict-cp932";

export interface DecodedText {
  text: string;
  encoding: EncodingName;
  evidence: EncodingEvidence;
  /**
   * The file ends in the middle of a character, as a download cut short does. The partial character is dropped
   * (the CSV reader then rejects the unfinished last record) instead of refusing the whole file.
   */
  truncated: boolean;
}

/** The file could not be decoded in any supported encoding; the message says where and what to do. */
export class EncodingError extends Error {
  constructor(
    message: string,
    readonly byteOffset: number
  ) {
    super(message);
    this.name = "EncodingError";
  }
}

const utf8Strict = new TextDecoder("utf-8", {fatal: true, ignoreBOM: false});

// WHATWG "shift_jis" is CP932 (Windows-31J) in every JS engine; "cp932" itself is not a valid label.
// It needs full ICU, which official Node builds have; a small-icu build fails here with a clear message.
const cp932Strict = new TextDecoder("shift_jis", {fatal: true});

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const cut = body.length - incompleteUtf8Tail(body);
    const text = decodeOrThrow(utf8Strict, body.subarray(0, cut), "UTF-8 (with BOM)", 3);
    return {text, encoding: "utf-8", evidence: "bom", truncated: cut < body.length};
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const decoder = new TextDecoder("utf-16le", {fatal: true});
    const text = decodeOrThrow(decoder, bytes.subarray(2), "UTF-16LE", 2);
    return {text, encoding: "utf-16le", evidence: "bom", truncated: false};
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const decoder = new TextDecoder("utf-16be", {fatal: true});
    const text = decodeOrThrow(decoder, bytes.subarray(2), "UTF-16BE", 2);
    return {text, encoding: "utf-16be", evidence: "bom", truncated: false};
  }
  const utf8Cut = bytes.length - incompleteUtf8Tail(bytes);
  try {
    const text = utf8Strict.decode(bytes.subarray(0, utf8Cut));
    return {text, encoding: "utf-8", evidence: "strict-utf8", truncated: utf8Cut < bytes.length};
  } catch {
    // not UTF-8: try CP932 below
  }
  const cp932 = decodeCp932(bytes);
  if (cp932 !== null) return {text: cp932, encoding: "cp932", evidence: "strict-cp932", truncated: false};
  if (isCp932Lead(bytes[bytes.length - 1])) {
    const cut = decodeCp932(bytes.subarray(0, -1));
    if (cut !== null) return {text: cut, encoding: "cp932", evidence: "strict-cp932", truncated: true};
  }

  const utf8Offset = firstInvalidUtf8Offset(bytes);
  const cp932Offset = firstInvalidCp932Offset(bytes);
  const at = Math.max(utf8Offset, cp932Offset);
  throw new EncodingError(
    `the file is neither UTF-8 nor Shift_JIS/CP932: invalid UTF-8 at byte ${utf8Offset} (line ${lineAtByte(bytes, utf8Offset)}), ` +
      `invalid CP932 at byte ${cp932Offset} (line ${lineAtByte(bytes, cp932Offset)}). ` +
      `Re-save it as "CSV UTF-8" (Excel: 名前を付けて保存 → CSV UTF-8) and ingest it again.`,
    at
  );
}

function decodeOrThrow(decoder: TextDecoder, bytes: Uint8Array, label: string, bomLength: number): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = label.startsWith("UTF-8") ? firstInvalidUtf8Offset(bytes) + bomLength : bomLength;
    throw new EncodingError(
      `the file starts with a ${label} byte-order mark but contains invalid ${label} bytes (near byte ${offset}). ` +
        `It may be truncated or corrupted: export it again.`,
      offset
    );
  }
}

function decodeCp932(bytes: Uint8Array): string | null {
  try {
    return cp932Strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Length of an unfinished multi-byte sequence at the very end (0–3 bytes): what a truncated download leaves.
 * Only a valid prefix counts, so a genuinely invalid last byte still makes the file invalid.
 */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function isCp932Lead(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc));
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

/** Byte offset of the first invalid CP932 sequence (lead byte without a valid trail, or an unassigned byte). */
export function firstInvalidCp932Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) {
      i++;
      continue;
    }
    const isLead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const t = bytes[i + 1];
    if (!isLead || t === undefined || t < 0x40 || t === 0x7f || t > 0xfc) return i;
    try {
      cp932Strict.decode(bytes.subarray(i, i + 2));
    } catch {
      return i;
    }
    i += 2;
  }
  return n;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
