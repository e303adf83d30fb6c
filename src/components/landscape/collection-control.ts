// The study as the landscape pages' scope: one checkbox per collection (those in the address, else the page's
// default: on ランドスケープ the one ingested most recently, on 出願人 every one, so that old links keep their
// meaning), with 「すべて」 and 「最新のみ」 to switch between several and one. A switch is a drill: it pushes a
// history entry, so Back returns to the previous scope.

import * as Inputs from "@observablehq/inputs";
import {formatNumber} from "../format.js";
import {scopeParams} from "./collection-scope.js";
import type {LandscapeMeta} from "./landscape-meta.js";
import {bindInput, type AddressedView} from "./view-address.js";
import {latestCollection, resolveCollections} from "./view-selection.js";
import {ALL_COLLECTIONS, type LandscapeView} from "./view-state.js";

/** What a page shows when the address names no collection. */
export type UnsetScope = "latest" | "all";

/** The collection names a page covers for a view: [] read as the page's default. */
export function pageCollections(view: LandscapeView, unset: UnsetScope): string[] {
  return view.collections.length || unset === "latest" ? view.collections : [ALL_COLLECTIONS];
}

export function collectionControl(
  meta: LandscapeMeta,
  address: AddressedView,
  {unset = "latest"}: {unset?: UnsetScope} = {}
): HTMLDivElement {
  const ids = meta.collections.map((_, id) => id);
  const checked = (view: LandscapeView) => resolveCollections(meta, pageCollections(view, unset)).collections;
  const checkbox = Inputs.checkbox(ids, {
    label: "コレクション",
    value: checked(address.current()),
    format: (id: number) => `${meta.collections[id]!.name}（${formatNumber(meta.collections[id]!.applications)}件）`
  });
  // No box checked means the page's default again, which the boxes then show.
  bindInput(checkbox, address, {
    read: checked,
    write: (view, checked) => ({...view, collections: checked.length ? scopeParams(meta, checked) : []}),
    mode: "push"
  });
  const control = document.createElement("div");
  control.className = "collection-control";
  control.dataset.filter = "collections";
  control.append(checkbox);
  if (meta.collections.length > 1) {
    const buttons = document.createElement("div");
    buttons.className = "collection-switch";
    const button = (label: string, title: string, collections: string[]) => {
      const element = document.createElement("button");
      element.type = "button";
      element.textContent = label;
      element.title = title;
      element.addEventListener("click", () => address.update({collections}, "push"));
      return element;
    };
    buttons.append(
      button("すべて", "すべてのコレクションを合わせて見る", [ALL_COLLECTIONS]),
      button("最新のみ", "最後に取り込んだコレクションだけを見る", [meta.collections[latestCollection(meta)]!.name])
    );
    control.append(buttons);
  }
  return control;
}
