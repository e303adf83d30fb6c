// Tells tests and the benchmark when the ランドスケープ page has finished drawing: every chart reports when it has
// drawn the current selection, and when all have, the page's <html> gets data-landscape-ready="<version>" and
// data-landscape-drawn-ms (performance.now() at that moment), plus a performance measure from the filter change.

export interface DrawTracker {
  /** Starts a new selection (a filter changed); returns its version. */
  begin(): number;
  /** Marks chart `id` as drawn for `version`; returns `node` so it can wrap a chart in place. */
  drawn<T>(id: string, version: number, node: T): T;
}

export function drawTracker(ids: readonly string[], root: HTMLElement = document.documentElement): DrawTracker {
  let version = 0;
  let pending = new Set<string>();
  let started = 0;
  return {
    begin() {
      ++version;
      pending = new Set(ids);
      started = performance.now();
      performance.mark(`landscape-selection-${version}`);
      return version;
    },
    drawn(id, drawnVersion, node) {
      if (drawnVersion === version && pending.delete(id) && pending.size === 0) {
        const finished = version;
        // After layout of this frame, so the time includes the browser placing the new charts.
        requestAnimationFrame(() => {
          if (finished !== version) return;
          root.dataset.landscapeDrawnMs = String(performance.now());
          root.dataset.landscapeRedrawMs = String(performance.now() - started);
          root.dataset.landscapeReady = String(finished);
          performance.measure(`landscape-drawn-${finished}`, `landscape-selection-${finished}`);
        });
      }
      return node;
    }
  };
}
