// `check --shard K/N --outcome` and `quanze merge` in-process: the merged report equals one check's, also for a run
// of one inventory; every refusal (bad K/N, a malformed line, a shard missing, given twice or of another run) exits
// 2 with one line that names the file and line, in Chinese and in English.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { fakeIo } from '../helpers/fake-io.js';
import { shardBatch } from './shard-batch.js';

async function quanze(dir: string, args: readonly string[], lang: Lang = 'zh') {
  const io = fakeIo({ cwd: dir, lang });
  const code = await run(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

let dir = '';
beforeAll(async () => {
  dir = shardBatch();
  for (const k of [1, 2]) {
    const shard = await quanze(dir, ['check', '.', '--shard', `${k}/2`, '--outcome', `out/run-${k}.jsonl`, '--no-report']);
    expect(shard.code).toBe(0);
    expect(shard.out).toBe('');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (file: string): string[] => readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
function writeLines(file: string, content: readonly string[]): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), `${content.join('\n')}\n`);
}

describe('quanze merge', () => {
  it('prints what one check prints, batch findings and the unreadable input included, with its exit code', async () => {
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = await quanze(dir, ['check', '.', '-f', format]);
      const merged = await quanze(dir, ['merge', 'out/run-2.jsonl', 'out/run-1.jsonl', '-f', format]);
      expect(merged.out).toBe(one.out);
      expect(merged.err).toBe(one.err);
      expect(merged.code).toBe(2);
      expect(one.code).toBe(2);
    }
    expect((await quanze(dir, ['merge', 'out', '-f', 'json'])).out).toContain('"ruleId": "batch-power-overlap"');
  });

  it('writes -o and --summary like check', async () => {
    await quanze(dir, ['check', '.', '-o', 'one.json', '-f', 'json', '--summary', 'one.csv']);
    await quanze(dir, ['merge', 'out', '-o', 'merged.json', '-f', 'json', '--summary', 'merged.csv']);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe(readFileSync(join(dir, 'one.csv'), 'utf8'));
  });

  it('records and applies a --baseline like check', async () => {
    const recorded = await quanze(dir, ['merge', 'out', '--baseline', 'merged-baseline.json', '--update-baseline']);
    expect((await quanze(dir, ['check', '.', '--baseline', 'one-baseline.json', '--update-baseline'])).err).toBe(recorded.err.replace('merged-baseline', 'one-baseline'));
    expect(readFileSync(join(dir, 'merged-baseline.json'), 'utf8')).toBe(readFileSync(join(dir, 'one-baseline.json'), 'utf8'));
    const merged = await quanze(dir, ['merge', 'out', '--baseline', 'one-baseline.json', '-f', 'json']);
    expect(merged).toEqual(await quanze(dir, ['check', '.', '--baseline', 'one-baseline.json', '-f', 'json']));
    expect(JSON.parse(merged.out).diagnostics).toEqual([]);
  });

  it('equals check for a run of one inventory (no batch facts), and for one that cannot be read', async () => {
    for (const input of ['parks.xlsx', 'broken.xlsx']) {
      for (const k of [1, 2]) expect((await quanze(dir, ['check', input, '--shard', `${k}/2`, '--outcome', `one/${input}-${k}.jsonl`, '--no-report'])).code).toBe(0);
      const one = await quanze(dir, ['check', input, '-f', 'json', '--max-warnings', '0']);
      const merged = await quanze(dir, ['merge', `one/${input}-1.jsonl`, `one/${input}-2.jsonl`, '-f', 'json', '--max-warnings', '0']);
      expect(merged).toEqual(one);
      expect(one.code).toBe(input === 'broken.xlsx' ? 2 : 1);
    }
    expect(readFileSync(join(dir, 'one/parks.xlsx-1.jsonl'), 'utf8') + readFileSync(join(dir, 'one/parks.xlsx-2.jsonl'), 'utf8')).toContain('"kind":"alone"');
  });

  it('prints the report of its share unless --no-report, and exits 0 once the outcome is written', async () => {
    const shard = await quanze(dir, ['check', '.', '--shard', '1/2', '--outcome', 'share/again-1.jsonl', '-f', 'json']);
    expect(shard.code).toBe(0);
    expect(JSON.parse(shard.out).diagnostics).not.toContainEqual(expect.objectContaining({ ruleId: 'batch-power-overlap' }));
    // The unreadable input is named in the log of the shard that holds it, as check names it; the exit code stays 0.
    const holdsBroken = readFileSync(join(dir, 'out/run-1.jsonl'), 'utf8').includes('"source":"broken.xlsx"');
    const brokenLine = holdsBroken ? 'quanze: “broken.xlsx”不是电子表格[^\n]*\n' : '';
    expect(shard.err).toMatch(new RegExp(`^${brokenLine}已写入 share/again-1\\.jsonl：第 1/2 份，\\d 个清单（共 4 个）\\n$`, 'u'));
    const other = await quanze(dir, ['check', '.', '--shard', '2/2', '--outcome', 'share/again-2.jsonl', '--no-report']);
    expect(other.err.includes('broken.xlsx')).toBe(!holdsBroken);
    const english = await quanze(dir, ['check', '.', '--shard', '1/2', '--outcome', 'en/again-1.jsonl', '--no-report'], 'en');
    expect(english).toMatchObject({ code: 0, out: '' });
    expect(english.err.split('\n').at(-2)).toMatch(/^wrote en\/again-1\.jsonl: shard 1\/2, \d of 4 inventories$/u);
    expect(readFileSync(join(dir, 'share/again-1.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'out/run-1.jsonl'), 'utf8'));
  });
});

describe('refusals', () => {
  /** Runs merge in both languages; each must exit 2 with one line matching its pattern. */
  async function refuses(args: readonly string[], zh: RegExp, en: RegExp): Promise<void> {
    for (const [lang, pattern] of [['zh', zh], ['en', en]] as const) {
      const result = await quanze(dir, [...args, '--lang', lang]);
      expect(result.code, result.err).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toMatch(pattern);
      expect(result.err.trim().split('\n')).toHaveLength(1);
    }
  }

  it('refuses a bad --shard, --shard without --outcome and the reverse, and --baseline with --shard', async () => {
    const check = (shard: string): string[] => ['check', '.', '--shard', shard, '--outcome', 'x.jsonl'];
    await refuses(check('0/3'), /--shard.*K 须在 1 到 3 之间/u, /--shard.*K must be 1 to 3/u);
    await refuses(check('4/3'), /K 须在 1 到 3 之间/u, /K must be 1 to 3/u);
    await refuses(check('2'), /须写成 K\/N/u, /write it as K\/N/u);
    await refuses(['check', '.', '--shard', '1/2'], /--shard 需要同时给出 --outcome/u, /--shard needs --outcome/u);
    await refuses(['check', '.', '--outcome', 'x.jsonl'], /--outcome 需要同时给出 --shard/u, /--outcome needs --shard/u);
    await refuses(['check', '.', '--no-report'], /--no-report 需要同时给出 --shard/u, /--no-report needs --shard/u);
    await refuses([...check('1/2'), '--baseline', 'b.json', '--update-baseline'], /--baseline 不能与 --shard 同用/u, /--baseline cannot be used with --shard/u);
    await refuses([...check('1/2'), '--baseline', 'b.json'], /--baseline 不能与 --shard 同用/u, /--baseline cannot be used with --shard/u);
    await refuses(['check', '.', '--shard', '1/2', '--outcome', 'parks.xlsx'], /--outcome parks\.xlsx 会覆盖输入/u, /--outcome parks\.xlsx would overwrite/u);
  });

  it('refuses a malformed line, naming the file and line', async () => {
    const good = lines('out/run-1.jsonl');
    writeLines('bad/cut.jsonl', [good[0] ?? '', '{"index": 0, "sou']);
    await refuses(['merge', 'bad/cut.jsonl', 'out/run-2.jsonl'], /bad\/cut\.jsonl 第 2 行：不是一行 JSON/u, /bad\/cut\.jsonl line 2: not a line of JSON/u);
    writeLines('bad/shape.jsonl', [good[0] ?? '', '{"index": 0, "source": "x.xlsx", "outcome": {"kind": "checked"}}']);
    await refuses(['merge', 'bad/shape.jsonl', 'out/run-2.jsonl'], /shape\.jsonl 第 2 行：不是一条完整的清单检查结果/u, /shape\.jsonl line 2: not a complete outcome/u);
    writeLines('bad/other.jsonl', ['{"hello": "world"}']);
    await refuses(['merge', 'bad/other.jsonl'], /other\.jsonl 第 1 行：不是 quanze check --outcome 写出的结果文件/u, /other\.jsonl line 1: not an outcome file/u);
    writeLines('bad/empty.jsonl', []);
    writeFileSync(join(dir, 'bad/empty.jsonl'), '');
    await refuses(['merge', 'bad/empty.jsonl'], /empty\.jsonl 第 1 行：文件是空的/u, /empty\.jsonl line 1: the file is empty/u);
    writeLines('bad/future.jsonl', [(good[0] ?? '').replace('"format":1', '"format":2'), ...good.slice(1)]);
    await refuses(['merge', 'bad/future.jsonl'], /格式为第 2 版/u, /outcome format 2/u);
    writeLines('bad/short.jsonl', good.slice(0, -1));
    await refuses(['merge', 'bad/short.jsonl', 'out/run-2.jsonl'], new RegExp(`short\\.jsonl 第 ${good.length} 行：文件在第 \\d 个清单后结束`, 'u'), /short\.jsonl line \d: the file ends after \d of the \d inventories/u);
    writeLines('bad/long.jsonl', [...good, good.at(-1) ?? '']);
    await refuses(['merge', 'bad/long.jsonl', 'out/run-2.jsonl'], /long\.jsonl 第 \d 行：多于文件头所记的/u, /long\.jsonl line \d: more inventories than/u);
    await refuses(['merge', 'bad/nothing.jsonl'], /找不到结果文件 bad\/nothing\.jsonl：请检查路径，或重新运行写出它的 quanze check --shard/u, /outcome file bad\/nothing\.jsonl not found: check the path, or re-run the quanze check --shard that writes it/u);
  });

  it('refuses a shard missing or given twice', async () => {
    await refuses(['merge', 'out/run-1.jsonl'], /缺少分片 2（共 2 个，收到 1 个）/u, /shard 2 of 2 missing \(1 given\)/u);
    writeLines('bad/copy-1.jsonl', lines('out/run-1.jsonl'));
    await refuses(['merge', 'out/run-1.jsonl', 'bad/copy-1.jsonl', 'out/run-2.jsonl'], /分片 1\/2 给了两次：out\/run-1\.jsonl 与 bad\/copy-1\.jsonl/u, /shard 1\/2 is given twice/u);
    // The same inventory in two files of one run: a hand-edited file.
    const [header, ...entries] = lines('out/run-2.jsonl');
    const moved = lines('out/run-1.jsonl')[1] ?? '';
    const stolen = JSON.parse(moved) as { index: number };
    writeLines('bad/two-2.jsonl', [header ?? '', ...[...entries, moved].sort((a, b) => (JSON.parse(a) as { index: number }).index - (JSON.parse(b) as { index: number }).index)]
      .map((line, at) => (at === 0 ? line.replace(/"inventories":\d+/u, `"inventories":${entries.length + 1}`) : line)));
    await refuses(['merge', 'out/run-1.jsonl', 'bad/two-2.jsonl'], new RegExp(`第 ${stolen.index + 1} 个清单（.*）也在 out/run-1\\.jsonl:2`, 'u'), new RegExp(`inventory ${stolen.index + 1} \\(.*\\) is also in out/run-1\\.jsonl:2`, 'u'));
  });

  it('refuses files whose inventories are not the run\'s: one left out, another renamed, a folder with none', async () => {
    const [header = '', first = '', ...rest] = lines('out/run-1.jsonl');
    const fewer = header.replace(/"inventories":(\d+)/u, (_, n: string) => `"inventories":${Number(n) - 1}`);
    writeLines('gap/run-1.jsonl', [fewer, ...rest]);
    const missing = (JSON.parse(first) as { index: number }).index + 1;
    await refuses(['merge', 'gap/run-1.jsonl', 'out/run-2.jsonl'], new RegExp(`各结果文件中都没有第 ${missing} 个清单（共 4 个）`, 'u'), new RegExp(`no outcome file holds inventory ${missing} of 4`, 'u'));
    const renamed = JSON.parse(first) as { source: string };
    writeLines('renamed/run-1.jsonl', [header, JSON.stringify({ ...renamed, source: `${renamed.source}-other` }), ...rest]);
    await refuses(['merge', 'renamed/run-1.jsonl', 'out/run-2.jsonl'], /结果文件中的清单与各分片所检查的输入列表不符/u, /not the list of inputs the shards were given/u);
    mkdirSync(join(dir, 'nothing-here'), { recursive: true });
    await refuses(['merge', 'nothing-here'], /文件夹 nothing-here 中没有结果文件（\.jsonl）/u, /folder nothing-here holds no outcome files \(\.jsonl\)/u);
  });

  it('refuses shards of different runs, another version, another language', async () => {
    expect((await quanze(dir, ['check', '.', '--shard', '2/2', '--outcome', 'en/run-2.jsonl', '--no-report', '--lang', 'en'])).code).toBe(0);
    await refuses(['merge', 'out/run-1.jsonl', 'en/run-2.jsonl'], /不是同一次运行的分片（检查选项/u, /shards of different runs \(their check options/u);
    expect((await quanze(dir, ['check', '.', '--shard', '2/3', '--outcome', 'three/run-2.jsonl', '--no-report'])).code).toBe(0);
    await refuses(['merge', 'out/run-1.jsonl', 'three/run-2.jsonl'], /分片数 N不同：3 与 2/u, /number of shards N differ: 3 and 2/u);
    expect((await quanze(dir, ['check', 'ecology.xlsx', 'parks.xlsx', '--shard', '2/2', '--outcome', 'fewer/run-2.jsonl', '--no-report'])).code).toBe(0);
    await refuses(['merge', 'out/run-1.jsonl', 'fewer/run-2.jsonl'], /清单总数不同/u, /number of inventories differ/u);
    const old = (file: string): string[] => lines(file).map((line, at) => (at === 0 ? line.replace(/"version":"[^"]*"/u, '"version":"0.0.1"') : line));
    writeLines('old/run-1.jsonl', old('out/run-1.jsonl'));
    writeLines('old/run-2.jsonl', old('out/run-2.jsonl'));
    await refuses(['merge', 'old/run-1.jsonl', 'out/run-2.jsonl'], /quanze 版本不同：0\.1\.0 与 0\.0\.1/u, /quanze version differ: 0\.1\.0 and 0\.0\.1/u);
    await refuses(['merge', 'old'], /old\/run-1\.jsonl 由 quanze 0\.0\.1 写出/u, /old\/run-1\.jsonl was written by quanze 0\.0\.1/u);
    const result = await quanze(dir, ['merge', 'out', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('quanze: the shards were checked with --lang zh; merge them with --lang zh too (findings are worded when checked)\n');
  });
});

describe('a shard\'s own files', () => {
  it('writes --summary and --annotate copies of its share even with --no-report, named as one run names them', async () => {
    const shard = await quanze(dir, ['check', 'ecology.xlsx', 'parks.xlsx', '--shard', '2/2', '--outcome', 'files/run-2.jsonl', '--no-report', '--summary', 'files/summary-2.csv', '--annotate', 'files/review']);
    expect(shard.code).toBe(0);
    expect(shard.out).toBe('');
    const summary = readFileSync(join(dir, 'files/summary-2.csv'), 'utf8').trim().split('\r\n');
    expect(summary).toHaveLength(2);
    const reviewed = readdirSync(join(dir, 'files/review'));
    expect(reviewed).toHaveLength(1);
    expect(summary[1]).toContain(reviewed[0]?.replace('.审核意见.xlsx', '.xlsx'));
  });

  it('refuses -o with --no-report', async () => {
    const result = await quanze(dir, ['check', '.', '--shard', '1/2', '--outcome', 'x.jsonl', '--no-report', '-o', 'r.txt']);
    expect(result).toEqual({ code: 2, out: '', err: 'quanze: --no-report 不输出报告：请去掉 -o 或 --no-report\n' });
  });
});
