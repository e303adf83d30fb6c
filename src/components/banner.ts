// The notice every page shows while the warehouse holds the bundled fictional sample, so no screenshot of it is
// mistaken for real patent or program figures.

import {textElement} from "./safe-text.js";

export const SAMPLE_DATA_MESSAGE =
  "このデータは架空のサンプルです。実在の出願・企業・支援実績を表すものではありません。";

/**
 * A visible banner when `isSample` is true; otherwise the same element, hidden, so a page can always place it
 * (`${sampleBanner(meta.isSample)}`) without a conditional.
 */
export function sampleBanner(isSample = true, message = SAMPLE_DATA_MESSAGE): HTMLDivElement {
  const banner = textElement("div", message, "sample-banner");
  banner.setAttribute("role", "note");
  banner.hidden = !isSample;
  return banner;
}
