// @vitest-environment jsdom
// The network's labels: placed where they fit, never over each other, another dot or the edge of the frame.

import {describe, expect, test} from "vitest";
import {countPerKey} from "../../src/components/landscape/applicant-counts.js";
import {coApplicantPairs} from "../../src/components/landscape/co-applicants.js";
import {
  boxesIntersect,
  placeLabels,
  textWidth,
  type LabelCandidate
} from "../../src/components/landscape/label-placement.js";
import {networkChart} from "../../src/components/landscape/network-chart.js";
import {all, landscapeFixture} from "../support/landscape-fixture.js";

/** A fixed pseudo-random sequence (a linear congruential generator), so the crowded case is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const NAMES = ["架空電機株式会社", "トヨタ　モーター　エンジニアリング", "ＡＢＣ　Ｉｎｃ．", "国立大学法人架空大学", "X社"];

function crowd(n: number, width: number, height: number, seed: number): LabelCandidate[] {
  const next = random(seed);
  return Array.from({length: n}, (_, i) => ({
    // Half of them in one tight cluster, the rest anywhere, some right at the edges.
    x: i % 2 ? width * 0.5 + (next() - 0.5) * 80 : next() * width,
    y: i % 2 ? height * 0.5 + (next() - 0.5) * 60 : next() * height,
    r: 4 + next() * 14,
    text: NAMES[i % NAMES.length]!
  }));
}

function expectValid(candidates: LabelCandidate[], width: number, height: number) {
  const placed = placeLabels(candidates, {width, height});
  for (const [i, label] of placed.entries()) {
    expect(label.box.left).toBeGreaterThanOrEqual(0);
    expect(label.box.top).toBeGreaterThanOrEqual(0);
    expect(label.box.right).toBeLessThanOrEqual(width);
    expect(label.box.bottom).toBeLessThanOrEqual(height);
    for (const other of placed.slice(i + 1)) expect(boxesIntersect(label.box, other.box)).toBe(false);
    candidates.forEach((c, d) => {
      if (d === label.index) return;
      expect(boxesIntersect(label.box, {left: c.x - c.r, top: c.y - c.r, right: c.x + c.r, bottom: c.y + c.r})).toBe(false);
    });
    // The box is as wide as the text it holds (plus the halo).
    expect(label.box.right - label.box.left).toBeCloseTo(textWidth(candidates[label.index]!.text, 10) + 4);
  }
  return placed;
}

describe("placeLabels", () => {
  test("a crowd: no two labels meet, none leaves the frame or covers a dot", () => {
    for (const [width, height, seed] of [[700, 420, 1], [1400, 560, 2], [320, 360, 3]] as const) {
      const candidates = crowd(40, width, height, seed);
      const placed = expectValid(candidates, width, height);
      // Thinned, not emptied.
      expect(placed.length).toBeGreaterThan(5);
      expect(placed.length).toBeLessThan(candidates.length);
    }
  });

  test("a dot at the top edge is labelled below it, one at the right edge to its left", () => {
    const [top] = placeLabels([{x: 200, y: 8, r: 5, text: "架空電機"}], {width: 400, height: 300});
    expect(top).toMatchObject({index: 0, textAnchor: "middle", y: 8 + 5 + 3 + 5});
    const [right] = placeLabels([{x: 395, y: 150, r: 5, text: "架空電機"}, {x: 395, y: 130, r: 5, text: "X"}], {
      width: 400,
      height: 300
    });
    expect(right).toMatchObject({index: 0, textAnchor: "end", x: 395 - 8});
  });

  test("a label with no room anywhere is left out", () => {
    expect(placeLabels([{x: 10, y: 10, r: 8, text: "とても長い出願人の名前"}], {width: 20, height: 20})).toEqual([]);
  });

  test("text width: full-width characters take the font size", () => {
    expect(textWidth("架空", 10)).toBe(20);
    expect(textWidth("ＡＢ", 10)).toBe(20);
    expect(textWidth("AB", 10)).toBeCloseTo(12.4);
    expect(textWidth("ｾﾝｻ", 10)).toBeCloseTo(18.6);
  });
});

describe("networkChart", () => {
  const names = Array.from({length: 16}, (_, i) => `架空技研${String.fromCharCode(0x30a2 + i * 2)}株式会社の長い名前`);
  const {data} = landscapeFixture(
    names.flatMap((name, i) =>
      Array.from({length: 1 + (i % 4)}, (_, k) => ({filing: `20${10 + k}-05-01`, applicants: [names[0]!, name]}))
    ).concat(names.slice(1).map((name, i) => ({filing: "2019-05-01", applicants: [name, names[(i + 2) % 16]!]})))
  );
  const co = coApplicantPairs(data, all(data), {nameMode: "entity", top: 30});
  const counts = countPerKey(data, all(data), "entity");

  test("every dot has its whole name in a <title>, every name is in the pairs, labels stay in the frame", () => {
    for (const width of [700, 1400]) {
      const chart = networkChart(co.pairs, {width, applicationsOf: (key) => counts[key]!});
      const svg = chart.tagName === "svg" ? chart : chart.querySelector("svg")!;
      const dotTitles = [...svg.querySelectorAll("circle title")].map((t) => t.textContent!.split("\n")[0]);
      const inPairs = new Set(co.pairs.flatMap((p) => [p.labelA, p.labelB]));
      expect(new Set(dotTitles)).toEqual(inPairs);
      const height = Number(svg.getAttribute("height"));
      const texts = [...svg.querySelectorAll("text")];
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.length).toBeLessThanOrEqual(inPairs.size);
      for (const text of texts) {
        const x = Number(text.getAttribute("x") ?? text.closest("[transform]")?.getAttribute("transform")?.match(/[\d.]+/)?.[0]);
        expect(x, text.textContent!).toBeGreaterThanOrEqual(0);
        expect(x, text.textContent!).toBeLessThanOrEqual(width);
      }
      expect(height).toBeGreaterThan(0);
    }
  });
});
