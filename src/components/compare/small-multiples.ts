// Small multiples: one chart per compared collection or applicant, side by side in one block, each headed by what
// it shows and how many applications. The block is the card's figure, so SVG/PNG export it whole.

import {formatNumber} from "../format.js";
import {textElement} from "../safe-text.js";
import type {ComparePanel} from "./compare-panels.js";

const GAP = 16;

/** Columns for `n` panels: all in one row up to four, then rows of three. */
export function panelColumns(n: number): number {
  return n <= 4 ? Math.max(1, n) : 3;
}

export function smallMultiples(
  panels: readonly ComparePanel[],
  width: number,
  draw: (index: number, width: number) => Node
): HTMLDivElement {
  const columns = panelColumns(panels.length);
  const panelWidth = Math.floor((width - GAP * (columns - 1)) / columns);
  const grid = document.createElement("div");
  grid.className = "compare-panels";
  grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
  grid.style.gap = `${GAP}px`;
  panels.forEach((panel, i) => {
    const cell = document.createElement("div");
    cell.className = "compare-panel";
    cell.dataset.panel = panel.label;
    cell.dataset.count = String(panel.count);
    const heading = textElement("div", "", "compare-panel-heading");
    if (panel.role) heading.append(textElement("span", panel.role, `compare-role compare-role-${panel.role === "自社" ? "client" : "rival"}`));
    const name = textElement("strong", panel.label);
    name.title = panel.label;
    heading.append(name, textElement("span", `${formatNumber(panel.count)}件`, "compare-panel-count"));
    cell.append(heading, draw(i, panelWidth));
    grid.append(cell);
  });
  return grid;
}
