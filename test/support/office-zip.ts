// Reading .pptx and .xlsx files back in tests: they are zip files of XML parts. jszip comes with pptxgenjs.

import JSZip from "jszip";

export interface OfficeParts {
  names: string[];
  text(name: string): Promise<string>;
}

export async function officeParts(bytes: Uint8Array): Promise<OfficeParts> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    names: Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort(),
    async text(name) {
      const file = zip.file(name);
      if (!file) throw new Error(`no part ${name} in the file`);
      return file.async("string");
    }
  };
}

/** ppt/slides/slide1.xml, slide2.xml, … in slide order (slide10 after slide9). */
export function slideParts(parts: OfficeParts): string[] {
  return parts.names
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
}

/** The visible text of a DrawingML part: the <a:t> runs, XML entities decoded, paragraphs on lines. */
export function drawingText(xml: string): string {
  return xml
    .split(/<\/a:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join(""))
    .join("\n");
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** The values cached in a chart part, per series: <c:ser>…<c:val>…<c:v>N</c:v>. */
export function chartSeries(xml: string): Array<{name: string; categories: string[]; values: number[]}> {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, series]) => {
    const name = decodeXml(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(series!)?.[1] ?? "");
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(series!)?.[1] ?? "";
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(series!)?.[1] ?? "";
    return {
      name,
      categories: [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => decodeXml(m[1]!)),
      values: [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))
    };
  });
}

/** Per category, the sum over a chart's series (a stacked chart's bar heights). */
export function chartTotals(xml: string): number[] {
  const series = chartSeries(xml);
  return (series[0]?.values ?? []).map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
}
