// Inputs.form's layout for the 期間 filter: the two month selects side by side ("期間 4月 〜 9月"). Plain DOM, so
// pages need no htl import (a bare "htl" does not resolve in pages here; Inputs bundles its own copy).

export function periodTemplate({from, to}: {from: HTMLElement; to: HTMLElement}): HTMLDivElement {
  const row = document.createElement("div");
  row.className = "kpi-period";
  row.append(from, to);
  return row;
}
