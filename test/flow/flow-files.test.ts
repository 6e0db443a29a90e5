// drawFlowCharts: one file per power, safely and stably named, one folder per department, --power for one.

import { describe, expect, it } from 'vitest';
import { drawFlowCharts } from '../../src/flow/index.js';
import { inventoryOf } from '../helpers/inventory.js';

const long = 'X'.repeat(300);
const inventory = inventoryOf({
  powers: [
    { code: 'XK-001', name: '许可', type: 'licensing' },
    { code: '../x', name: '路径', type: 'other' },
    { code: 'a/b', name: '斜杠', type: 'other' },
    { code: long, name: '很长', type: 'other' },
    { code: 'CON', name: '设备名', type: 'other' },
    { code: 'xk-001', name: '大小写不同', type: 'other' },
    { code: 'XK-001', name: '许可', subItem: '子项', type: 'licensing' },
    { name: '无编码', type: 'other' },
  ],
});

describe('drawFlowCharts', () => {
  it('names every chart uniquely and safely, the same way each run', async () => {
    const { files } = await drawFlowCharts([{ inventory }], { format: 'mermaid' });
    const paths = files.map((f) => f.path);
    expect(paths).toHaveLength(8);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(8);
    for (const path of paths) {
      expect(path).toMatch(/^[0-9A-Za-z][0-9A-Za-z_~-]*\.mmd$/);
      expect(path.length).toBeLessThan(120);
    }
    expect(paths[0]).toBe('XK-001.mmd');
    expect(paths[4]).not.toMatch(/^CON\./i);
    expect(paths[6]).toBe('XK-001-2.mmd');
    const again = await drawFlowCharts([{ inventory }], { format: 'mermaid' });
    expect(again.files).toEqual(files);
  });

  it('puts a batch in a folder per department and draws one code with --power', async () => {
    const { files } = await drawFlowCharts([{ inventory, folder: 'dept-a' }, { inventory, folder: 'dept-b' }], { format: 'json', power: 'xk-001' });
    // The code compares like codes do (case and width aside): both powers named XK-001 and the one named xk-001.
    const paths = files.map((f) => f.path);
    expect(paths.map((p) => p.split('/')[0])).toEqual(['dept-a', 'dept-a', 'dept-a', 'dept-b', 'dept-b', 'dept-b']);
    expect(paths.slice(0, 3)).toEqual(paths.slice(3).map((p) => p.replace('dept-b', 'dept-a')));
    expect(paths[0]).toBe('dept-a/XK-001.json');
    expect(paths[1]).toMatch(/^dept-a\/XK-001~[0-9a-f]{12}\.json$/);
    expect(paths[2]).toBe('dept-a/XK-001-2.json');
    // json is the laid-out graph, which carries its model.
    const { model } = JSON.parse(String(files[0]?.contents)) as { model: { powerCode: string; origin: unknown } };
    expect(model).toMatchObject({ powerCode: 'XK-001', origin: { kind: 'template', templateId: 'licensing' } });
  });

  it('refuses a --power code no inventory holds', async () => {
    await expect(drawFlowCharts([{ inventory }], { format: 'mermaid', power: 'NOPE' })).rejects.toMatchObject({
      code: 'bad-arguments',
      text: { zh: expect.stringContaining('NOPE'), en: expect.stringContaining('--power') },
    });
  });

  it('reports progress chart by chart', async () => {
    const seen: string[] = [];
    await drawFlowCharts([{ inventory }], { format: 'mermaid', onChart: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen.at(-1)).toBe('8/8');
  });
});
