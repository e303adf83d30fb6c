// Turns a chart on the page into a standalone SVG file and a 2× PNG, for pasting into slides and reports.
//
// A Plot chart is either an <svg> or a <figure> holding a title, an HTML swatch legend and one or more <svg>s; a
// page may also wrap it in a resize() container. So the exporter flattens whatever `root` holds into one SVG: every
// top-level <svg> is nested at its on-screen position and every visible HTML text run (titles, legend labels)
// becomes an SVG <text>. Styles that come from the page's CSS (theme colours, currentColor, fonts) are copied
// inline because the file leaves the page; the background is painted so dark-mode charts (light text) stay readable.
// Without layout (jsdom) parts are stacked vertically: good enough for tests, never used in a browser.

import {downloadBlob, safeFileName} from "./download.js";
import {captionLines, CAPTION_PADDING, type SvgCaption} from "./svg-caption.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/** Appended to every exported font-family so Japanese renders with Japanese glyphs wherever the file is opened. */
const JAPANESE_FONTS = ["Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo"];

/** Presentation properties that SVG children inherit: written only where they differ from the parent. */
const INHERITED_PROPERTIES = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "paint-order",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
  "visibility"
];

/** Non-inherited properties with their initial values: written only where they differ from those. */
const OWN_PROPERTIES: Record<string, string> = {
  "opacity": "1",
  "mix-blend-mode": "normal",
  "stop-color": "rgb(0, 0, 0)",
  "stop-opacity": "1"
};

const COLOR_PROPERTIES = new Set(["fill", "stroke", "stop-color"]);
const COLOR_ATTRIBUTES = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"];
const SKIPPED_HTML = new Set(["style", "script", "template", "button", "input", "select", "textarea"]);

export interface SvgExportOptions {
  /**
   * "theme" (default): the colour behind the chart on the page, so a dark-mode chart keeps its dark background and
   * light text; or any CSS colour. A white background only suits charts rendered in light mode.
   */
  background?: string;
  /** Title, reading, conditions and source, written under the chart so the file says what it shows. */
  caption?: SvgCaption;
}

export interface SvgExport {
  /** A standalone SVG document (XML declaration, namespaces, inline styles). */
  svg: string;
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something in the chart that ends up in the file: a whole SVG, or one run of HTML text (title, legend label). */
type Found = {kind: "svg"; element: SVGSVGElement} | {kind: "text"; node: Text; text: string};
type Part = Found & {box: Box};

function isSvgRoot(node: Node): node is SVGSVGElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).namespaceURI === SVG_NS
    && (node as Element).localName === "svg";
}

function isHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display === "none" || style.visibility === "hidden" || (element as HTMLElement).hidden === true;
}

/** Top-level SVGs and visible HTML text runs under `root`, in document order. */
function findParts(root: Element): Found[] {
  if (isSvgRoot(root)) return [{kind: "svg", element: root}];
  const parts: Found[] = [];
  const visit = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = (child.textContent ?? "").replace(/\s+/g, " ").trim();
        if (text) parts.push({kind: "text", node: child as Text, text});
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIPPED_HTML.has(element.localName) || isHidden(element)) continue;
        if (isSvgRoot(element)) parts.push({kind: "svg", element});
        else visit(element);
      }
    }
  };
  visit(root);
  return parts;
}

function svgIntrinsicSize(svg: SVGSVGElement): {width: number; height: number} {
  const viewBox = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = parseFloat(svg.getAttribute("width") ?? "") || viewBox[2] || 640;
  const height = parseFloat(svg.getAttribute("height") ?? "") || viewBox[3] || 400;
  return {width, height};
}

function boxOf(part: Found, origin: DOMRect): Box | null {
  let rect: DOMRect;
  if (part.kind === "svg") rect = part.element.getBoundingClientRect();
  else {
    const range = document.createRange();
    range.selectNodeContents(part.node);
    rect = range.getBoundingClientRect();
  }
  if (rect.width === 0 && rect.height === 0) return null;
  return {x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height};
}

/** Places parts where the browser laid them out; returns null when there is no layout (jsdom). */
function layoutParts(root: Element, parts: Found[]): {parts: Part[]; box: Box} | null {
  const origin = root.getBoundingClientRect();
  if (!(origin.width > 0 && origin.height > 0) || typeof document.createRange().getBoundingClientRect !== "function") {
    return null;
  }
  const placed: Part[] = [];
  for (const part of parts) {
    const box = boxOf(part, origin);
    if (box) placed.push({...part, box});
  }
  return {parts: placed, box: {x: 0, y: 0, width: origin.width, height: origin.height}};
}

/** Stacks parts top to bottom using intrinsic SVG sizes; used only without layout. */
function stackParts(parts: Found[]): {parts: Part[]; box: Box} {
  const LINE_HEIGHT = 18;
  let y = 0;
  let width = 0;
  const placed = parts.map((part): Part => {
    const size = part.kind === "svg" ? svgIntrinsicSize(part.element) : {width: 0, height: LINE_HEIGHT};
    const box = {x: 0, y, ...size};
    y += size.height;
    width = Math.max(width, size.width);
    return {...part, box};
  });
  return {parts: placed, box: {x: 0, y: 0, width: width || 640, height: y || LINE_HEIGHT}};
}

/** "system-ui, sans-serif" → "system-ui, Noto Sans CJK JP, …, sans-serif". */
export function withJapaneseFonts(fontFamily: string): string {
  const families = fontFamily.split(",").map((f) => f.trim()).filter(Boolean);
  if (families.some((f) => f.replace(/["']/g, "") === JAPANESE_FONTS[0])) return families.join(", ");
  const hasGeneric = families.length > 0 && /^(sans-serif|serif|monospace)$/.test(families.at(-1)!);
  const generic = hasGeneric ? families.pop()! : "sans-serif";
  return [...families, ...JAPANESE_FONTS.map((f) => `"${f}"`), generic].join(", ");
}

let colorContext: CanvasRenderingContext2D | null | undefined;

/**
 * Rewrites modern colour syntax (color(srgb …), oklch(…), color-mix(…): what Chromium reports for the theme's
 * colours) as rgb(), which every SVG viewer and office suite understands. Needs a canvas; without one (jsdom) the
 * value is returned unchanged.
 */
export function toRgb(color: string): string {
  if (!/^(color|oklch|oklab|lab|lch|hwb|color-mix)\(/i.test(color.trim())) return color;
  if (colorContext === undefined) {
    colorContext = typeof navigator !== "undefined" && /jsdom/i.test(navigator.userAgent)
      ? null
      : document.createElement("canvas").getContext("2d", {willReadFrequently: true});
  }
  if (!colorContext) return color;
  colorContext.clearRect(0, 0, 1, 1);
  colorContext.fillStyle = color;
  colorContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = colorContext.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${+(a! / 255).toFixed(3)})`;
}

function isTransparent(color: string): boolean {
  return !color || color === "transparent" || /^rgba\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

/** The first opaque background behind `element` on the page (the card, else the page), else white. */
export function backgroundBehind(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    if (!isTransparent(color)) return toRgb(color);
  }
  return "#ffffff";
}

/** The colour `currentColor` means on `element`: its computed `color`, inherited from ancestors if needed. */
function currentColorOf(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const color = getComputedStyle(e).color;
    if (color) return toRgb(color);
  }
  return "#000000";
}

/**
 * Presentation attributes that point back into the page (currentColor, var(--theme-…)) mean nothing in a file:
 * replace them with the colour they resolve to. Viewers that ignore CSS (some office suites) read attributes only.
 */
function resolvePageReferences(source: Element, target: Element, style: CSSStyleDeclaration): void {
  for (const name of COLOR_ATTRIBUTES) {
    const value = target.getAttribute(name)?.trim();
    if (!value) continue;
    const isCurrentColor = value.toLowerCase() === "currentcolor";
    if (!isCurrentColor && !value.includes("var(")) continue;
    const computed = name === "color" ? "" : style.getPropertyValue(name);
    target.setAttribute(name, computed && !computed.includes("var(") ? toRgb(computed) : currentColorOf(source));
  }
  const inlineStyle = target.getAttribute("style");
  if (inlineStyle && /currentcolor/i.test(inlineStyle)) {
    target.setAttribute("style", inlineStyle.replace(/currentcolor/gi, currentColorOf(source)));
  }
  const fontFamily = target.getAttribute("font-family");
  if (fontFamily) target.setAttribute("font-family", withJapaneseFonts(fontFamily));
}

function propertyValue(property: string, value: string): string {
  if (property === "font-family") return withJapaneseFonts(value);
  return COLOR_PROPERTIES.has(property) ? toRgb(value) : value;
}

/** Copies the computed styles of `source` (and its descendants) onto the parallel elements of `target`. */
function inlineStyles(source: Element, target: Element, parentStyle: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of INHERITED_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value && (!parentStyle || parentStyle.getPropertyValue(property) !== value)) {
      declarations.push(`${property}: ${propertyValue(property, value)}`);
    }
  }
  for (const [property, initial] of Object.entries(OWN_PROPERTIES)) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) declarations.push(`${property}: ${propertyValue(property, value)}`);
  }
  if (declarations.length) {
    const existing = target.getAttribute("style");
    target.setAttribute("style", [existing, ...declarations].filter(Boolean).join("; "));
  }
  resolvePageReferences(source, target, style);
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  sourceChildren.forEach((child, i) => {
    if (child.localName !== "style") inlineStyles(child, targetChildren[i]!, style);
  });
}

function nestedSvg(source: SVGSVGElement, box: Box): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone, null);
  const {width, height} = svgIntrinsicSize(source);
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("x", String(box.x));
  clone.setAttribute("y", String(box.y));
  clone.setAttribute("width", String(box.width));
  clone.setAttribute("height", String(box.height));
  // Plot's own <style> gives its SVGs height:auto and max-width:100%, which would resize a nested <svg>.
  const style = clone.getAttribute("style") ?? "";
  const size = `width: ${box.width}px; height: ${box.height}px; max-width: none`;
  clone.setAttribute("style", style ? `${style}; ${size}` : size);
  return clone;
}

function textElement(part: Extract<Part, {kind: "text"}>): SVGTextElement {
  const source = part.node.parentElement!;
  const style = getComputedStyle(source);
  const fontSize = parseFloat(style.fontSize) || 12;
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("x", String(part.box.x));
  // Alphabetic baseline ≈ 0.35em below the middle of the line box; dominant-baseline is not honoured everywhere.
  text.setAttribute("y", String(+(part.box.y + part.box.height / 2 + fontSize * 0.35).toFixed(2)));
  text.setAttribute("fill", currentColorOf(source));
  text.setAttribute("font-family", withJapaneseFonts(style.fontFamily || "sans-serif"));
  text.setAttribute("font-size", String(fontSize));
  if (style.fontWeight && style.fontWeight !== "400" && style.fontWeight !== "normal") {
    text.setAttribute("font-weight", style.fontWeight);
  }
  text.textContent = part.text;
  return text;
}

/** The caption under the chart: one <text> per line, set as text (data such as applicant names stays inert). */
function captionGroup(lines: ReturnType<typeof captionLines>, top: number, color: string): SVGGElement {
  const group = document.createElementNS(SVG_NS, "g");
  group.setAttribute("class", "chart-caption");
  group.setAttribute("transform", `translate(0, ${+top.toFixed(2)})`);
  group.setAttribute("fill", color);
  for (const line of lines) {
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("x", String(CAPTION_PADDING));
    text.setAttribute("y", String(line.y));
    text.setAttribute("font-size", String(line.fontSize));
    if (line.bold) text.setAttribute("font-weight", "bold");
    text.dataset.part = line.part;
    text.textContent = line.text;
    group.append(text);
  }
  return group;
}

/** Flattens the chart under `root` into a standalone SVG document. */
export function exportSvg(root: Element, {background = "theme", caption}: SvgExportOptions = {}): SvgExport {
  const found = findParts(root);
  const {parts, box} = layoutParts(root, found) ?? stackParts(found);
  const width = Math.ceil(box.width);
  const lines = caption ? captionLines(caption, width) : [];
  const captionHeight = lines.length ? (lines.at(-1)!.y + CAPTION_PADDING) : 0;
  const height = Math.ceil(box.height + captionHeight);
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
  svg.setAttributeNS(XMLNS_NS, "xmlns:xlink", XLINK_NS);
  svg.setAttributeNS(XML_NS, "xml:lang", "ja");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("font-family", withJapaneseFonts(getComputedStyle(root).fontFamily || "system-ui, sans-serif"));
  const backdrop = document.createElementNS(SVG_NS, "rect");
  backdrop.setAttribute("width", "100%");
  backdrop.setAttribute("height", "100%");
  backdrop.setAttribute("fill", background === "theme" ? backgroundBehind(root) : background);
  svg.append(backdrop);
  for (const part of parts) svg.append(part.kind === "svg" ? nestedSvg(part.element, part.box) : textElement(part));
  if (lines.length) svg.append(captionGroup(lines, box.height, currentColorOf(root)));
  const xml = new XMLSerializer().serializeToString(svg);
  return {svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height};
}

export function svgBlob({svg}: SvgExport): Blob {
  return new Blob([svg], {type: "image/svg+xml;charset=utf-8"});
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("SVG を画像として読み込めませんでした"));
    image.src = url;
  });
}

/**
 * Rasterises an exported SVG at `scale`× (2 by default, sharp on slides and high-DPI screens). The SVG is loaded
 * from a same-origin blob URL, so the canvas is not tainted and nothing touches the network; the browser draws the
 * text with locally installed fonts.
 */
export async function svgToPngBlob(exported: SvgExport, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(exported));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(exported.width * scale);
    canvas.height = Math.ceil(exported.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("canvas を利用できません");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, exported.width, exported.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG を作成できませんでした"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the chart under `root` as `<fileStem>.svg`. */
export function downloadSvg(root: Element, fileStem: string, options?: SvgExportOptions): void {
  downloadBlob(svgBlob(exportSvg(root, options)), safeFileName(fileStem, "svg"));
}

/** Saves the chart under `root` as `<fileStem>.png` at 2×. */
export async function downloadPng(root: Element, fileStem: string, options?: SvgExportOptions): Promise<void> {
  downloadBlob(await svgToPngBlob(exportSvg(root, options)), safeFileName(fileStem, "png"));
}
