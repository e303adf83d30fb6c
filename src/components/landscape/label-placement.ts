// Where the names of a scatter of dots (the co-applicant network) go: each label is tried above, below, right and
// left of its dot, in order of importance, and kept only where it stays inside the frame and overlaps neither a label
// already placed nor another dot. A label that finds no room is left out (the dot keeps its name in the tooltip and
// the pairs table), so the chart never shows names drawn over each other or cut at the edge.

export interface LabelCandidate {
  x: number;
  y: number;
  /** Radius of the dot. */
  r: number;
  text: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  /** Index of the candidate. */
  index: number;
  /** Where the text is drawn: its anchor point and alignment, as SVG text takes them. */
  x: number;
  y: number;
  textAnchor: "start" | "middle" | "end";
  box: Box;
}

export interface LabelStyle {
  fontSize: number;
  /** Room around the text for its halo, in pixels. */
  padding: number;
}

const DEFAULT_STYLE: LabelStyle = {fontSize: 10, padding: 2};

/**
 * Width of a text in pixels, erring wide: full-width characters (kana, kanji, full-width Latin) take the font size,
 * others 0.62 of it (wider than most Latin glyphs of the system sans-serif fonts).
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const narrow = code < 0x1100 || (code >= 0xff61 && code <= 0xffdc);
    width += narrow ? 0.62 * fontSize : fontSize;
  }
  return width;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, width: number, height: number): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
}

/** The four positions tried around a dot, best first. The text's baseline sits at y + 0.35em (Plot's middle). */
function positions(c: LabelCandidate, textWidthPx: number, {fontSize, padding}: LabelStyle): PlacedLabel[] {
  const half = fontSize / 2 + padding;
  const gap = c.r + 3;
  const wide = textWidthPx / 2 + padding;
  const around = [
    {x: c.x, y: c.y - gap - fontSize / 2, textAnchor: "middle" as const},
    {x: c.x, y: c.y + gap + fontSize / 2, textAnchor: "middle" as const},
    {x: c.x + gap, y: c.y, textAnchor: "start" as const},
    {x: c.x - gap, y: c.y, textAnchor: "end" as const}
  ];
  return around.map((p) => {
    const left = p.textAnchor === "middle" ? p.x - wide : p.textAnchor === "start" ? p.x - padding : p.x - 2 * wide + padding;
    return {index: -1, ...p, box: {left, top: p.y - half, right: left + 2 * wide, bottom: p.y + half}};
  });
}

/**
 * Places the labels of `candidates` in the order given (most important first) inside a `width` × `height` frame.
 * No two returned boxes intersect, none crosses the frame, none covers a dot other than its own.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  {width, height}: {width: number; height: number},
  style: LabelStyle = DEFAULT_STYLE
): PlacedLabel[] {
  const dots: Box[] = candidates.map((c) => ({left: c.x - c.r, top: c.y - c.r, right: c.x + c.r, bottom: c.y + c.r}));
  const placed: PlacedLabel[] = [];
  candidates.forEach((candidate, index) => {
    const textWidthPx = textWidth(candidate.text, style.fontSize);
    const fits = positions(candidate, textWidthPx, style).find(
      ({box}) =>
        inside(box, width, height) &&
        placed.every((other) => !boxesIntersect(box, other.box)) &&
        dots.every((dot, d) => d === index || !boxesIntersect(box, dot))
    );
    if (fits) placed.push({...fits, index});
  });
  return placed;
}
