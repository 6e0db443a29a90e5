// renderFlowSvg: golden charts for the hand-made models, escaping of every cell, accessible and self-contained SVG, same bytes.

import { describe, expect, it } from 'vitest';
import { layoutFlow } from '../../src/flow/layout.js';
import { renderFlowSvg } from '../../src/flow/svg.js';
import { flowFixture, flowFixtureNames, sampleFlows, templateFlows } from '../helpers/flow-models.js';

describe('renderFlowSvg', () => {
  it.each(flowFixtureNames)('%s matches its golden SVG', async (name) => {
    const svg = renderFlowSvg(await layoutFlow(flowFixture(name)));
    await expect(svg).toMatchFileSnapshot(`../golden/flow/${name}.svg`);
  });

  it.each(templateFlows().map((model) => [model.origin.kind === 'template' ? model.origin.templateId : '', model] as const))('draws the %s template as its golden SVG', async (id, model) => {
    await expect(renderFlowSvg(await layoutFlow(model))).toMatchFileSnapshot(`../golden/flow/template-${id}.svg`);
  });

  it('draws every power of the sample workbook', async () => {
    for (const model of await sampleFlows()) {
      const svg = renderFlowSvg(await layoutFlow(model));
      expect(svg, model.powerCode).toMatch(/^<svg [^>]*role="img"/u);
      for (const node of model.nodes) expect(svg).toContain(`data-node="${node.id}"`);
    }
  });

  it('writes the same bytes for the same model', async () => {
    const model = flowFixture('swimlanes');
    expect(renderFlowSvg(await layoutFlow(model))).toBe(renderFlowSvg(await layoutFlow(model)));
  });

  it('keeps hostile cells as text: no markup, no CDATA end, no comment end, no bare quote from a cell', async () => {
    const svg = renderFlowSvg(await layoutFlow(flowFixture('hostile')));
    expect(svg).not.toMatch(/<script|<b>|<img|<svg onload|<a href|<i>/u);
    expect(svg).not.toContain(']]>');
    expect(svg).not.toContain('-->');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain(']]&gt;审核 --&gt;');
    // Every tag is one quanze writes.
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/gu)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['desc', 'g', 'path', 'rect', 'svg', 'text', 'title']);
  });

  it('is an accessible image: role, a title and a description it is labelled by, a viewBox', async () => {
    const svg = renderFlowSvg(await layoutFlow(flowFixture('branches')));
    const root = /^<svg [^>]*>/u.exec(svg)?.[0] ?? '';
    expect(root).toContain('role="img"');
    expect(root).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/u);
    const [, title, desc] = /aria-labelledby="([^ "]+) ([^ "]+)"/u.exec(root) ?? [];
    expect(svg).toContain(`<title id="${title}">对违反规定排放大气污染物的处罚（330217002000）执法流程图</title>`);
    expect(svg).toContain(`<desc id="${desc}">行政处罚，共13步：1. 发现违法线索；2. 符合立案标准？；3. 立案（法定：自发现线索起15日）`);
  });

  it('uses ids unique to the chart, or the caller\'s prefix', async () => {
    const ids = (svg: string): string[] => [...svg.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1] ?? '');
    const a = ids(renderFlowSvg(await layoutFlow(flowFixture('branches'))));
    const b = ids(renderFlowSvg(await layoutFlow(flowFixture('swimlanes'))));
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(ids(renderFlowSvg(await layoutFlow(flowFixture('linear')), { id: 'chart-1' }))).toEqual(['chart-1-title', 'chart-1-desc']);
    expect(ids(renderFlowSvg(await layoutFlow(flowFixture('hostile'))))).toEqual(expect.arrayContaining([expect.stringMatching(/^qzf-[0-9a-f]{10}-title$/u)]));
  });

  it('loads nothing: no external font, link, image or stylesheet', async () => {
    for (const name of flowFixtureNames) {
      const svg = renderFlowSvg(await layoutFlow(flowFixture(name)));
      expect(svg).not.toMatch(/href="|@import|@font-face|url\((?!#)|<image|<a[ >]|<style|<foreignObject/u);
    }
  });

  it('shows every time limit, statutory and promised, and every problem on the chart as text', async () => {
    const branches = renderFlowSvg(await layoutFlow(flowFixture('branches')));
    for (const limit of ['法定：自立案起90日', '承诺：60日', '时限：10个工作日', '承诺：5个工作日', '法定：7个工作日']) expect(branches).toContain(`>${limit}</text>`);
    expect(renderFlowSvg(await layoutFlow(flowFixture('linear')))).toContain('>法定：当场</text>');
    const problems = renderFlowSvg(await layoutFlow(flowFixture('problems')));
    expect(problems).toContain('data-problem="cycle"');
    expect(problems).toContain('data-problem="unreachable"');
    expect(problems).toContain('问题：没有步骤通向此步骤');
    // The whole flow's problem (no node to mark) is written under the chart.
    expect(problems).toContain('data-role="note">问题：从开始出发到不了结束</text>');
    expect(renderFlowSvg(await layoutFlow(flowFixture('problems'), { lang: 'en' }), { lang: 'en' })).toContain('Problem: no step leads here');
  });

  it('draws decisions as diamonds, lanes as named bands, the remedy as a note, and leaves the heading out on request', async () => {
    const svg = renderFlowSvg(await layoutFlow(flowFixture('swimlanes')), { heading: false });
    expect(svg).not.toContain('data-role="heading"');
    expect(svg.match(/data-kind="decision"><title>[^<]*<\/title><path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+z"/gu)).toHaveLength(3);
    for (const lane of ['承办人员', '法制审核机构', '行政机关负责人']) expect(svg).toContain(`data-role="lane">${lane}</text>`);
    expect(svg).toContain('data-kind="remedy"');
  });
});
