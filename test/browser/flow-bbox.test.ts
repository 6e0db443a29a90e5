// Flowcharts in Chromium with Noto Sans CJK: boxes apart, every text inside its box, quanze's label widths within 5 % of the browser's.

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFlow } from '../../src/flow/layout.js';
import { textWidth } from '../../src/flow/measure.js';
import { renderFlowSvg } from '../../src/flow/svg.js';
import type { FlowModel } from '../../src/flow/types.js';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';
import { flowFixture, flowFixtureNames, randomFlow, sampleFlows, templateFlows } from '../helpers/flow-models.js';

interface Rect { x: number; y: number; width: number; height: number }
interface MeasuredText { role: string; text: string; size: number; length: number; box: Rect }
interface MeasuredNode { id: string; kind: string; box: Rect; texts: MeasuredText[] }
interface MeasuredChart { power: string; nodes: MeasuredNode[]; labels: { rect: Rect; texts: MeasuredText[] }[]; parseError: string | null; text: string }

const handMade: FlowModel[] = [...flowFixtureNames.map((name) => flowFixture(name)), ...[3, 8, 11, 14].map((seed) => randomFlow(seed, seed % 2 === 0))];

/** Every chart on the page, measured by the browser. */
function measureCharts(page: Page): Promise<MeasuredChart[]> {
  return page.evaluate(() => {
    const rect = (r: DOMRect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const texts = (parent: Element): MeasuredText[] =>
      [...parent.querySelectorAll('text')].map((t) => ({
        role: t.getAttribute('data-role') ?? '',
        text: t.textContent ?? '',
        size: Number(t.getAttribute('font-size')),
        length: t.getComputedTextLength(),
        box: rect(t.getBBox()),
      }));
    return [...document.querySelectorAll('svg.quanze-flow')].map((svg) => {
      const nodes = [...svg.querySelectorAll('g[data-node]')].map((g) => {
        const shape = g.querySelector('rect, path') as SVGGraphicsElement;
        return { id: g.getAttribute('data-node') ?? '', kind: g.getAttribute('data-kind') ?? '', box: rect(shape.getBBox()), texts: texts(g) };
      });
      const labels = [...svg.querySelectorAll('g[data-edge]')].flatMap((g) => {
        const r = g.querySelector('rect');
        return r ? [{ rect: rect(r.getBBox()), texts: texts(g) }] : [];
      });
      const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
      const error = parsed.querySelector('parsererror');
      return { power: svg.getAttribute('data-power') ?? '', nodes, labels, parseError: error ? error.textContent : null, text: svg.textContent ?? '' };
    });
  });
}

const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
const inside = (inner: Rect, outer: Rect, slack = 0.5): boolean =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
/** A rectangle inside a diamond: each corner within |dx|/(w/2) + |dy|/(h/2) ≤ 1 of its centre. */
const insideDiamond = (inner: Rect, d: Rect): boolean => {
  const [cx, cy] = [d.x + d.width / 2, d.y + d.height / 2];
  return [inner.x, inner.x + inner.width].every((x) => [inner.y, inner.y + inner.height].every((y) => Math.abs(x - cx) / (d.width / 2) + Math.abs(y - cy) / (d.height / 2) <= 1.01));
};

describe.skipIf(!browserAvailable())('flowcharts in Chromium', () => {
  let browser: Browser;
  let charts: MeasuredChart[];
  let ids: string[];
  let models: FlowModel[];

  beforeAll(async () => {
    browser = await launchBrowser();
    // Every chart of the sample workbook, every standard template, the hand-made models and a few random ones.
    models = [...(await sampleFlows()), ...templateFlows(), ...handMade];
    const svgs = await Promise.all(models.map(async (model) => renderFlowSvg(await layoutFlow(model))));
    const page = await browser.newPage();
    // Several charts inlined into one page, as publish will.
    await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>charts</title></head><body>${svgs.join('\n')}</body></html>`);
    charts = await measureCharts(page);
    ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    await page.close();
    // ELK's first layouts in a process run before the JIT has warmed up, on a machine busy with other tests.
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every chart, each a well-formed SVG document', () => {
    expect(charts.map((c) => c.power)).toEqual(models.map((m) => m.powerCode));
    for (const chart of charts) expect(chart.parseError, chart.power).toBeNull();
  });

  it('has ids unique on a page holding several charts', () => {
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('keeps hostile cells as text', () => {
    const hostile = charts.find((c) => c.power === flowFixture('hostile').powerCode);
    expect(hostile?.text).toContain('<script>alert("x")</script>');
    expect(hostile?.text).toContain(']]> 材料"齐全"？ -->');
  });

  it('overlaps no two boxes (nor a branch label and a box)', () => {
    const found: string[] = [];
    for (const chart of charts) {
      const boxes = [...chart.nodes.map((n) => ({ name: n.id, box: n.box })), ...chart.labels.map((l, i) => ({ name: `label ${i} ${l.texts[0]?.text}`, box: l.rect }))];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a && b && overlap(a.box, b.box)) found.push(`${chart.power}: ${a.name} overlaps ${b.name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('lets no text leave its box (diamonds included) or its branch label', () => {
    const found: string[] = [];
    for (const chart of charts) {
      for (const node of chart.nodes) for (const t of node.texts) {
        const ok = node.kind === 'decision' ? insideDiamond(t.box, node.box) : inside(t.box, node.box);
        if (!ok) found.push(`${chart.power}: "${t.text}" leaves ${node.id}`);
      }
      for (const label of chart.labels) for (const t of label.texts) if (!inside(t.box, label.rect)) found.push(`${chart.power}: "${t.text}" leaves its label`);
    }
    expect(found).toEqual([]);
  });

  it('measures every line within 5 % of what Chromium renders', () => {
    const found: string[] = [];
    for (const chart of charts) {
      const texts = [...chart.nodes.flatMap((n) => n.texts), ...chart.labels.flatMap((l) => l.texts)];
      for (const t of texts) {
        if (t.length === 0) continue;
        const ours = textWidth(t.text, t.size);
        const error = Math.abs(ours - t.length) / t.length;
        if (error > 0.05) found.push(`${chart.power}: "${t.text}" ours ${ours.toFixed(1)} px, Chromium ${t.length.toFixed(1)} px (${(error * 100).toFixed(1)} %)`);
      }
    }
    expect(found).toEqual([]);
  });
});
