// A big-number card in the style of Framework's dashboard examples: label, value, a muted note.

import {formatNumber} from "./format.js";
import {textElement} from "./safe-text.js";

export interface KpiCardOptions {
  /** What is counted, e.g. "出願件数". */
  label: string;
  /** A number (formatted with Japanese grouping) or an already formatted string such as "12.3%". */
  value: number | string | null | undefined;
  /** Context in one short line, e.g. "2024年度、前年度比 +12%". */
  note?: string;
  /** Appended to a numeric value, e.g. "件". */
  unit?: string;
}

export function kpiCard({label, value, note, unit = ""}: KpiCardOptions): HTMLDivElement {
  const card = document.createElement("div");
  card.className = "card";
  const shown = typeof value === "string" ? value : `${formatNumber(value)}${value == null ? "" : unit}`;
  card.append(textElement("h2", label), textElement("span", shown, "big"));
  // As in Framework's examples the note follows the number on the same line when it fits.
  if (note) card.append(" ", textElement("span", note, "muted"));
  return card;
}
