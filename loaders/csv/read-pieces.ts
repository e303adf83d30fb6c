// Reads a CSV file as decoded text in pieces of whole records, so that a large file (a 50 MB dictionary) is never
// held as one buffer and one string. The encoding is decided as decodeBytes decides it: a UTF-8 BOM, else strict
// UTF-8, else strict CP932. Since that decision needs the whole file, a reader starts optimistically with strict
// UTF-8 and, when a byte proves it wrong, starts again from the top with strict CP932 (usually at the first
// Japanese character). Whatever streaming cannot settle (UTF-16, a file cut mid-character, bytes neither decoder
// accepts) goes through decodeBytes on the whole file, so that edge cases and messages stay exactly its own.
//
// A piece ends after a line break that is outside quotes (quote parity: a doubled "" toggles twice), so no record
// is split; a record with an unclosed quote keeps its piece growing, as the whole file would have been.

import fs from "node:fs";
import {decodeBytes, type EncodingName} from "../text/decode.js";

/** Reads the pieces of one attempt; a new one is made when an attempt starts again from the top. */
export interface PieceReader<T> {
  /** `text` holds whole records; `firstLine` is the physical line it starts on (1 = the first line). */
  read(text: string, firstLine: number): void;
  finish(): T;
}

const CHUNK_BYTES = 1 << 20;

/** Reads the file at `filePath` into a fresh reader from `makeReader`; throws what fs or decodeBytes throw. */
export function readDecodedPieces<T>(
  filePath: string,
  makeReader: () => PieceReader<T>
): {result: T; encoding: EncodingName} {
  const fd = fs.openSync(filePath, "r");
  try {
    const head = Buffer.alloc(3);
    const headLength = fs.readSync(fd, head, 0, 3, 0);
    const bom = headLength === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    const utf16 = headLength >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
    if (!utf16) {
      const utf8 = streamAttempt(fd, new TextDecoder("utf-8", {fatal: true}), makeReader);
      if (utf8 !== null) return {result: utf8, encoding: "utf-8"};
      if (!bom) {
        // WHATWG "shift_jis" is CP932, as in decode.ts.
        const cp932 = streamAttempt(fd, new TextDecoder("shift_jis", {fatal: true}), makeReader);
        if (cp932 !== null) return {result: cp932, encoding: "cp932"};
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  const decoded = decodeBytes(fs.readFileSync(filePath));
  const reader = makeReader();
  reader.read(decoded.text, 1);
  return {result: reader.finish(), encoding: decoded.encoding};
}

/** One pass over the file with `decoder`; null when the decoder refuses a byte (or the file ends mid-character). */
function streamAttempt<T>(fd: number, decoder: TextDecoder, makeReader: () => PieceReader<T>): T | null {
  const reader = makeReader();
  const cutter = new RecordCutter((piece, firstLine) => reader.read(piece, firstLine));
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decode = (bytes?: Uint8Array): string | null => {
    try {
      return bytes ? decoder.decode(bytes, {stream: true}) : decoder.decode();
    } catch {
      return null; // "The encoded data was not valid for encoding …"
    }
  };
  for (let position = 0; ; ) {
    const length = fs.readSync(fd, buffer, 0, CHUNK_BYTES, position);
    const text = decode(length === 0 ? undefined : buffer.subarray(0, length));
    if (text === null) return null;
    cutter.push(text);
    if (length === 0) break;
    position += length;
  }
  cutter.end();
  return reader.finish();
}

/** Cuts decoded text into pieces that end after a line break outside quotes, counting physical lines. */
export class RecordCutter {
  private pending = "";
  /** How far `pending` has been scanned, and the quote state there. */
  private scanned = 0;
  private inQuotes = false;
  private nextLine = 1;

  constructor(private readonly emit: (piece: string, firstLine: number) => void) {}

  push(text: string): void {
    if (text === "") return;
    this.pending += text;
    const pending = this.pending;
    let cut = -1;
    for (let i = this.scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === 34) this.inQuotes = !this.inQuotes;
      // A CR at the very end may be the first half of a CRLF: wait for the next text.
      else if (!this.inQuotes && (c === 10 || (c === 13 && i + 1 < pending.length && pending.charCodeAt(i + 1) !== 10))) {
        cut = i + 1;
      }
    }
    this.scanned = pending.length;
    if (cut > 0) this.flush(cut);
  }

  end(): void {
    if (this.pending !== "") this.flush(this.pending.length);
  }

  private flush(cut: number): void {
    const piece = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    this.scanned -= cut;
    this.emit(piece, this.nextLine);
    this.nextLine += countLineBreaks(piece);
  }
}

/** Line breaks as LineIndex counts them: LF, CRLF or a lone CR. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}
