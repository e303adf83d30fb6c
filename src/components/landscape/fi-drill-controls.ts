// The drill-down controls above the 技術分布 chart: a breadcrumb to go back up (すべて › H › H01 › H01M) and a
// select to go one level down without a mouse. Both act through `drillTo`, which sets the page's FI filter, so
// every chart on the page follows the drill-down.

import {text, textElement} from "../safe-text.js";
import {drillPrefix, fiBreadcrumb, FI_LEVEL_LABELS, type FiCounts} from "./fi-hierarchy.js";

export function fiDrillControls(prefix: string, counts: FiCounts, drillTo: (prefix: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.className = "fi-drill";
  const nav = document.createElement("nav");
  nav.setAttribute("aria-label", "FI の階層");
  const crumbs = fiBreadcrumb(prefix);
  crumbs.forEach((crumb, i) => {
    if (i > 0) nav.append(text(" › "));
    if (i === crumbs.length - 1) nav.append(textElement("strong", crumb.label));
    else {
      const button = textElement("button", crumb.label);
      button.type = "button";
      button.dataset.prefix = crumb.prefix;
      button.addEventListener("click", () => drillTo(crumb.prefix));
      nav.append(button);
    }
  });
  root.append(nav);
  if (counts.level !== "subgroup" && counts.rows.length > 0) {
    const select = document.createElement("select");
    select.setAttribute("aria-label", `${FI_LEVEL_LABELS[counts.level]}を選んで絞り込む`);
    const placeholder = textElement("option", `${FI_LEVEL_LABELS[counts.level]}を選んで下の階層へ…`);
    placeholder.value = "";
    select.append(placeholder);
    for (const row of counts.rows) {
      const option = textElement("option", `${row.label}（${row.count}件）`);
      option.value = drillPrefix(row.node, counts.level);
      select.append(option);
    }
    select.addEventListener("change", () => {
      if (select.value) drillTo(select.value);
    });
    root.append(select);
  }
  return root;
}
