// Pictures of the image charts (network, bubble matrix, lifecycle) for `npm run report`, without a browser: the
// page's own chart function draws into jsdom (Plot runs there) and the page's SVG exporter inlines the styles. The
// deck embeds the SVG, which PowerPoint 2016+ and LibreOffice draw sharp at any size.
//
// jsdom comes with `npm install` (it is a development dependency); without it the image charts become their table.

import type {ChartImager} from "../../src/components/report/deck.js";

/** Colours that the page's stylesheet gives the theme variables the charts use. */
const THEME_CSS = `
:root { --theme-foreground: #1b1e23; --theme-foreground-focus: #3b5fc0; --theme-foreground-muted: #6d6d6d;
  --theme-foreground-faint: #e8e8e8; --theme-foreground-fainter: #f0f0f0; --theme-background: #ffffff; }
body { font-family: "Meiryo UI", "Yu Gothic", "Noto Sans CJK JP", sans-serif; font-size: 12px; color: #1b1e23; }`;

const THEME_COLORS = new Map([...THEME_CSS.matchAll(/(--theme-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

/** jsdom resolves no CSS variables: the theme colours the charts name are written into their attributes. */
function resolveThemeColors(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (!attribute.value.includes("var(--theme-")) continue;
      element.setAttribute(
        attribute.name,
        attribute.value.replace(/var\((--theme-[\w-]+)\)/g, (whole, name: string) => THEME_COLORS.get(name) ?? whole)
      );
    }
  }
}

const GLOBALS = ["window", "document", "Node", "Element", "HTMLElement", "SVGElement", "XMLSerializer", "getComputedStyle", "navigator"];

export async function jsdomImager(): Promise<ChartImager | null> {
  type Dom = {window: Window & typeof globalThis};
  let JSDOM: new (html: string, options: {pretendToBeVisual: boolean}) => Dom;
  // A computed specifier: jsdom stays outside the CLI's bundle and is optional (jsdom has no bundled types either).
  const specifier = "jsdom";
  try {
    ({JSDOM} = (await import(specifier)) as {JSDOM: typeof JSDOM});
  } catch {
    return null;
  }
  const {exportSvg} = await import("../../src/components/export-svg-png.js");
  const dom = new JSDOM(`<!doctype html><html lang="ja"><head><style>${THEME_CSS}</style></head><body></body></html>`, {
    pretendToBeVisual: true
  });
  const {window} = dom;
  return async (chart, model) => {
    if (!chart.entry.chart) return null;
    // Plot and the exporter use the global DOM: lend them jsdom's for the time of one chart.
    const saved = new Map(GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
    for (const name of GLOBALS) {
      const value = name === "getComputedStyle" ? window.getComputedStyle.bind(window) : (window as unknown as Record<string, unknown>)[name];
      Object.defineProperty(globalThis, name, {value, configurable: true, writable: true});
    }
    try {
      const element = chart.entry.chart(chart.shaped, {width: 1100, view: model.view});
      resolveThemeColors(element);
      window.document.body.append(element);
      const {svg, width, height} = exportSvg(element, {background: "#ffffff"});
      element.remove();
      return {data: `image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`, width, height};
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
  };
}
