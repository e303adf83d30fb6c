// chartCard with what the landscape pages add: an id for tests and the benchmark (data-chart), and the chart's own
// options (stacking, number of applicants, …) between the title and the chart, outside the exported figure.

import {chartCard, type ChartCardOptions} from "../chart-card.js";

export function landscapeCard(id: string, options: ChartCardOptions & {controls?: Node | null}): HTMLDivElement {
  const {controls, ...card} = options;
  const element = chartCard(card);
  element.dataset.chart = id;
  if (controls) {
    const wrapper = document.createElement("div");
    wrapper.className = "chart-card-controls";
    wrapper.append(controls);
    element.insertBefore(wrapper, element.querySelector(".chart-card-chart"));
  }
  return element;
}
