// Cells that carry line breaks, ESC sequences and BEL reach the terminal and CI logs visibly, never raw: no cell
// starts a line of its own (`::warning::` would be a GitHub command), recolours the terminal or sets its title.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'quanze-terminal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const name = '排污\n::warning::pwned\u001b[31m许可';
const type = '坏类型\r::error::x\u001b]0;title\u0007';
const owner = '某局\r\n::notice::y\u009b';
const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
writeFileSync(join(tmp, '执法事项.csv'), `事项编码,事项名称,事项类型,实施主体\nXK-1,${quote(name)},${quote(type)},${quote(owner)}\nCF-1,罚款,行政处罚,${quote(owner)}\n`);

/**
 * Nothing that drives a terminal, and no line that a CI runner would take as a command, but for the annotations
 * the github format writes itself (each names its file).
 */
function expectInert(text: string, label: string): void {
  expect(text, label).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  for (const line of text.split('\n')) {
    if (/^::(?:error|warning|notice) file=/.test(line)) continue;
    expect(line, `${label}: ${line}`).not.toMatch(/^\s*::/);
  }
}

describe('control characters from cells', () => {
  it.each([
    ['check (stylish)', ['check', '执法事项.csv'], '::error::x'],
    ['check --format github', ['check', '执法事项.csv', '--format', 'github'], '::error::x'],
    ['classify (table)', ['classify', '执法事项.csv'], '::warning::pwned'],
    ['stats (table)', ['stats', '执法事项.csv'], '::notice::y'],
  ] as const)('%s shows them visibly, in zh and en', async (label, argv, shown) => {
    for (const lang of ['zh', 'en'] as const) {
      const io = fakeIo({ cwd: tmp, lang });
      expect(await run([...argv, '--lang', lang], io)).toBeLessThan(2);
      expectInert(io.stdout(), `${label} stdout`);
      expectInert(io.stderr(), `${label} stderr`);
      // The payload is there, only not at the start of a line.
      expect(io.stdout()).toContain(shown);
    }
  });

  it('the stylish report marks the break and the escape where they were', async () => {
    const io = fakeIo({ cwd: tmp, lang: 'en' });
    await run(['check', '执法事项.csv', '--lang', 'en'], io);
    expect(io.stdout()).toMatch(/坏类型 ⏎ ::error::x\u241b\]0;title\u2407/);
  });
});
