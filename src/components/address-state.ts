// Keeping a page's state in its address: a page computes its query string from its inputs and calls writeAddress;
// a choice the user made pushes a history entry (so Back undoes it), anything else (the first normalisation of a
// hand-written link, a value the page had to correct) replaces the current one. On Back/Forward the page reads the
// address again through `addressChanges`, a Generators.observe source that its input cells depend on.

let userChose = false;
let tracking = false;

/** The next write pushes a history entry: call it for choices made by code on the user's behalf (a tile click). */
export function markUserChoice(): void {
  userChose = true;
}

/** Every `input` event on the page counts as a user's choice (selects, radios, tiles dispatch one). */
export function trackUserChoices(target: EventTarget = document): void {
  if (tracking) return;
  tracking = true;
  target.addEventListener("input", markUserChoice, {capture: true});
}

/** Writes `search` ("?…" or "") into the address bar; returns what it did. */
export function writeAddress(search: string): "push" | "replace" | "none" {
  if (search === location.search || (search === "" && location.search === "?")) {
    userChose = false;
    return "none";
  }
  const url = `${location.pathname}${search}${location.hash}`;
  const mode = userChose ? "push" : "replace";
  userChose = false;
  if (mode === "push") history.pushState(history.state, "", url);
  else history.replaceState(history.state, "", url);
  return mode;
}

/** For Generators.observe: the current query string now, and again after every Back/Forward. */
export function addressChanges(notify: (search: string) => void): () => void {
  const onPopState = () => {
    userChose = false;
    notify(location.search);
  };
  notify(location.search);
  addEventListener("popstate", onPopState);
  return () => removeEventListener("popstate", onPopState);
}
