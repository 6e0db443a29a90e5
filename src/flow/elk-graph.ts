// A FlowModel as an ELK graph: measured boxes, ports at a diamond's corners for its branches, measured edge labels.

import type { ElkEdgeSection, ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { BoxContent } from './box-content.js';
import { widestLine, wrapText } from './measure.js';
import { edgeLabelPad, layerSpacing, margin, nodeSpacing, smallText } from './style.js';
import type { FlowModel, Point } from './types.js';

/** Branch labels wrap at six ideographs: they sit on the route, between two layers. */
export const maxEdgeLabelWidth = 84;

/**
 * Fixed options, so the same model always gets the same layout: layered top to bottom, orthogonal routes, the
 * model's order as the tie-breaker (the first branch of a question goes straight down), one seed.
 */
export const baseOptions: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.randomSeed': '1',
  'elk.padding': `[top=${margin},left=${margin},bottom=${margin},right=${margin}]`,
  'elk.spacing.nodeNode': String(nodeSpacing),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(layerSpacing),
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // A step leading back up (补正 → 受理) is the edge turned round, never the start moved down: nodes come in procedure order.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.thoroughness': '4',
  'elk.separateConnectedComponents': 'false',
};

/** Options of the second pass that keeps each box in its lane: layers, order and cross-flow position as preset. */
export const laneOptions: LayoutOptions = {
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
};

export interface EdgeLabelContent {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

export function edgeLabelContent(text: string): EdgeLabelContent {
  const lines = wrapText(text, maxEdgeLabelWidth, smallText.size);
  return {
    lines,
    width: Math.ceil(widestLine(lines, smallText.size)) + 2 * edgeLabelPad,
    height: lines.length * smallText.lineHeight + 2 * edgeLabelPad,
  };
}

export const nodeKey = (index: number): string => `n${index}`;
export const edgeKey = (index: number): string => `e${index}`;

/** A diamond's corners, where its routes meet it: in at the top, branches out at the bottom, right or left. */
export type BranchSide = 's' | 'e' | 'w';
const defaultSides: readonly BranchSide[] = ['s', 'e', 'w'];

function diamondPorts(key: string, width: number, height: number): ElkPort[] {
  const port = (name: string, side: string, x: number, y: number): ElkPort => ({
    id: `${key}.${name}`, x, y, width: 0, height: 0, layoutOptions: { 'elk.port.side': side },
  });
  return [port('n', 'NORTH', width / 2, 0), port('s', 'SOUTH', width / 2, height), port('e', 'EAST', width, height / 2), port('w', 'WEST', 0, height / 2)];
}

/** The corner each decision's branch leaves from, edge for edge (undefined for edges not leaving a decision): s, e, w in turn. */
export function defaultBranchSides(model: FlowModel): (BranchSide | undefined)[] {
  const kinds = new Map(model.nodes.map((node) => [node.id, node.kind]));
  const count = new Map<string, number>();
  return model.edges.map((edge) => {
    if (kinds.get(edge.from) !== 'decision') return undefined;
    const n = count.get(edge.from) ?? 0;
    count.set(edge.from, n + 1);
    return defaultSides[n % defaultSides.length];
  });
}

export interface ElkGraphInput {
  readonly model: FlowModel;
  /** Box sizes, node for node. */
  readonly contents: readonly BoxContent[];
  /** Measured branch labels, edge for edge. */
  readonly labels: readonly (EdgeLabelContent | undefined)[];
  readonly sides: readonly (BranchSide | undefined)[];
  readonly options: LayoutOptions;
  /** Top-left corners to start from (the interactive lane pass), node for node. */
  readonly preset?: readonly Point[];
  /**
   * Where each label should sit, edge for edge. Given, a labelled edge runs through a node of its label's size
   * (ELK's own label dummies have no preset position, so an interactive pass would stack them at one side).
   */
  readonly labelPreset?: readonly (Point | undefined)[];
  /** A straight vertical run to start from, edge for edge (below its label node when it has one). */
  readonly channels?: readonly (Channel | undefined)[];
}

/** A vertical run at `x` from `top` to `bottom`, where an interactive pass should guess a long route's bends. */
export interface Channel {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * A preset route section along a channel. elkjs 0.12 reads preset bend points as they are into its internal,
 * left-to-right coordinates, so for a top-down chart they are given transposed (along the flow first).
 */
function channelSection(id: string, channel: Channel): ElkEdgeSection {
  const [a, b] = [{ x: channel.top, y: channel.x }, { x: channel.bottom, y: channel.x }];
  return { id, startPoint: a, endPoint: b, bendPoints: [a, b] };
}

export const labelNodeKey = (index: number): string => `l${index}`;
/** The two halves of a labelled edge routed through its label node. */
export const edgeHalfKeys = (index: number): readonly [string, string] => [`${edgeKey(index)}.a`, `${edgeKey(index)}.b`];

/** The ELK graph of the model: boxes sized, decisions with ports at their corners, labels measured. */
export function elkGraph(input: ElkGraphInput): ElkNode {
  const { model, contents, labels, sides, options, preset, labelPreset, channels } = input;
  const index = new Map(model.nodes.map((node, i) => [node.id, i]));
  const children: ElkNode[] = model.nodes.map((node, i) => {
    const { width, height } = contents[i] ?? { width: 0, height: 0 };
    const key = nodeKey(i);
    const at = preset?.[i];
    return {
      id: key,
      width,
      height,
      ...(at ? { x: at.x, y: at.y } : {}),
      ...(node.kind === 'decision' ? { ports: diamondPorts(key, width, height), layoutOptions: { 'elk.portConstraints': 'FIXED_POS' } } : {}),
    };
  });
  const edges: ElkExtendedEdge[] = [];
  model.edges.forEach((edge, i) => {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined) return;
    const side = sides[i];
    const sourceEnd = side === undefined ? nodeKey(from) : `${nodeKey(from)}.${side}`;
    const targetEnd = model.nodes[to]?.kind === 'decision' ? `${nodeKey(to)}.n` : nodeKey(to);
    const label = labels[i];
    const at = labelPreset?.[i];
    if (label && at) {
      const [a, b] = edgeHalfKeys(i);
      children.push({ id: labelNodeKey(i), width: label.width, height: label.height, x: at.x, y: at.y });
      const channel = channels?.[i];
      edges.push(
        { id: a, sources: [sourceEnd], targets: [labelNodeKey(i)] },
        { id: b, sources: [labelNodeKey(i)], targets: [targetEnd], ...(channel ? { sections: [channelSection(`${b}.s`, channel)] } : {}) },
      );
      return;
    }
    const channel = channels?.[i];
    edges.push({
      id: edgeKey(i),
      sources: [sourceEnd],
      targets: [targetEnd],
      ...(channel ? { sections: [channelSection(`${edgeKey(i)}.s`, channel)] } : {}),
      ...(label ? { labels: [{ id: `${edgeKey(i)}.l`, text: edge.label ?? '', width: label.width, height: label.height, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }] } : {}),
    });
  });
  return { id: 'root', layoutOptions: options, children, edges };
}
