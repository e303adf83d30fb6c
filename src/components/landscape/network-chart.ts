// 共同出願 as a network: applicants are dots sized by their selected applications, a line joins two applicants who
// filed together, thicker for more joint applications. Laid out with d3-force, run to the end before drawing so the
// picture is still (and the same on every load: d3 starts from a fixed phyllotaxis arrangement).

import * as Plot from "@observablehq/plot";
import {forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum} from "d3";
import {formatNumber} from "../format.js";
import {CATEGORY_COLORS, truncateLabel} from "./chart-style.js";
import type {PairRow} from "./co-applicants.js";
import {placeLabels} from "./label-placement.js";
import {selectableMarks, SELECT_HINT} from "./mark-select.js";

interface NetworkNode extends SimulationNodeDatum {
  key: number;
  label: string;
  applications: number;
}

interface NetworkLink {
  source: NetworkNode;
  target: NetworkNode;
  count: number;
}

export function layoutNetwork(pairs: readonly PairRow[], applicationsOf: (key: number) => number) {
  const nodes = new Map<number, NetworkNode>();
  const node = (key: number, label: string) => {
    let found = nodes.get(key);
    if (!found) nodes.set(key, (found = {key, label, applications: applicationsOf(key)}));
    return found;
  };
  const links: NetworkLink[] = pairs.map((p) => ({
    source: node(p.a, p.labelA),
    target: node(p.b, p.labelB),
    count: p.count
  }));
  const list = [...nodes.values()];
  const maxApplications = Math.max(1, ...list.map((n) => n.applications));
  const radius = (n: NetworkNode) => 4 + 14 * Math.sqrt(n.applications / maxApplications);
  forceSimulation(list)
    .force("link", forceLink<NetworkNode, NetworkLink>(links).distance(90))
    .force("charge", forceManyBody().strength(-320))
    .force("collide", forceCollide<NetworkNode>((n) => radius(n) + 4))
    .force("center", forceCenter(0, 0))
    .stop()
    .tick(300);
  return {nodes: list, links, radius};
}

/** Longest name drawn on the chart (characters); the tooltip and the pairs table keep the whole name. */
const LABEL_CHARS = 14;
const LABEL_FONT_SIZE = 10;

/**
 * Maps the layout onto the frame, leaving room for the largest dot at every edge. The two axes are stretched
 * independently (a network has no meaningful aspect ratio), as Plot's own scales would.
 */
function fitToFrame(nodes: readonly NetworkNode[], width: number, height: number, margin: number) {
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const scale = (values: number[], size: number) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min;
    return (v: number) => (span > 0 ? margin + ((v - min) / span) * (size - 2 * margin) : size / 2);
  };
  const sx = scale(xs, width);
  const sy = scale(ys, height);
  return nodes.map((n) => ({x: sx(n.x ?? 0), y: sy(n.y ?? 0)}));
}

export interface NetworkChartOptions {
  width: number;
  applicationsOf: (key: number) => number;
  /** Called with the applicant's label of the dot clicked. */
  onSelectNode?: (label: string) => void;
  /** Called with the two labels of the line clicked. */
  onSelectPair?: (labelA: string, labelB: string) => void;
}

export function networkChart(
  pairs: readonly PairRow[],
  {width, applicationsOf, onSelectNode, onSelectPair}: NetworkChartOptions
): SVGSVGElement | HTMLElement {
  const {nodes, links, radius} = layoutNetwork(pairs, applicationsOf);
  const maxCount = Math.max(1, ...links.map((l) => l.count));
  const height = Math.max(360, Math.min(560, width * 0.6));
  // The dots sit well inside the frame, so that labels beside the outer ones have room too.
  const margin = Math.min(60, width / 6);
  const points = fitToFrame(nodes, width, height, margin);
  const position = new Map(nodes.map((n, i) => [n, points[i]!]));
  // Larger applicants first: they get their names when room is short.
  const order = nodes.map((_, i) => i).sort((i, j) => nodes[j]!.applications - nodes[i]!.applications || i - j);
  const labels = placeLabels(
    order.map((i) => ({...points[i]!, r: radius(nodes[i]!), text: truncateLabel(nodes[i]!.label, LABEL_CHARS)})),
    {width, height},
    {fontSize: LABEL_FONT_SIZE, padding: 2}
  ).map((placed) => ({...placed, node: nodes[order[placed.index]!]!}));
  const linkEnd = (l: NetworkLink, end: "source" | "target") => position.get(l[end])!;
  const hint = (selectable: unknown) => (selectable ? `\n${SELECT_HINT}` : "");
  const chart = Plot.plot({
    width,
    height,
    margin: 0,
    x: {type: "identity", axis: null},
    y: {type: "identity", axis: null},
    r: {type: "identity"},
    marks: [
      Plot.link(links, {
        x1: (l: NetworkLink) => linkEnd(l, "source").x,
        y1: (l: NetworkLink) => linkEnd(l, "source").y,
        x2: (l: NetworkLink) => linkEnd(l, "target").x,
        y2: (l: NetworkLink) => linkEnd(l, "target").y,
        stroke: "currentColor",
        strokeOpacity: 0.35,
        strokeWidth: (l: NetworkLink) => 1 + 5 * (l.count / maxCount),
        title: (l: NetworkLink) =>
          `${l.source.label} × ${l.target.label}\n共同出願 ${formatNumber(l.count)}件${hint(onSelectPair)}`,
        ariaDescription: "network-link"
      }),
      Plot.dot(nodes, {
        x: (n: NetworkNode) => position.get(n)!.x,
        y: (n: NetworkNode) => position.get(n)!.y,
        r: radius,
        fill: CATEGORY_COLORS[0],
        stroke: "var(--theme-background)",
        // A plain <title> (no Plot tip) so that every dot names its applicant on hover, whole, wherever it is.
        title: (n: NetworkNode) => `${n.label}\n出願 ${formatNumber(n.applications)}件${hint(onSelectNode)}`,
        ariaDescription: "network-node"
      }),
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.textAnchor === anchor),
          {
            x: "x",
            y: "y",
            text: (l: (typeof labels)[number]) => truncateLabel(l.node.label, LABEL_CHARS),
            textAnchor: anchor,
            fontSize: LABEL_FONT_SIZE,
            fill: "currentColor",
            stroke: "var(--theme-background)",
            strokeWidth: 3,
            paintOrder: "stroke",
            pointerEvents: "none"
          }
        )
      )
    ]
  });
  if (onSelectNode) {
    const describe = (n: NetworkNode) => `${n.label} 出願${formatNumber(n.applications)}件`;
    selectableMarks(chart, "network-node", nodes, (n) => onSelectNode(n.label), describe);
  }
  if (onSelectPair) {
    const describe = (l: NetworkLink) => `${l.source.label} × ${l.target.label} 共同出願${formatNumber(l.count)}件`;
    selectableMarks(chart, "network-link", links, (l) => onSelectPair(l.source.label, l.target.label), describe);
  }
  return chart;
}
