// The notice every page shows while the warehouse holds the bundled fictional sample, so no screenshot of it is
// mistaken for real patent or program figures. The footer's sentence about the sample follows the banner: the footer
// is the same static HTML on every page (observablehq.config.ts), and a site built from real data must not call its
// figures fictional.

import {textElement} from "./safe-text.js";

export const SAMPLE_DATA_MESSAGE =
  "このデータは架空のサンプルです。実在の出願・企業・支援実績を表すものではありません。";

/** The id of the footer's sentence about the sample, hidden until a page shows sample data. */
export const SAMPLE_FOOTNOTE_ID = "sample-footnote";

/**
 * A visible banner when `isSample` is true; otherwise the same element, hidden, so a page can always place it
 * (`${sampleBanner(meta.isSample)}`) without a conditional. The footer's sentence about the sample is shown or
 * hidden with it (the latest banner wins, as when a page re-renders for another 年度).
 */
export function sampleBanner(isSample = true, message = SAMPLE_DATA_MESSAGE): HTMLDivElement {
  const banner = textElement("div", message, "sample-banner");
  banner.setAttribute("role", "note");
  banner.hidden = !isSample;
  const footnote = document.getElementById(SAMPLE_FOOTNOTE_ID);
  if (footnote) footnote.hidden = !isSample;
  return banner;
}
