// The look of the deck and the workbook, from a small JSON file a consulting firm can replace
// (data/reference/report-style.json by default): colours, the font, the footer text (社外秘, …) and a logo.
// The file is checked here, for the page (via src/data/report-style.json.ts) and `npm run report` alike: a wrong
// value gets a message naming it rather than a deck in odd colours.

export interface ReportStyle {
  /** A font that Office on the client's Windows PC has: Meiryo UI, Yu Gothic, … */
  font: string;
  colors: {
    title: string;
    text: string;
    muted: string;
    accent: string;
    tableHeader: string;
    /** Colours of the series of native charts, in order. */
    series: string[];
  };
  /** Printed on every slide's footer, e.g. 社外秘; "" for none. */
  footer: string;
  /** The logo as a data URL ("data:image/png;base64,…"), placed top right on every slide; null for none. */
  logo: string | null;
}

export const DEFAULT_REPORT_STYLE: ReportStyle = {
  font: "Meiryo UI",
  colors: {
    title: "1F3864",
    text: "262626",
    muted: "737373",
    accent: "2F5597",
    tableHeader: "DEEAF6",
    series: ["2F5597", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5"]
  },
  footer: "社外秘",
  logo: null
};

const HEX = /^[0-9A-Fa-f]{6}$/;

function color(value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  const text = typeof value === "string" ? value.replace(/^#/, "") : "";
  if (!HEX.test(text)) throw new Error(`report style: colors.${name} must be a colour written RRGGBB (got ${JSON.stringify(value)})`);
  return text.toUpperCase();
}

/** The style a parsed JSON file describes, defaults filling what it leaves out. `logo` is already a data URL here. */
export function reportStyle(json: unknown): ReportStyle {
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw new Error("report style: not a JSON object");
  const raw = json as Record<string, unknown>;
  const colors = (raw.colors ?? {}) as Record<string, unknown>;
  if (typeof colors !== "object" || Array.isArray(colors)) throw new Error("report style: colors must be an object");
  const base = DEFAULT_REPORT_STYLE;
  const series = colors.series === undefined ? base.colors.series : colors.series;
  if (!Array.isArray(series) || series.length === 0) throw new Error("report style: colors.series must be a list of colours");
  const text = (value: unknown, name: string, fallback: string) => {
    if (value === undefined) return fallback;
    if (typeof value !== "string") throw new Error(`report style: ${name} must be text`);
    return value;
  };
  const logo = raw.logo ?? null;
  if (logo !== null && !(typeof logo === "string" && /^data:image\/(png|jpeg);base64,/.test(logo))) {
    throw new Error("report style: logo must be a PNG or JPEG image");
  }
  const font = text(raw.font, "font", base.font).trim();
  return {
    font: font || base.font,
    colors: {
      title: color(colors.title, "title", base.colors.title),
      text: color(colors.text, "text", base.colors.text),
      muted: color(colors.muted, "muted", base.colors.muted),
      accent: color(colors.accent, "accent", base.colors.accent),
      tableHeader: color(colors.tableHeader, "tableHeader", base.colors.tableHeader),
      series: series.map((c, i) => color(c, `series[${i}]`, ""))
    },
    footer: text(raw.footer, "footer", base.footer),
    logo: logo as string | null
  };
}
