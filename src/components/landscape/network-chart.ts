// 共同出願 as a network: applicants are dots sized by their selected applications, a line joins two applicants who
// filed together, thicker for more joint applications. Laid out with d3-force, run to the end before drawing so the
// picture is still (and the same on every load: d3 starts from a fixed phyllotaxis arrangement).

import * as Plot from "@observablehq/plot";
import {forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum} from "d3";
import {formatNumber} from "../format.js";
import {CATEGORY_COLORS, truncateLabel} from "./chart-style.js";
import type {PairRow} from "./co-applicants.js";

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

const LABELLED_NODES = 14;

export function networkChart(
  pairs: readonly PairRow[],
  {width, applicationsOf}: {width: number; applicationsOf: (key: number) => number}
): SVGSVGElement | HTMLElement {
  const {nodes, links, radius} = layoutNetwork(pairs, applicationsOf);
  const maxCount = Math.max(1, ...links.map((l) => l.count));
  // Names only for the larger applicants, so labels stay readable; every dot has its name in the tooltip.
  const named = [...nodes].sort((x, y) => y.applications - x.applications).slice(0, LABELLED_NODES);
  return Plot.plot({
    width,
    height: Math.max(360, Math.min(560, width * 0.6)),
    inset: 60,
    x: {axis: null},
    y: {axis: null},
    r: {type: "identity"},
    marks: [
      Plot.link(links, {
        x1: (l: NetworkLink) => l.source.x,
        y1: (l: NetworkLink) => l.source.y,
        x2: (l: NetworkLink) => l.target.x,
        y2: (l: NetworkLink) => l.target.y,
        stroke: "currentColor",
        strokeOpacity: 0.35,
        strokeWidth: (l: NetworkLink) => 1 + 5 * (l.count / maxCount),
        title: (l: NetworkLink) => `${l.source.label} × ${l.target.label}\n共同出願 ${formatNumber(l.count)}件`
      }),
      Plot.dot(nodes, {
        x: "x",
        y: "y",
        r: radius,
        fill: CATEGORY_COLORS[0],
        stroke: "var(--theme-background)",
        title: (n: NetworkNode) => `${n.label}\n出願 ${formatNumber(n.applications)}件`,
        tip: true
      }),
      Plot.text(named, {
        x: "x",
        y: "y",
        text: (n: NetworkNode) => truncateLabel(n.label, 14),
        dy: -14,
        fontSize: 10,
        fill: "currentColor",
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        paintOrder: "stroke"
      })
    ]
  });
}
