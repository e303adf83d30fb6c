// @vitest-environment jsdom
import {afterEach, describe, expect, test, vi} from "vitest";
import {SAMPLE_FOOTNOTE_ID, sampleBanner} from "../../src/components/banner.js";
import {chartCard} from "../../src/components/chart-card.js";
import {kpiCard} from "../../src/components/kpi-card.js";
import {text} from "../../src/components/safe-text.js";

const HOSTILE = "<img src=x onerror=alert(1)>";

function svgChart(): SVGSVGElement {
  return document.createElementNS("http://www.w3.org/2000/svg", "svg");
}

describe("chartCard", () => {
  const card = chartCard({
    title: "出願件数の推移",
    reading: "年度ごとの出願件数です。",
    chart: svgChart(),
    table: {rows: [], columns: ["year"]},
    fileStem: "出願件数"
  });

  test("has a title, the chart, a reading and three download buttons, in that order", () => {
    expect(card.className).toBe("card chart-card");
    expect([...card.children].map((e) => e.tagName.toLowerCase())).toEqual(["h2", "div", "p", "div"]);
    expect(card.querySelector("h2")!.textContent).toBe("出願件数の推移");
    expect(card.querySelector(".chart-card-chart > svg")).not.toBeNull();
    expect(card.querySelector("p.reading")!.textContent).toBe("年度ごとの出願件数です。");
    const buttons = [...card.querySelectorAll(".chart-card-toolbar button")] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(["SVG", "PNG", "CSV"]);
    expect(buttons.every((b) => b.type === "button" && b.getAttribute("aria-label"))).toBe(true);
  });

  test("sets title and reading as text, never as HTML", () => {
    const table = {rows: [], columns: []};
    const hostile = chartCard({title: HOSTILE, reading: HOSTILE, chart: svgChart(), table, fileStem: HOSTILE});
    expect(hostile.querySelector("h2")!.textContent).toBe(HOSTILE);
    expect(hostile.querySelector("p.reading")!.textContent).toBe(HOSTILE);
    expect(hostile.querySelector("img")).toBeNull();
  });

  describe("with the page's context", () => {
    afterEach(() => vi.restoreAllMocks());

    const context = {
      conditions: `コレクション：LiDAR　出願人：${HOSTILE}`,
      source: "出典：J-PlatPat（INPIT）",
      filePrefix: ["LiDAR"],
      fileSuffix: ["出願年", "2001-2022"]
    };

    /** Clicks a download button and returns the file it saved (name and text). */
    async function download(card: HTMLElement, label: string): Promise<{name: string; text: string}> {
      const blobs: Blob[] = [];
      Object.assign(URL, {
        createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), `blob:http://localhost/${blobs.length}`)),
        revokeObjectURL: vi.fn()
      });
      const names: string[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
      const button = [...card.querySelectorAll("button")].find((b) => b.textContent === label)!;
      button.click();
      await vi.waitFor(() => expect(names).toHaveLength(1));
      // jsdom's Blob has no text(): read it the old way.
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs.at(-1)!);
      });
      return {name: names[0]!, text};
    }

    test("prints the conditions and source under the reading, as text", () => {
      const card = chartCard({title: "出願件数推移", reading: "読み", chart: svgChart(), table: {rows: [], columns: []}, fileStem: "出願件数推移", context});
      expect([...card.children].map((e) => e.className)).toEqual(["", "chart-card-chart", "reading", "chart-card-context", "chart-card-toolbar"]);
      expect(card.querySelector(".chart-card-context")!.textContent).toBe(`${context.conditions}　${context.source}`);
      expect(card.querySelector("img")).toBeNull();
    });

    test("the SVG carries title, reading, conditions and source; the names carry the collection and the years", async () => {
      const card = chartCard({title: "出願件数推移", reading: "出願年ごとの件数です。", chart: svgChart(), table: {rows: [{year: 2001}], columns: ["year"]}, fileStem: "出願件数推移", context});
      document.body.append(card);
      const svg = await download(card, "SVG");
      expect(svg.name).toBe("LiDAR_出願件数推移_出願年_2001-2022.svg");
      const doc = new DOMParser().parseFromString(svg.text, "image/svg+xml");
      const caption = [...doc.querySelectorAll("g.chart-caption > text")].map((t) => t.textContent).join("\n");
      for (const part of ["出願件数推移", "出願年ごとの件数です。", "出典：J-PlatPat（INPIT）", HOSTILE]) expect(caption).toContain(part);
      expect(doc.querySelector("img")).toBeNull();
      vi.restoreAllMocks();
      const csv = await download(card, "CSV");
      expect(csv.name).toBe("LiDAR_出願件数推移_出願年_2001-2022.csv");
      card.remove();
    });
  });
});

describe("kpiCard, sampleBanner, text", () => {
  test("kpiCard shows label, formatted value and note as text", () => {
    const card = kpiCard({label: HOSTILE, value: 1234, unit: "件", note: "2024年度"});
    expect(card.querySelector("h2")!.textContent).toBe(HOSTILE);
    expect(card.querySelector(".big")!.textContent).toBe("1,234件");
    expect(card.querySelector(".muted")!.textContent).toBe("2024年度");
    expect(card.querySelector("img")).toBeNull();
    expect(kpiCard({label: "割合", value: "12.3%"}).querySelector(".big")!.textContent).toBe("12.3%");
    expect(kpiCard({label: "件数", value: null, unit: "件"}).querySelector(".big")!.textContent).toBe("－");
  });

  test("sampleBanner is visible for the sample and hidden otherwise", () => {
    expect(sampleBanner().hidden).toBe(false);
    expect(sampleBanner().textContent).toContain("このデータは架空のサンプルです");
    expect(sampleBanner(false).hidden).toBe(true);
    expect(sampleBanner(true, HOSTILE).querySelector("img")).toBeNull();
  });

  test("the footer's sentence about the sample follows the latest banner", () => {
    const footnote = document.createElement("span");
    footnote.id = SAMPLE_FOOTNOTE_ID;
    footnote.hidden = true;
    document.body.append(footnote);
    try {
      sampleBanner(true);
      expect(footnote.hidden).toBe(false);
      sampleBanner(false);
      expect(footnote.hidden).toBe(true);
    } finally {
      footnote.remove();
    }
  });

  test("text() creates a Text node", () => {
    const node = text(HOSTILE);
    expect(node.nodeType).toBe(Node.TEXT_NODE);
    expect(text(null).data).toBe("");
  });
});
