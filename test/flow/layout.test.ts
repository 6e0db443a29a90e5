// layoutFlow: every box sized to its measured text, nothing overlapping, lanes holding their boxes, same model same layout.

import { describe, expect, it } from 'vitest';
import { boxContent } from '../../src/flow/box-content.js';
import { laneNameLines } from '../../src/flow/lanes.js';
import { forgetLayouts, layoutFlow, layoutFlowSync } from '../../src/flow/layout.js';
import { renderFlowSvg } from '../../src/flow/svg.js';
import { widestLine } from '../../src/flow/measure.js';
import type { Box, FlowLayout } from '../../src/flow/types.js';
import { flowFixture, flowFixtureNames, randomFlow, sampleFlows, templateFlows } from '../helpers/flow-models.js';

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every way a layout can go wrong that a reader would see, as messages. */
function problemsOf(layout: FlowLayout): string[] {
  const found: string[] = [];
  const boxes: (Box & { name: string })[] = [
    ...layout.nodes.map((n) => ({ ...n, name: `node ${n.id}` })),
    ...layout.edges.flatMap((e) => (e.labelBox ? [{ ...e.labelBox, name: `label of ${e.id}` }] : [])),
  ];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    if (a && b && overlap(a, b)) found.push(`${a.name} overlaps ${b.name}`);
  }
  for (const box of boxes) {
    if (box.x < 0 || box.y < 0 || box.x + box.width > layout.width + 0.01 || box.y + box.height > layout.height + 0.01) found.push(`${box.name} leaves the chart`);
  }
  for (const node of layout.nodes) {
    const content = boxContent(node);
    if (content.width > node.width + 0.01 || content.height > node.height + 0.01) found.push(`${node.id}'s text does not fit`);
    if (widestLine(node.lines, node.kind === 'remedy' ? 12 : 14) > node.width) found.push(`${node.id}'s label is wider than its box`);
  }
  for (const edge of layout.edges) {
    if (edge.points.length < 2) found.push(`${edge.id} has no route`);
    edge.points.forEach((p, i) => {
      const q = edge.points[i - 1];
      if (q && p.x !== q.x && p.y !== q.y) found.push(`${edge.id} has a slanted segment`);
    });
    if (edge.label && !edge.labelBox) found.push(`${edge.id}'s label is not placed`);
  }
  if (layout.model.lanes.length > 0) {
    layout.lanes.forEach((lane, i) => {
      const next = layout.lanes[i + 1];
      if (next && lane.x + lane.width > next.x + 0.01) found.push(`lanes ${lane.name} and ${next.name} overlap`);
    });
    for (const node of layout.nodes) {
      if (node.lane === undefined) continue;
      const lane = layout.lanes.find((l) => l.name === node.lane);
      if (!lane || node.x < lane.x || node.x + node.width > lane.x + lane.width + 0.01) found.push(`${node.id} is not inside lane ${node.lane}`);
    }
  }
  return found;
}

describe('layoutFlow', () => {
  it.each(flowFixtureNames)('lays out %s with nothing overlapping and every text in its box', async (name) => {
    const layout = await layoutFlow(flowFixture(name));
    expect(problemsOf(layout)).toEqual([]);
    expect(layout.nodes.map((n) => n.id)).toEqual(flowFixture(name).nodes.map((n) => n.id));
  });

  it('gives the same model the same layout, run after run', async () => {
    const model = flowFixture('swimlanes');
    const a = await layoutFlow(model);
    forgetLayouts();
    const b = await layoutFlow(structuredClone(model));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const node of a.nodes) for (const v of [node.x, node.y, node.width, node.height]) expect(Math.round(v * 10) / 10).toBe(v);
  });

  it('reuses the drawing of a power with the same boxes, under the other power’s own title', () => {
    const first = flowFixture('branches');
    const second = { ...first, powerCode: 'XK-999', powerName: '另一项许可' };
    const reused = layoutFlowSync(second);
    expect(reused.model).toBe(second);
    expect(JSON.stringify(reused.nodes)).toBe(JSON.stringify(layoutFlowSync(first).nodes));
    const svg = renderFlowSvg(reused);
    expect(svg).toContain('另一项许可');
    expect(svg).not.toContain(first.powerName);
  });

  it('lays out afresh a power whose boxes differ by one word', () => {
    const first = flowFixture('branches');
    const changed = { ...first, nodes: first.nodes.map((n, i) => (i === 1 ? { ...n, label: `${n.label}并当场告知申请人需要补正的全部内容` } : n)) };
    const [a, b] = [layoutFlowSync(first), layoutFlowSync(changed)];
    expect(b.nodes[1]?.lines).not.toEqual(a.nodes[1]?.lines);
    expect(problemsOf(b)).toEqual([]);
  });

  it('leaves a decision by its corners: the branches start at the bottom, right or left vertex', async () => {
    const layout = await layoutFlow(flowFixture('branches'));
    for (const node of layout.nodes.filter((n) => n.kind === 'decision')) {
      const corners = [[node.x + node.width / 2, node.y + node.height], [node.x + node.width, node.y + node.height / 2], [node.x, node.y + node.height / 2]];
      for (const edge of layout.edges.filter((e) => e.from === node.id)) {
        const start = edge.points[0];
        expect(corners.some(([x, y]) => Math.abs((start?.x ?? 0) - (x ?? 0)) < 1 && Math.abs((start?.y ?? 0) - (y ?? 0)) < 1), `${edge.id} starts at a corner`).toBe(true);
      }
      const into = layout.edges.filter((e) => e.to === node.id).map((e) => e.points[e.points.length - 1]);
      for (const end of into) expect(Math.abs((end?.x ?? 0) - (node.x + node.width / 2))).toBeLessThan(1);
    }
  });

  it('draws lanes side by side over the whole chart, named in order, each holding its boxes', async () => {
    const model = flowFixture('swimlanes');
    const layout = await layoutFlow(model);
    expect(layout.lanes.map((l) => l.name)).toEqual(model.lanes);
    expect(layout.lanes[0]?.x).toBe(0);
    const last = layout.lanes[layout.lanes.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(layout.width, 1);
    for (const lane of layout.lanes) expect(lane.height).toBe(layout.height);
    // The lane names sit in a header above every box.
    expect(Math.min(...layout.nodes.map((n) => n.y))).toBeGreaterThanOrEqual(21 + 16);
  });

  it('makes the lane header tall enough for a long lane name, wrapped as the renderer wraps it', async () => {
    const base = flowFixture('swimlanes');
    const long = '行政机关负责人（分管副局长）及其授权的执法机构负责人';
    const model = { ...base, lanes: base.lanes.map((l, i) => (i === 1 ? long : l)), nodes: base.nodes.map((n) => (n.lane === base.lanes[1] ? { ...n, lane: long } : n)) };
    const layout = await layoutFlow(model);
    const lines = Math.max(...layout.lanes.map((lane) => laneNameLines(lane.name, lane.width).length));
    expect(lines).toBeGreaterThan(1);
    expect(Math.min(...layout.nodes.map((n) => n.y))).toBeGreaterThanOrEqual(lines * 21 + 16);
    expect(problemsOf(layout)).toEqual([]);
  });

  it('draws a chart without lanes without bands', async () => {
    expect((await layoutFlow(flowFixture('branches'))).lanes).toEqual([]);
  });

  it('drops an edge to a step that does not exist (the problem is marked on its source) and keeps the rest', async () => {
    const layout = await layoutFlow(flowFixture('problems'));
    expect(layout.edges.map((e) => e.id)).not.toContain('e5');
    expect(layout.edges).toHaveLength(6);
  });

  it('holds for every standard template and every power of the sample workbook', async () => {
    const failures: string[] = [];
    for (const model of [...templateFlows(), ...(await sampleFlows())]) failures.push(...problemsOf(await layoutFlow(model)).map((p) => `${model.powerCode}: ${p}`));
    expect(failures).toEqual([]);
    // About 50 ELK layouts: seconds alone, far longer on a machine busy with other suites.
  }, 120_000);

  it('holds for seeded random procedures, with lanes and without', async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const layout = await layoutFlow(randomFlow(seed, seed % 2 === 0));
      failures.push(...problemsOf(layout).map((p) => `seed ${seed}: ${p}`));
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
