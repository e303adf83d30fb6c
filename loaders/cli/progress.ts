// A one-line progress bar on stderr for multi-file runs; silent when stderr is not a terminal (CI, pipes), so
// logs stay clean. Its own \r and \x1b[K redraw the line; the file name in it is escaped, so that it cannot.

import {terminalText} from "./terminal-text.js";

export class ProgressBar {
  private readonly enabled: boolean;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr
  ) {
    this.enabled = total > 1 && Boolean(stream.isTTY);
  }

  update(done: number, rows: number, current: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const columns = this.stream.columns ?? 100;
    const line = `${bar} ${done}/${this.total} files  ${rows.toLocaleString("ja-JP")} rows  ${terminalText(current)}`;
    this.stream.write(`\r${truncate(line, columns - 1)}\x1b[K`);
  }

  clear(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}
