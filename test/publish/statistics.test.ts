// The site's statistics page and `quanze stats` agree: the same tables, cell for cell, on the sample and on a batch.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { hostile, publish, root, sample, text } from './site.js';

/** The rows of each table in `quanze stats --format markdown`, heads first. */
async function cliTables(sources: readonly string[], by: 'department' | 'level'): Promise<string[][][]> {
  const io = fakeIo({ cwd: root, lang: 'zh' });
  await run(['stats', ...sources, '--by', by, '--format', 'markdown'], io);
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of io.stdout().split('\n')) {
    if (!line.startsWith('|')) { current = undefined; continue; }
    if (/^\|( ?-+:? \|)+$/u.test(line.replace(/---:?/gu, '-'))) continue;
    const cells = line.slice(2, -2).split(' | ').map((cell) => cell.replace(/\\(.)/gu, '$1'));
    if (current === undefined) tables.push((current = []));
    current.push(cells);
  }
  return tables;
}

/** The rows of each table of a page (heads first), as text. */
function pageTables(page: string): string[][][] {
  const unescape = (s: string): string => s.replace(/<[^>]+>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
  return [...page.matchAll(/<table>([\s\S]*?)<\/table>/gu)].map(([, table = '']) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(([, row = '']) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gu)].map(([, cell = '']) => unescape(cell))),
  );
}

describe('the statistics page', () => {
  it.each([
    ['the sample', [sample]],
    ['a batch with the hostile fixture', [sample, hostile]],
  ])('shows the tables quanze stats prints, for %s', async (_name, sources) => {
    const page = text((await publish(sources, { allowErrors: true })).get('statistics.html'));
    const [departments, levels] = pageTables(page);
    const [cliDepartments] = await cliTables(sources, 'department');
    const [cliLevels] = await cliTables(sources, 'level');
    expect(cliDepartments?.length).toBeGreaterThan(1);
    expect(departments).toEqual(cliDepartments);
    expect(levels).toEqual(cliLevels);
  });

  it('counts the sample as stats does: 34 powers, 3 licensing, 22 penalties', async () => {
    const [departments] = pageTables(text((await publish([sample])).get('statistics.html')));
    expect(departments?.[0]).toEqual(['部门', '许可', '处罚', '强制', '检查', '奖励', '其他', '合计']);
    expect(departments?.[1]).toEqual(['XX市生态环境局', '3', '22', '4', '1', '1', '3', '34']);
  });
});
