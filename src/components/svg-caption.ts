// The lines of text written under an exported chart (title, reading, conditions, source), wrapped to the chart's
// width. Wrapping estimates glyph widths instead of measuring them, so it gives the same lines in every browser, in
// jsdom and in any viewer that opens the file later with other fonts.

export interface SvgCaption {
  title: string;
  reading?: string;
  conditions?: string;
  source?: string;
}

export interface CaptionLine {
  part: keyof SvgCaption;
  text: string;
  fontSize: number;
  bold: boolean;
  /** Baseline, from the top of the caption. */
  y: number;
}

export const CAPTION_PADDING = 8;

const STYLES: Record<keyof SvgCaption, {fontSize: number; bold: boolean}> = {
  title: {fontSize: 14, bold: true},
  reading: {fontSize: 12, bold: false},
  conditions: {fontSize: 11, bold: false},
  source: {fontSize: 11, bold: false}
};

/** Full-width characters (kana, kanji, full-width forms) take about 1em; the rest about 0.6em. */
function glyphWidth(character: string, fontSize: number): number {
  const code = character.codePointAt(0)!;
  const wide = (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)
    || code >= 0x20000;
  return (wide ? 1 : 0.6) * fontSize;
}

/** Splits `text` into lines no wider than `maxWidth` (a single glyph wider than that still gets a line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const character of Array.from(text.replace(/[ \t\r\n]+/g, " ").trim())) {
    const w = glyphWidth(character, fontSize);
    if (line !== "" && width + w > maxWidth) {
      lines.push(line.trimEnd());
      line = character === " " ? "" : character;
      width = line === "" ? 0 : w;
    } else {
      line += character;
      width += w;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** The caption's lines for a chart `width` wide, with their baselines. */
export function captionLines(caption: SvgCaption, width: number): CaptionLine[] {
  const maxWidth = Math.max(width - 2 * CAPTION_PADDING, 120);
  const lines: CaptionLine[] = [];
  let y = CAPTION_PADDING;
  for (const part of ["title", "reading", "conditions", "source"] as const) {
    const value = caption[part];
    if (!value) continue;
    const {fontSize, bold} = STYLES[part];
    y += 4;
    for (const text of wrapText(value, maxWidth, fontSize)) {
      y += Math.round(fontSize * 1.4);
      lines.push({part, text, fontSize, bold, y});
    }
  }
  return lines;
}
