// Which files of a watched folder are ready to ingest: new or changed since they were last ingested, and no longer
// growing. A file being copied (from a mail attachment, a USB stick, a network share) is written over seconds; it is
// taken only when its size and modification time have stayed the same for `stableMs`, so a half-copied file is
// never read. Pure bookkeeping over what the caller observed, so the timing is testable without waiting.

export interface ObservedFile {
  path: string;
  /** Size and modification time, e.g. "1234:1700000000000". */
  signature: string;
}

export class SettledFiles {
  /** The signature each file had when it was last ingested (or found at start-up). */
  private readonly ingested = new Map<string, string>();
  /** Since when each pending file has shown its current signature. */
  private readonly pending = new Map<string, {signature: string; since: number}>();

  constructor(private readonly stableMs: number) {}

  /** Records that `file` was ingested as it was when observed: it is taken again only after it changes. */
  markIngested(file: ObservedFile): void {
    this.ingested.set(file.path, file.signature);
    this.pending.delete(file.path);
  }

  /** The files that are ready at `now`, in the order observed. */
  observe(files: readonly ObservedFile[], now: number): ObservedFile[] {
    const present = new Set(files.map((f) => f.path));
    for (const path of this.pending.keys()) if (!present.has(path)) this.pending.delete(path);
    const ready: ObservedFile[] = [];
    for (const file of files) {
      if (this.ingested.get(file.path) === file.signature) continue;
      const seen = this.pending.get(file.path);
      if (!seen || seen.signature !== file.signature) this.pending.set(file.path, {signature: file.signature, since: now});
      else if (now - seen.since >= this.stableMs) ready.push(file);
    }
    return ready;
  }
}
