// Maps character offsets in a decoded text to physical, 1-based line numbers (line 1 = the header).
// Line breaks are LF, CRLF or a lone CR, the same ones the CSV reader accepts.

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    const n = text.length;
    if (text.includes("\r")) {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          if (i + 1 < n) starts.push(i + 1);
        } else if (c === 10 && i + 1 < n) starts.push(i + 1);
      }
    } else {
      // The common case (J-PlatPat writes LF only): let indexOf do the scanning.
      for (let lf = text.indexOf("\n"); lf >= 0 && lf + 1 < n; lf = text.indexOf("\n", lf + 1)) starts.push(lf + 1);
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
