// @vitest-environment jsdom
import * as Plot from "@observablehq/plot";
import {describe, expect, test} from "vitest";
import {exportSvg, withJapaneseFonts} from "../../src/components/export-svg-png.js";

function mount(node: Node): HTMLDivElement {
  const container = document.createElement("div");
  container.style.color = "rgb(10, 20, 30)";
  container.append(node);
  document.body.append(container);
  return container;
}

const data = [
  {year: "2023年度", kind: "特許", count: 10},
  {year: "2024年度", kind: "意匠", count: 20}
];

describe("exportSvg", () => {
  test("produces a standalone SVG with namespaces, language and a background", () => {
    const root = mount(Plot.barY(data, {x: "year", y: "count"}).plot());
    const {svg, width, height} = exportSvg(root);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(svg).toContain('xml:lang="ja"');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect([width, height]).toEqual([640, 400]);
    expect(new DOMParser().parseFromString(svg, "image/svg+xml").querySelector("parsererror")).toBeNull();
  });

  test("resolves currentColor to the colour the chart had on the page", () => {
    const root = mount(Plot.barY(data, {x: "year", y: "count"}).plot());
    expect(root.innerHTML).toMatch(/currentColor/);
    const {svg} = exportSvg(root);
    expect(svg).not.toMatch(/currentcolor/i);
    expect(svg).toContain('fill="rgb(10, 20, 30)"');
  });

  test("keeps Japanese text and adds Japanese font fallbacks", () => {
    const root = mount(Plot.barY(data, {x: "year", y: "count", fill: "kind"}).plot({color: {legend: true}}));
    const {svg} = exportSvg(root, {background: "white"});
    for (const label of ["2023年度", "特許", "意匠"]) expect(svg).toContain(label);
    expect(svg).toContain("Noto Sans CJK JP");
    expect(svg).toContain('fill="white"');
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    // The HTML legend labels became SVG text in the SVG namespace.
    const labels = [...doc.querySelectorAll("svg > text")].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["特許", "意匠"]));
  });

  test("writes the title, reading, conditions and source under the chart as text nodes, hostile text inert", () => {
    const root = mount(Plot.barY(data, {x: "year", y: "count"}).plot());
    const plain = exportSvg(root);
    const hostile = "<img src=x onerror=alert(1)>";
    const caption = {
      title: "出願件数推移",
      reading: "出願年ごとの出願件数です。".repeat(8),
      conditions: `コレクション：LiDAR　出願人：${hostile}`,
      source: "出典：J-PlatPat（INPIT）"
    };
    const {svg, height, width} = exportSvg(root, {caption});
    expect(width).toBe(plain.width);
    expect(height).toBeGreaterThan(plain.height);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("img")).toBeNull();
    const lines = [...doc.querySelectorAll("g.chart-caption > text")];
    const textOf = (part: string) => lines.filter((l) => l.getAttribute("data-part") === part).map((l) => l.textContent).join("");
    expect(textOf("title")).toBe(caption.title);
    expect(textOf("reading")).toBe(caption.reading);
    expect(textOf("conditions")).toBe(caption.conditions);
    expect(textOf("source")).toBe(caption.source);
    // The long reading wraps instead of running off the image, and every line sits inside it.
    expect(lines.filter((l) => l.getAttribute("data-part") === "reading").length).toBeGreaterThan(1);
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const lastBaseline = Number(lines.at(-1)!.getAttribute("y")) + plain.height;
    expect(lastBaseline).toBeLessThanOrEqual(height);
  });

  test("withJapaneseFonts appends the CJK fonts before the generic family, once", () => {
    expect(withJapaneseFonts("system-ui, sans-serif")).toBe(
      'system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif'
    );
    const once = withJapaneseFonts("serif");
    expect(once).toBe('"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", serif');
    expect(withJapaneseFonts(once)).toBe(once);
  });
});
