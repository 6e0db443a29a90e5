// Swimlanes over ELK's layers: each box's lane, lane columns wide enough for their boxes, and the preset positions that keep boxes in them.

import { wrapText } from './measure.js';
import { lanePad, laneText, nodeSpacing } from './style.js';
import type { Box, FlowModel } from './types.js';

/**
 * The lane index of every node: its own lane, or (start, end, remedy, a step with an unlisted lane) the lane of
 * the nearest node that has one, the earlier in model order on a tie; lane 0 when none has.
 */
export function laneIndexes(model: FlowModel): number[] {
  const lanes = new Map(model.lanes.map((name, i) => [name, i]));
  const own = model.nodes.map((node) => (node.lane === undefined ? undefined : lanes.get(node.lane)));
  const ids = new Map(model.nodes.map((node, i) => [node.id, i]));
  const neighbours: number[][] = model.nodes.map(() => []);
  for (const edge of model.edges) {
    const a = ids.get(edge.from);
    const b = ids.get(edge.to);
    if (a === undefined || b === undefined) continue;
    neighbours[a]?.push(b);
    neighbours[b]?.push(a);
  }
  return own.map((lane, start) => {
    if (lane !== undefined) return lane;
    const seen = new Set([start]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const i of frontier) for (const j of neighbours[i] ?? []) if (!seen.has(j)) { seen.add(j); next.push(j); }
      next.sort((a, b) => a - b);
      const found = next.map((j) => own[j]).find((l) => l !== undefined);
      if (found !== undefined) return found;
      frontier = next;
    }
    return 0;
  });
}

/** Groups of node indexes that ELK put in one layer: boxes whose extents along the flow overlap. */
export function layersOf(boxes: readonly Box[]): number[][] {
  const order = boxes.map((_, i) => i).sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0) || a - b);
  const layers: number[][] = [];
  let bottom = -Infinity;
  for (const i of order) {
    const box = boxes[i];
    if (!box) continue;
    const layer = layers[layers.length - 1];
    if (layer && box.y < bottom) {
      layer.push(i);
      bottom = Math.max(bottom, box.y + box.height);
    } else {
      layers.push([i]);
      bottom = box.y + box.height;
    }
  }
  return layers;
}

export interface LaneColumns {
  /** Left edge and width of each lane's column, before ELK's own shift. */
  readonly columns: readonly { readonly x: number; readonly width: number }[];
  /** Where each box should sit (top-left), in its lane's column, at its layer's height from the first pass. */
  readonly preset: readonly { readonly x: number; readonly y: number }[];
}

/**
 * Lane columns side by side, each as wide as its widest layer (its boxes of one layer next to each other) or its
 * header, and every box centred in its column within its layer, in the first pass's order.
 */
export function laneColumns(boxes: readonly Box[], lanes: readonly number[], laneCount: number, minWidths: readonly number[], pad = lanePad): LaneColumns {
  const widths = Array.from({ length: laneCount }, (_, i) => Math.max(minWidths[i] ?? 0, 2 * pad));
  const rows: { lane: number; members: number[] }[] = [];
  for (const layer of layersOf(boxes)) {
    for (let lane = 0; lane < laneCount; lane++) {
      const members = layer.filter((i) => lanes[i] === lane).sort((a, b) => (boxes[a]?.x ?? 0) - (boxes[b]?.x ?? 0) || a - b);
      if (members.length === 0) continue;
      rows.push({ lane, members });
      widths[lane] = Math.max(widths[lane] ?? 0, span(boxes, members) + 2 * pad);
    }
  }
  const columns: { x: number; width: number }[] = [];
  let x = 0;
  for (const width of widths) {
    columns.push({ x, width });
    x += width;
  }
  const preset = boxes.map((box) => ({ x: 0, y: box.y }));
  for (const { lane, members } of rows) {
    const column = columns[lane] ?? { x: 0, width: 0 };
    let left = column.x + (column.width - span(boxes, members)) / 2;
    for (const i of members) {
      const at = preset[i];
      if (at) at.x = left;
      left += (boxes[i]?.width ?? 0) + nodeSpacing;
    }
  }
  return { columns, preset };
}

const span = (boxes: readonly Box[], members: readonly number[]): number =>
  members.reduce((sum, i) => sum + (boxes[i]?.width ?? 0), 0) + (members.length - 1) * nodeSpacing;

/** A lane's name wrapped in its header: to the band's width less its padding. */
export const laneNameLines = (name: string, bandWidth: number): string[] => wrapText(name, Math.max(bandWidth - 2 * lanePad, laneText.size), laneText.size);
