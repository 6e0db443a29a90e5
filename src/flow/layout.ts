// layoutFlow: a FlowModel placed by ELK (layered, orthogonal routes), every label measured by quanze, swimlanes as columns.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Lang } from '../diagnostics/types.js';
import { elkLayout } from './elk-engine.js';
import { boxContent, type BoxContent } from './box-content.js';
import {
  baseOptions, defaultBranchSides, edgeHalfKeys, edgeKey, edgeLabelContent, elkGraph, labelNodeKey, laneOptions, nodeKey, type BranchSide, type Channel, type EdgeLabelContent,
} from './elk-graph.js';
import { laneColumns, laneIndexes, laneNameLines, layersOf } from './lanes.js';
import { widestLine } from './measure.js';
import { laneHeaderPad, lanePad, laneText, maxLineWidth, round } from './style.js';
import type { Box, FlowLayout, FlowModel, LaidOutEdge, LaidOutNode, Point } from './types.js';

export interface LayoutFlowOptions {
  /** Language of the problem notes written in the boxes (zh by default). */
  readonly lang?: Lang;
}

/** The chart of `model` laid out: same model, same layout (fixed options and seed, coordinates rounded). */
export async function layoutFlow(model: FlowModel, options: LayoutFlowOptions = {}): Promise<FlowLayout> {
  return layoutFlowSync(model, options);
}

/**
 * layoutFlow without the promise, for loops over thousands of charts. Powers drawn from the same template with the
 * same facts have the same boxes, so a layout is kept by what it depends on (boxes, branches, lanes, language) and
 * reused: a department's 3,000 template charts are a few dozen distinct drawings.
 */
export function layoutFlowSync(model: FlowModel, options: LayoutFlowOptions = {}): FlowLayout {
  const lang = options.lang ?? 'zh';
  const key = JSON.stringify([lang, model.lanes, model.nodes, model.edges]);
  const known = recentLayouts.get(key);
  if (known) return { ...known, model };
  const layout = layoutAfresh(model, lang);
  if (recentLayouts.size >= recentLayoutLimit) recentLayouts.delete(recentLayouts.keys().next().value ?? '');
  recentLayouts.set(key, layout);
  return layout;
}

/** Layouts by their key, oldest first; a few hundred charts' worth (≈ 10 KB each). */
const recentLayouts = new Map<string, FlowLayout>();
const recentLayoutLimit = 512;

/** Forgets every kept layout (tests use it to lay a model out afresh). */
export function forgetLayouts(): void {
  recentLayouts.clear();
}

function layoutAfresh(model: FlowModel, lang: Lang): FlowLayout {
  const contents = model.nodes.map((node) => boxContent(node, lang));
  const labels = model.edges.map((edge) => (edge.label ? edgeLabelContent(edge.label) : undefined));
  if (model.lanes.length === 0) {
    const laid = elkLayout(elkGraph({ model, contents, labels, sides: defaultBranchSides(model), options: baseOptions }));
    return assemble(model, contents, labels, laid, 0, []);
  }
  return layoutInLanes(model, contents, labels);
}

type Band = Box & { readonly name: string };

/**
 * ELK has no lanes: a first pass gives layers and order, then each box is preset in its lane's column (each branch
 * label beside the corner it leaves, each long route in a straight channel) and a second, interactive pass keeps
 * layers, order and columns while it routes. A pass that pushed a lane's boxes into the next lane is run again with
 * wider columns.
 */
function layoutInLanes(model: FlowModel, contents: readonly BoxContent[], labels: readonly (EdgeLabelContent | undefined)[]): FlowLayout {
  const lanes = laneIndexes(model);
  const sides = laneBranchSides(model, lanes);
  const first = elkLayout(elkGraph({ model, contents, labels, sides, options: baseOptions }));
  const boxes = model.nodes.map((_, i) => boxOf(childOf(first, nodeKey(i))));
  const firstLabels = model.edges.map((_, i) => (first.edges ?? []).find((e) => e.id === edgeKey(i))?.labels?.[0]);
  const headerWidths = model.lanes.map((name) => Math.ceil(Math.min(widestLine([name], laneText.size), maxLineWidth.step)));
  let result: { laid: ElkNode; bands: Band[]; header: number } | undefined;
  for (let pad = lanePad; pad <= lanePad * 4; pad *= 2) {
    const rows = branchRowWidths(model, lanes, sides, labels);
    const { columns, preset } = laneColumns(boxes, lanes, model.lanes.length, headerWidths.map((w, i) => Math.max(w, rows[i] ?? 0) + 2 * pad), pad);
    const labelPreset = sideBySide(model, boxes, preset, sides, model.edges.map((_, i) => labelPosition(model, boxes, preset, sides, i, firstLabels[i])), firstLabels, (from) => columns[lanes[from] ?? 0]);
    const channels = laneChannels(model, boxes, preset, labels, labelPreset, lanes, columns, pad);
    const pass = (withChannels: boolean): ElkNode =>
      elkLayout(elkGraph({ model, contents, labels, sides, options: { ...baseOptions, ...laneOptions }, preset, labelPreset, ...(withChannels ? { channels } : {}) }));
    let laid = pass(true);
    // A preset bend elkjs kept as it was shows as a slanted segment: then the staircase is the lesser evil.
    if (!(laid.edges ?? []).every((edge) => isOrthogonal(routeOf(edge)))) laid = pass(false);
    const placed = model.nodes.map((_, i) => boxOf(childOf(laid, nodeKey(i))));
    const routes = laneRoutes(model, lanes, laid);
    const split = laneBounds(placed, lanes, columns, preset, laid.width ?? 0, routes);
    const widths = model.lanes.map((_, i) => (split.bounds[i + 1] ?? 0) - (split.bounds[i] ?? 0));
    // Wrapped as the renderer wraps them (to the band less its padding), so the header holds every line.
    const lines = model.lanes.map((name, i) => laneNameLines(name, widths[i] ?? 0));
    const header = Math.max(...lines.map((l) => l.length)) * laneText.lineHeight + 2 * laneHeaderPad;
    const height = (laid.height ?? 0) + header;
    const bands: Band[] = model.lanes.map((name, i) => ({ name, x: split.bounds[i] ?? 0, y: 0, width: widths[i] ?? 0, height }));
    result = { laid, bands, header };
    if (split.separate) break;
  }
  if (result === undefined) throw new Error('unreachable: the lane loop runs at least once');
  return assemble(model, contents, labels, result.laid, result.header, result.bands);
}

/**
 * A decision's branches leave toward their targets' lanes: left for a lane to the left, right for one to the
 * right, the first branch staying in the lane straight down and any other to a free side.
 */
function laneBranchSides(model: FlowModel, lanes: readonly number[]): (BranchSide | undefined)[] {
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  const used = new Map<string, Set<BranchSide>>();
  return model.edges.map((edge) => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === undefined || model.nodes[from]?.kind !== 'decision') return undefined;
    const taken = used.get(edge.from) ?? new Set<BranchSide>();
    used.set(edge.from, taken);
    const diff = (to === undefined ? 0 : (lanes[to] ?? 0)) - (lanes[from] ?? 0);
    // West corners last: elkjs's interactive pass routes a branch leaving a west port around the whole chart.
    const wish: BranchSide[] = diff > 0 ? ['e', 's', 'w'] : ['s', 'e', 'w'];
    const side = wish.find((s) => !taken.has(s)) ?? wish[0] ?? 's';
    taken.add(side);
    return side;
  });
}

/**
 * Where a branch label starts in the lane pass, at its first-pass height: under the question for the branch that
 * goes straight down, beside the corner a side branch leaves from.
 */
function labelPosition(
  model: FlowModel,
  boxes: readonly Box[],
  preset: readonly Point[],
  sides: readonly (BranchSide | undefined)[],
  index: number,
  label: { y?: number; width?: number } | undefined,
): Point | undefined {
  const edge = model.edges[index];
  if (label === undefined || edge === undefined) return undefined;
  const from = model.nodes.findIndex((n) => n.id === edge.from);
  const box = boxes[from];
  const at = preset[from];
  if (box === undefined || at === undefined) return undefined;
  const width = label.width ?? 0;
  const side = sides[index];
  const x = side === 'e' ? at.x + box.width + sideGap : side === 'w' ? at.x - sideGap - width : at.x + box.width / 2 - width / 2;
  return { x, y: label.y ?? 0 };
}

/**
 * The branches leaving each step (not a diamond, whose branches take its corners) that `keep` accepts, by the
 * step's node index: edge indexes in model order.
 */
function stepBranches(model: FlowModel, sides: readonly (BranchSide | undefined)[], keep: (edge: number) => boolean): Map<number, number[]> {
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  const bySource = new Map<number, number[]>();
  model.edges.forEach((edge, i) => {
    const from = ids.get(edge.from);
    if (from === undefined || sides[i] !== undefined || ids.get(edge.to) === undefined || !keep(i)) return;
    bySource.set(from, [...(bySource.get(from) ?? []), i]);
  });
  return bySource;
}

/** The widest row of side-by-side branch labels under a step of each lane: the lane's column must hold it. */
function branchRowWidths(model: FlowModel, lanes: readonly number[], sides: readonly (BranchSide | undefined)[], labels: readonly (EdgeLabelContent | undefined)[]): number[] {
  const widths = model.lanes.map(() => 0);
  for (const [from, row] of stepBranches(model, sides, (i) => labels[i] !== undefined)) {
    if (row.length < 2) continue;
    const lane = lanes[from] ?? 0;
    const total = row.reduce((sum, i) => sum + (labels[i]?.width ?? 0), 0) + sideGap * (row.length - 1);
    widths[lane] = Math.max(widths[lane] ?? 0, total);
  }
  return widths;
}

/**
 * The labels of a step's several labelled branches (a steps table's step with two next steps), set side by side
 * under it in the order of their targets across the lanes: the branch to the leftmost target leaves leftmost, so
 * no two branches cross on their way down.
 */
function sideBySide(
  model: FlowModel,
  boxes: readonly Box[],
  preset: readonly Point[],
  sides: readonly (BranchSide | undefined)[],
  positions: readonly (Point | undefined)[],
  labels: readonly ({ width?: number } | undefined)[],
  columnOf: (node: number) => { readonly x: number; readonly width: number } | undefined,
): (Point | undefined)[] {
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  const placed = [...positions];
  for (const [from, edges] of stepBranches(model, sides, (i) => positions[i] !== undefined)) {
    const box = boxes[from];
    const at = preset[from];
    if (edges.length < 2 || box === undefined || at === undefined) continue;
    const targetX = (i: number): number => {
      const to = ids.get(model.edges[i]?.to ?? '') ?? -1;
      return (preset[to]?.x ?? 0) + (boxes[to]?.width ?? 0) / 2;
    };
    const ordered = [...edges].sort((a, b) => targetX(a) - targetX(b) || a - b);
    const widths = ordered.map((i) => labels[i]?.width ?? 0);
    const total = widths.reduce((sum, w) => sum + w, 0) + sideGap * (ordered.length - 1);
    // Centred under the step, but moved inside its lane when it would reach over the lane's edge and fits in it.
    const column = columnOf(from);
    const centred = at.x + box.width / 2 - total / 2;
    let x = column === undefined || total > column.width - sideGap ? centred : Math.min(Math.max(centred, column.x + sideGap / 2), column.x + column.width - sideGap / 2 - total);
    ordered.forEach((i, k) => {
      placed[i] = { x, y: positions[i]?.y ?? 0 };
      x += (widths[k] ?? 0) + sideGap;
    });
  }
  return placed;
}

/**
 * The straight channel of each edge (or of its second half, below its label) in the lane pass: only for routes
 * with a layer between their ends, since elkjs keeps preset bends as they are on a route between adjacent layers.
 */
function laneChannels(
  model: FlowModel,
  boxes: readonly Box[],
  preset: readonly Point[],
  labels: readonly (EdgeLabelContent | undefined)[],
  labelPreset: readonly (Point | undefined)[],
  lanes: readonly number[],
  columns: readonly { readonly x: number; readonly width: number }[],
  pad: number,
): (Channel | undefined)[] {
  const placed: Box[] = boxes.map((box, i) => ({ ...box, ...(preset[i] ?? box) }));
  const labelBoxes = model.edges.map((_, i) => {
    const at = labelPreset[i];
    const label = labels[i];
    return at && label ? { ...at, width: label.width, height: label.height } : undefined;
  });
  const all = [...placed, ...labelBoxes.filter((b): b is Box => b !== undefined)];
  const layer = new Map<Box, number>();
  layersOf(all).forEach((members, n) => members.forEach((m) => { const box = all[m]; if (box) layer.set(box, n); }));
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  return model.edges.map((edge, i) => {
    const target = placed[ids.get(edge.to) ?? -1];
    const source = labelBoxes[i] ?? placed[ids.get(edge.from) ?? -1];
    if (!source || !target || (layer.get(target) ?? 0) - (layer.get(source) ?? 0) < 2) return undefined;
    const column = columns[lanes[ids.get(edge.from) ?? -1] ?? 0];
    const margins = column ? [column.x + pad / 2, column.x + column.width - pad / 2] : [];
    return straightChannel(source, target, all, margins);
  });
}

/** Between a diamond's side corner and the label of the branch leaving it. */
const sideGap = 8;
/** Room a straight run keeps from a box it passes. */
const channelClearance = 10;

/**
 * A straight vertical channel for a route that spans several layers going down: under its start, over its end or
 * in a margin of its start's lane, whichever passes no box first. The interactive pass would otherwise guess the
 * route's bends on the diagonal between its ends and draw a staircase.
 */
function straightChannel(from: Box, to: Box, obstacles: readonly Box[], margins: readonly number[]): Channel | undefined {
  const top = from.y + from.height;
  const bottom = to.y;
  const between = obstacles.filter((b) => b !== from && b !== to && b.y < bottom && b.y + b.height > top);
  const toX = to.x + to.width / 2;
  const candidates = [from.x + from.width / 2, toX, ...[...margins].sort((a, b) => Math.abs(a - toX) - Math.abs(b - toX))];
  const x = candidates.find((c) => between.every((b) => c < b.x - channelClearance || c > b.x + b.width + channelClearance));
  return x === undefined ? undefined : { x, top: top + 1, bottom: bottom - 1 };
}

const childOf = (graph: ElkNode, key: string): ElkNode | undefined => graph.children?.find((c) => c.id === key);

/**
 * The routes that stay in one lane, each as the zero-height strip it spans across, with its lane: a lane's border
 * must not run along a route that loops round a box of its own lane.
 */
function laneRoutes(model: FlowModel, lanes: readonly number[], laid: ElkNode): { readonly box: Box; readonly lane: number }[] {
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  const routed = new Map((laid.edges ?? []).map((edge) => [edge.id, edge]));
  return model.edges.flatMap((edge, i) => {
    const [from, to] = [ids.get(edge.from), ids.get(edge.to)];
    if (from === undefined || to === undefined || lanes[from] !== lanes[to]) return [];
    const xs = [edgeKey(i), ...edgeHalfKeys(i)].flatMap((key) => routeOf(routed.get(key))).map((p) => p.x);
    const box = xs.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : { x: Math.min(...xs), y: 0, width: Math.max(...xs) - Math.min(...xs), height: 0 };
    return [{ box, lane: lanes[from] ?? 0 }];
  });
}

/**
 * Where lanes meet: halfway between the last box (or route between two of its boxes) of one lane and the first of
 * the next, as ELK placed them (an empty lane keeps its column's share). `separate` is false when some lane's boxes reach into the next lane's.
 */
function laneBounds(
  placed: readonly Box[],
  lanes: readonly number[],
  columns: readonly { readonly x: number; readonly width: number }[],
  preset: readonly Point[],
  chartWidth: number,
  routes: readonly { readonly box: Box; readonly lane: number }[],
): { bounds: number[]; separate: boolean } {
  const dx = commonShift(placed.map((box, i) => box.x - (preset[i]?.x ?? 0)));
  const extents = columns.map((column, lane) => {
    const own = [...placed.filter((_, i) => lanes[i] === lane), ...routes.filter((r) => r.lane === lane).map((r) => r.box)];
    if (own.length === 0) return { left: column.x + dx + column.width / 2, right: column.x + dx + column.width / 2 };
    return { left: Math.min(...own.map((b) => b.x)), right: Math.max(...own.map((b) => b.x + b.width)) };
  });
  let separate = true;
  const bounds = [0];
  for (let i = 0; i + 1 < extents.length; i++) {
    const [a, b] = [extents[i], extents[i + 1]];
    if (!a || !b) continue;
    if (a.right + lanePad > b.left) separate = false;
    bounds.push(Math.max(bounds[bounds.length - 1] ?? 0, (a.right + b.left) / 2));
  }
  const last = extents[extents.length - 1];
  bounds.push(Math.max(chartWidth, (last?.right ?? 0) + lanePad, bounds[bounds.length - 1] ?? 0));
  return { bounds, separate };
}

/** The shift ELK applied to most boxes (it moves the whole drawing to its padding): the most frequent, the least on a tie. */
function commonShift(shifts: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const s of shifts) counts.set(Math.round(s), (counts.get(Math.round(s)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [shift, count] of [...counts].sort((a, b) => a[0] - b[0])) if (count > bestCount) [best, bestCount] = [shift, count];
  return best;
}

type Shape = { x?: number; y?: number; width?: number; height?: number };
const boxOf = (node: Shape | undefined): Box => ({ x: node?.x ?? 0, y: node?.y ?? 0, width: node?.width ?? 0, height: node?.height ?? 0 });

const roundBox = (box: Box, dy: number): Box => ({ x: round(box.x), y: round(box.y + dy), width: round(box.width), height: round(box.height) });
const roundPoint = (point: Point, dy: number): Point => ({ x: round(point.x), y: round(point.y + dy) });

const routeOf = (edge: ElkExtendedEdge | undefined): Point[] =>
  (edge?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);

/** The FlowLayout from ELK's answer, moved down by the lane header, every number rounded. */
function assemble(
  model: FlowModel,
  contents: readonly BoxContent[],
  labels: readonly (EdgeLabelContent | undefined)[],
  laid: ElkNode,
  header: number,
  bands: readonly Band[],
): FlowLayout {
  const placed = new Map((laid.children ?? []).map((child) => [child.id, child]));
  const nodes: LaidOutNode[] = model.nodes.map((node, i) => ({
    ...node,
    ...roundBox(boxOf(placed.get(nodeKey(i))), header),
    lines: contents[i]?.blocks[0]?.lines ?? [],
  }));
  const routed = new Map((laid.edges ?? []).map((edge) => [edge.id, edge]));
  const edges: LaidOutEdge[] = [];
  model.edges.forEach((edge, i) => {
    const label = labels[i];
    const whole = routed.get(edgeKey(i));
    const [a, b] = edgeHalfKeys(i).map((key) => routed.get(key));
    const labelNode = placed.get(labelNodeKey(i));
    let points: Point[];
    let labelBox: Box | undefined;
    if (whole) {
      points = routeOf(whole);
      labelBox = whole.labels?.[0] ? boxOf(whole.labels[0]) : undefined;
    } else if (a && b && labelNode) {
      // Through the label node: the two halves joined by a step hidden under the label's white ground.
      const [head, tail] = [routeOf(a), routeOf(b)];
      const end = head[head.length - 1];
      const start = tail[0];
      const middle = (labelNode.y ?? 0) + (labelNode.height ?? 0) / 2;
      const joint = end && start && end.x !== start.x ? [{ x: end.x, y: middle }, { x: start.x, y: middle }] : [];
      points = [...head, ...joint, ...tail];
      labelBox = boxOf(labelNode);
    } else return;
    edges.push({
      ...edge,
      points: dedupe(points.map((p) => roundPoint(p, header))),
      ...(labelBox && label ? { labelBox: { ...roundBox(labelBox, header), lines: label.lines } } : {}),
    });
  });
  return {
    model,
    width: round(Math.max(laid.width ?? 0, ...bands.map((b) => b.x + b.width))),
    height: round((laid.height ?? 0) + header),
    lanes: bands.map((band) => ({ name: band.name, ...roundBox(band, 0) })),
    nodes,
    edges,
  };
}

function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || Math.abs(p.x - (points[i - 1]?.x ?? p.x)) < 0.5 || Math.abs(p.y - (points[i - 1]?.y ?? p.y)) < 0.5);
}

/** A route without repeated points (consecutive sections share their joint). */
function dedupe(points: readonly Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]?.x || p.y !== points[i - 1]?.y);
}
