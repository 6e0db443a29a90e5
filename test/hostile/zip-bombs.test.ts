// Zip bombs, honest and lying about their sizes, refused by every command that reads a workbook: exit 2, one line
// in Chinese and in English, quickly and in little memory (measured in the child: see measure.mjs). Before the
// inflating guard, the lying ones ran 18–27 s at up to 7.3 GB and passed as "no problems".

import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateInventory } from '../../src/annotate/index.js';
import { annotateCopy } from '../../src/classify-inputs/index.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { guardWorkbookBytes } from '../../src/ingest/index.js';
import { findZipLie } from '../../src/ingest/zip-inflate.js';
import { defaultLimits } from '../../src/ingest/limits.js';
import { makeBombs } from '../fixtures/hostile/make-bombs.mjs';
import { runCli, type CliRun } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'quanze-bombs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const names = ['lie-0.xlsx', 'lie-1000.xlsx', 'lie-5mb.xlsx', 'honest.xlsx'] as const;

beforeAll(() => {
  makeBombs(dir, 2.6);
}, 60_000);

/** One refusal line naming the file, exit 2, in bounded CPU time and memory. */
function expectRefused(run: CliRun, file: string, lang: 'zh' | 'en'): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^quanze: [^\n]+\n$/);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toContain(lang === 'zh' ? '未读取' : 'was not read');
  // CPU time, not wall time: the suite shares two cores with other processes. Before the guard: 27 s and 7.3 GB.
  expect(run.cpuSeconds).toBeLessThan(10);
  expect(run.wallSeconds).toBeLessThan(60);
  expect(run.peakMb).toBeGreaterThan(0);
  expect(run.peakMb).toBeLessThan(1024);
}

describe.concurrent('zip bombs through quanze check', () => {
  // Every bomb in Chinese, two of them in English too (each child costs a CLI start-up).
  for (const name of names) {
    for (const lang of name === 'lie-0.xlsx' || name === 'honest.xlsx' ? (['zh', 'en'] as const) : (['zh'] as const)) {
      it(`refuses ${name} (${lang})`, async () => {
        const run = await runCli(['check', name, '--lang', lang], { cwd: dir });
        expectRefused(run, name, lang);
        if (name !== 'honest.xlsx') expect(run.stderr).toContain(lang === 'zh' ? '压缩炸弹' : 'zip bomb');
        if (name === 'lie-1000.xlsx') expect(run.stderr).toContain(lang === 'zh' ? '声明解压后1,000字节' : 'declares 1,000 bytes');
      }, 120_000);
    }
  }
});

describe.concurrent('a lying bomb through every command that opens a workbook', () => {
  const commands: readonly (readonly string[])[] = [
    ['check', 'lie-0.xlsx', '--annotate', 'out.xlsx'],
    ['classify', 'lie-0.xlsx', '--write', 'out.xlsx'],
    ['stats', 'lie-0.xlsx'],
    ['diff', 'lie-0.xlsx', 'lie-1000.xlsx'],
    ['publish', 'lie-0.xlsx', '-o', 'site'],
    ['flow', 'lie-0.xlsx', '-o', 'charts'],
  ];
  for (const args of commands) {
    it(args.join(' '), async () => {
      expectRefused(await runCli([...args, '--lang', 'en'], { cwd: dir }), 'lie-0.xlsx', 'en');
    }, 120_000);
  }
});

describe('the guard itself', () => {
  it('finds each lie after inflating no more than the declared size and one chunk', async () => {
    for (const name of ['lie-0.xlsx', 'lie-1000.xlsx', 'lie-5mb.xlsx']) {
      const lie = await findZipLie(await readFile(join(dir, name)), defaultLimits);
      expect(lie?.kind).toBe('size');
      expect(lie?.entry).toBe('xl/worksheets/sheet1.xml');
      expect(lie?.inflated).toBeLessThanOrEqual((lie?.declared ?? 0) + (1 << 20) + (1 << 20));
    }
  });

  it('lets a real workbook through and inflates it whole', async () => {
    const bytes = await readFile(new URL('../fixtures/ingest/basic.xlsx', import.meta.url));
    expect(await findZipLie(bytes, defaultLimits)).toBeUndefined();
    await expect(guardWorkbookBytes(bytes, 'basic.xlsx')).resolves.toBeUndefined();
  });

  it('catches a budget passed by entries that tell the truth about their sizes but not their compression', async () => {
    const bytes = await readFile(join(dir, 'lie-5mb.xlsx'));
    const lie = await findZipLie(bytes, { ...defaultLimits, maxUncompressedBytes: 2 * 1024 * 1024 });
    expect(lie?.kind).toBe('total');
  });

  it('refuses an archive that relies on a zip64 end record, which SheetJS would read differently', async () => {
    const bytes = Buffer.from(await readFile(new URL('../fixtures/ingest/basic.xlsx', import.meta.url)));
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt32LE(0xffffffff, end + 16);
    const error = await guardWorkbookBytes(bytes, 'zip64.xlsx').then(() => undefined, (caught: unknown) => caught);
    expect((error as ToolkitError).code).toBe('input-zip-bomb');
    expect((error as ToolkitError).describe('en')).toContain('zip64');
  });

  it('guards the annotated copies (check --annotate) and classify --write, whatever reading did', async () => {
    const expectBomb = async (work: Promise<unknown>): Promise<void> => {
      const error = await work.then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(ToolkitError);
      expect((error as ToolkitError).code).toBe('input-zip-bomb');
    };
    const absolutePath = join(dir, 'lie-1000.xlsx');
    await expectBomb(annotateInventory({ source: 'lie-1000.xlsx', absolutePath, tables: [] }, [], { lang: 'en' }));
    const table = { kind: 'powers', file: 'lie-1000.xlsx', sheet: '执法事项', headerRow: 1, columns: [], rows: [] } as const;
    await expectBomb(annotateCopy(table as never, [], { cwd: dir, lang: 'en', format: 'xlsx' }));
  });
});
