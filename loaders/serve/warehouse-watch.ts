// Notices every change to the warehouse, whoever makes it: an ingest or a names command in another terminal, or
// npm start's own inbox watch, by polling the warehouse's stamp (warehouse-stamp.ts). Polling works the same on
// Windows, macOS, Linux and network drives, where fs.watch does not.

import {warehouseStamp} from "../warehouse/warehouse-stamp.js";

export interface WarehouseWatchOptions {
  /** How often to look (default 1 s). */
  intervalMs?: number;
  /** How long nothing must change before a change counts as finished (default 2 s). */
  settleMs?: number;
  /** Called on every change seen, while the writer may still be at work. */
  onChange(): void;
  /** Called once the files have stopped changing after a change. */
  onSettled(): void;
}

export interface Watch {
  stop(): void;
}

export function watchWarehouse(warehousePath: string, options: WarehouseWatchOptions): Watch {
  const intervalMs = options.intervalMs ?? 1000;
  const settleMs = options.settleMs ?? 2000;
  let last = warehouseStamp(warehousePath);
  let changedAt: number | null = null;
  const timer = setInterval(() => {
    try {
      const now = warehouseStamp(warehousePath);
      if (now !== last) {
        last = now;
        changedAt = Date.now();
        options.onChange();
      } else if (changedAt !== null && Date.now() - changedAt >= settleMs) {
        changedAt = null;
        options.onSettled();
      }
    } catch (error) {
      // A look that failed (a network drive gone for a moment) must not stop the server: the next one tries again.
      console.error(`warehouse watch: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, intervalMs);
  return {stop: () => clearInterval(timer)};
}
