// The address bar as the landscape pages' state: the current LandscapeView lives in the query string, every change
// is written back (a drill or a click pushes a history entry, typing replaces the current one), and Back/Forward
// bring an earlier view back. The page reacts to one subscription; the inputs follow the view on history moves
// without firing their own events, so restoring never writes the address again.

import {parseView, sameView, viewSearch, type LandscapeView} from "./view-state.js";

/** "push": Back undoes the change (a chip, a collection switch, a drill); "replace": typing and dragging. */
export type HistoryMode = "push" | "replace";

/** Why the view changed: the page's own control ("change") or a Back/Forward move ("history"). */
export type ViewCause = "change" | "history";

export type ViewListener = (view: LandscapeView, cause: ViewCause) => void;

export interface AddressedView {
  current(): LandscapeView;
  /** Applies a change; nothing happens (and no history entry is made) when the view stays the same. */
  update(change: Partial<LandscapeView> | ((view: LandscapeView) => LandscapeView), mode: HistoryMode): void;
  subscribe(listener: ViewListener): () => void;
  /** For Framework's Generators.observe: the view now, then every new one. */
  observe(notify: (view: LandscapeView) => void): () => void;
}

/** The address of `view` on the current page (the hash is kept). */
function addressOf(view: LandscapeView, location: Location): string {
  const search = viewSearch(view);
  return `${location.pathname}${search ? `?${search}` : ""}${location.hash}`;
}

export function addressedView(win: Window = window): AddressedView {
  let view = parseView(win.location.search);
  const listeners = new Set<ViewListener>();
  const emit = (cause: ViewCause) => {
    for (const listener of [...listeners]) listener(view, cause);
  };
  win.addEventListener("popstate", () => {
    const restored = parseView(win.location.search);
    if (sameView(restored, view)) return;
    view = restored;
    emit("history");
  });
  return {
    current: () => view,
    update(change, mode) {
      const next = typeof change === "function" ? change(view) : {...view, ...change};
      if (sameView(next, view)) return;
      view = next;
      const address = addressOf(view, win.location);
      if (mode === "push") win.history.pushState(null, "", address);
      else win.history.replaceState(null, "", address);
      emit("change");
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(notify) {
      notify(view);
      const listener: ViewListener = (next) => notify(next);
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}

/**
 * Part of the view as its own reactive value, for Generators.observe: notified only when `pick` gives a different
 * key, so that a cell reading it (the year range, say) is not rebuilt by unrelated changes.
 */
export function watchView<T>(
  address: AddressedView,
  pick: (view: LandscapeView) => T,
  key: (value: T) => string = (value) => JSON.stringify(value)
): (notify: (value: T) => void) => () => void {
  return (notify) => {
    let last = pick(address.current());
    notify(last);
    return address.subscribe((view) => {
      const next = pick(view);
      if (key(next) === key(last)) return;
      last = next;
      notify(next);
    });
  };
}

/**
 * Keeps an input and one part of the view in step: what the user enters is written to the view (text as it settles,
 * `delay` ms after the last key, or at once on Enter/leaving the field), and any other change of that part (Back,
 * Forward, a drill) sets the input, without an input event. Returns the function that stops following the view.
 */
export function bindInput<V>(
  input: HTMLElement & {value: V},
  address: AddressedView,
  {
    read,
    write,
    mode,
    delay = 0
  }: {
    read: (view: LandscapeView) => V;
    write: (view: LandscapeView, value: V) => LandscapeView;
    mode: HistoryMode;
    /** Settle time for typing (ms); 0 = every input event applies at once. */
    delay?: number;
  }
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    clearTimeout(timer);
    timer = undefined;
    address.update((view) => write(view, input.value), mode);
  };
  input.addEventListener("input", () => {
    if (delay <= 0) apply();
    else {
      clearTimeout(timer);
      timer = setTimeout(apply, delay);
    }
  });
  if (delay > 0) input.addEventListener("change", apply);
  // A drill or a chip may change this part of the view too (the FI bar sets the FI prefix): the input shows it,
  // unless the user is still typing into it.
  return address.subscribe((view, cause) => {
    if (cause === "change" && timer !== undefined) return;
    clearTimeout(timer);
    timer = undefined;
    const value = read(view);
    if (JSON.stringify(value) !== JSON.stringify(input.value)) input.value = value;
  });
}
