// npm start's inbox watch: every second, the files in the inbox (as the start-up scan lists them, folders being
// collections) are compared with what was seen; a new or changed file is ingested once it has stopped growing.
// Polling, not fs.watch: recursive watching differs per platform and misses changes on network drives.

import fs from "node:fs";
import type {InputFile} from "../ingest/collect-inputs.js";
import {SettledFiles, type ObservedFile} from "./settled-files.js";
import type {Watch} from "./warehouse-watch.js";

export interface InboxWatchOptions {
  /** The inbox's files now, each with its collection. */
  list(): InputFile[];
  /** Ingests `files`; "busy" when the warehouse was held by another process, so they are offered again later. */
  ingest(files: InputFile[]): Promise<"done" | "busy">;
  /** Files already ingested at start-up: taken again only once they change. */
  alreadyIngested?: readonly InputFile[];
  intervalMs?: number;
  /** How long a file's size and modification time must stay the same (default 2 s). */
  stableMs?: number;
}

export function watchInbox(options: InboxWatchOptions): Watch {
  const intervalMs = options.intervalMs ?? 1000;
  const settled = new SettledFiles(options.stableMs ?? 2000);
  for (const file of options.alreadyIngested ?? []) {
    const observed = observe(file);
    if (observed) settled.markIngested(observed);
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One look at a time: an ingest can take longer than the interval, and the next look waits for it.
  const tick = async () => {
    try {
      const byPath = new Map<string, InputFile>();
      const observed: ObservedFile[] = [];
      for (const file of safeList(options.list)) {
        const seen = observe(file);
        if (!seen) continue;
        byPath.set(file.path, file);
        observed.push(seen);
      }
      const ready = settled.observe(observed, Date.now());
      if (ready.length > 0 && (await options.ingest(ready.map((f) => byPath.get(f.path)!))) === "done") {
        for (const file of ready) settled.markIngested(file);
      }
    } catch (error) {
      // The watch outlives any one failure (an inbox folder removed, a file vanishing mid-look): say so, go on.
      console.error(`inbox: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, intervalMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    }
  };
}

function observe(file: InputFile): ObservedFile | null {
  const stat = fs.statSync(file.path, {throwIfNoEntry: false});
  return stat?.isFile() ? {path: file.path, signature: `${stat.size}:${stat.mtimeMs}`} : null;
}

function safeList(list: () => InputFile[]): InputFile[] {
  try {
    return list();
  } catch {
    return []; // the inbox is being reorganised; the next look sees the result
  }
}
