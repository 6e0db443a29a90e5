// Every power page carries its procedure flowchart inline, and pages with many charts (the booklets) keep every id unique.

import { describe, expect, it } from 'vitest';
import { publish, sample, text } from './site.js';

const charts = (page: string): string[] => page.match(/<svg [^>]*class="quanze-flow"[^>]*>/gu) ?? [];
const ids = (page: string): string[] => [...page.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1] ?? '');

describe('flowcharts on the site', () => {
  it('draws one accessible chart on every power page, labelled by its own title and description', async () => {
    const files = await publish([sample], { allowErrors: true });
    const pages = [...files.keys()].filter((path) => path.startsWith('powers/') && path.endsWith('.html'));
    expect(pages.length).toBe(34);
    for (const path of pages) {
      const page = text(files.get(path));
      const [svg] = charts(page);
      expect(charts(page), path).toHaveLength(1);
      expect(svg).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/u.exec(svg ?? '')?.[1]?.split(' ') ?? [];
      expect(labelledBy).toHaveLength(2);
      for (const id of labelledBy) expect(ids(page), `${path} has no element ${id}`).toContain(id);
      expect(page).toContain('流程图文字版');
    }
  });

  it('draws a power with 执法流程 rows from them and one without from its act type’s template, saying which', async () => {
    const files = await publish([sample], { allowErrors: true });
    const fromSteps = text(files.get([...files.keys()].find((p) => p.endsWith('/XK-001.html')) ?? ''));
    const fromTemplate = text(files.get([...files.keys()].find((p) => p.endsWith('/CF-018.html')) ?? ''));
    expect(fromSteps).toContain('依清单“执法流程”表绘制');
    expect(fromSteps).toMatch(/data-role="label">材料审查</u);
    expect(fromTemplate).toContain('图为行政处罚的标准程序');
    // CF-018 is a penalty marked for 法制审核: the mandatory review step is on its chart.
    expect(fromTemplate).toMatch(/data-role="label">法制审核/u);
  });

  it('prints a batch as one volume per department, each chart in it with ids of its own', async () => {
    const files = await publish([sample, sample], { allowErrors: true });
    const contents = text(files.get('booklet.html'));
    const volumes = [...files.keys()].filter((path) => path.startsWith('booklets/'));
    expect(volumes).toHaveLength(2);
    expect(charts(contents)).toEqual([]);
    for (const volume of volumes) {
      expect(contents).toContain(`href="${volume}"`);
      const booklet = text(files.get(volume));
      expect(charts(booklet)).toHaveLength(34);
      const all = ids(booklet);
      expect(all.length).toBeGreaterThan(34 * 3);
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    }
  });
});
