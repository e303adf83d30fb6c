// The filter chips under the filters: one removable button per chip (「2015年」「出願人: トヨタ自動車」「FI: G01S」),
// and 「すべて解除」. An applicant chip also links to that applicant's page, the way the ranking used to.

import {textElement} from "../safe-text.js";
import type {NameMode} from "./name-mode.js";
import {chipParts, type Chip, type LandscapeView} from "./view-state.js";
import {yearLabel, type YearKind} from "./year-basis.js";

/** The chip's Japanese label, read with the view's kind of year. */
export function chipLabel(chip: Chip, yearKind: YearKind): string {
  const parts = chipParts(chip.value);
  const year = (text: string | undefined) => (/^\d{4}$/.test(text ?? "") ? yearLabel(Number(text), yearKind) : (text ?? ""));
  switch (chip.kind) {
    case "year":
      return year(chip.value);
    case "stack":
      return `${year(parts[0])}・${parts[1] ?? ""}`;
    case "applicant":
      return `出願人: ${chip.value}`;
    case "fi":
      return `FI: ${chip.value}`;
    case "cell":
      return `${parts[0] ?? ""} × FI: ${parts[1] ?? ""}`;
    case "pair":
      return `共同出願: ${parts[0] ?? ""}・${parts[1] ?? ""}`;
    case "stage":
      return `ステージ: ${chip.value}`;
    case "event":
      return `手続: ${chip.value}`;
    case "entrant":
      return `${year(chip.value)}の新規参入者`;
  }
}

/** The view with one more chip (a chip already there is not added twice). */
export function withChip(view: LandscapeView, chip: Chip): LandscapeView {
  if (view.chips.some((c) => c.kind === chip.kind && c.value === chip.value)) return view;
  return {...view, chips: [...view.chips, chip]};
}

export function withoutChip(view: LandscapeView, chip: Chip): LandscapeView {
  return {...view, chips: view.chips.filter((c) => !(c.kind === chip.kind && c.value === chip.value))};
}

export interface ChipBarOptions {
  yearKind: YearKind;
  names: NameMode;
  onRemove: (chip: Chip) => void;
  onClear: () => void;
  /** The 出願人 page of an applicant chip's label, or none. */
  applicantHref?: (label: string) => string;
}

export function chipBar(chips: readonly Chip[], options: ChipBarOptions): HTMLDivElement {
  const bar = document.createElement("div");
  bar.className = "chip-bar";
  bar.dataset.chips = String(chips.length);
  if (chips.length === 0) {
    bar.append(textElement("span", "図の棒・セル・点をクリックすると、ここに絞り込みが加わります。", "muted"));
    return bar;
  }
  bar.append(textElement("span", "絞り込み：", "chip-bar-title"));
  for (const chip of chips) {
    const label = chipLabel(chip, options.yearKind);
    const item = document.createElement("span");
    item.className = "chip";
    item.dataset.chip = `${chip.kind}:${chip.value}`;
    item.append(textElement("span", label));
    if (chip.kind === "applicant" && options.applicantHref) {
      const link = textElement("a", "出願人ページ");
      link.href = options.applicantHref(chip.value);
      link.className = "chip-link";
      item.append(link);
    }
    const remove = textElement("button", "×");
    remove.type = "button";
    remove.title = `「${label}」を外す`;
    remove.setAttribute("aria-label", remove.title);
    remove.addEventListener("click", () => options.onRemove(chip));
    item.append(remove);
    bar.append(item);
  }
  const clear = textElement("button", "すべて解除", "chip-clear");
  clear.type = "button";
  clear.addEventListener("click", () => options.onClear());
  bar.append(clear);
  return bar;
}
