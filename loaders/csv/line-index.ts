// Maps character offsets in a decoded text to physical, 1-based line numbers (line 1 = the header).
// Line breaks are LF, CRLF or a lone CR, the same ones the CSV reader accepts.

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    const n = text.length;
    let i = 0;
    for (;;) {
      const lf = text.indexOf("\n", i);
      const cr = text.indexOf("\r", i);
      if (lf < 0 && cr < 0) break;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      else next = lf + 1;
      if (next > n) break;
      starts.push(next);
      i = next;
    }
    this.starts = starts;
  }

  /** Number of physical lines; a final line break does not open another line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line containing `offset`. */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Character offset where the 1-based `line` starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? Number.POSITIVE_INFINITY;
  }
}
