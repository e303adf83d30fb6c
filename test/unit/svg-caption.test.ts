import {describe, expect, test} from "vitest";
import {captionLines, wrapText} from "../../src/components/svg-caption.js";

describe("wrapText", () => {
  test("full-width characters count about twice the half-width ones", () => {
    // 12px: 10 kanji = 120px; 20 ASCII letters = 144px.
    expect(wrapText("出".repeat(25), 120, 12)).toEqual(["出".repeat(10), "出".repeat(10), "出".repeat(5)]);
    expect(wrapText("a".repeat(20), 120, 12)).toEqual(["a".repeat(16), "a".repeat(4)]);
  });

  test("joins runs of ASCII whitespace (keeps the ideographic space), drops spaces at a break, keeps every character", () => {
    const text = "コレクション：LiDAR　期間：2001–2022年（出願日・暦年）　FI：G01S";
    const lines = wrapText(text, 100, 11);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});

describe("captionLines", () => {
  test("title first and bold, then reading, conditions and source, baselines increasing", () => {
    const lines = captionLines({title: "題", reading: "読み", conditions: "条件", source: "出典"}, 640);
    expect(lines.map((l) => l.part)).toEqual(["title", "reading", "conditions", "source"]);
    expect(lines[0]!.bold).toBe(true);
    expect(lines.slice(1).every((l) => !l.bold)).toBe(true);
    for (let i = 1; i < lines.length; ++i) expect(lines[i]!.y).toBeGreaterThan(lines[i - 1]!.y);
  });

  test("leaves out the parts not given", () => {
    expect(captionLines({title: "題"}, 640).map((l) => l.part)).toEqual(["title"]);
  });
});
