// @vitest-environment jsdom
import {describe, expect, test} from "vitest";
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
