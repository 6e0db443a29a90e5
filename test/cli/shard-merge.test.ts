// The shard/merge promise end to end: three real `check --shard K/3` processes of the built CLI over a batch (workbooks,
// a CSV folder whose power another department also claims, an unreadable file), merged, print byte for byte what one
// `quanze check` of the whole batch prints, in json and in stylish, with the same stderr and exit code.

import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, generateBatch, root } from '../batch/helpers.js';
import { shardBatch } from './shard-batch.js';

interface Ran {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** `node bin/quanze.js …` in `cwd`, as a separate process. */
function quanze(cwd: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'quanze.js'), ...args], { cwd, env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

let dir = '';
beforeAll(() => {
  buildDist();
  dir = shardBatch();
  // Four generated departments beside the samples, and a second unreadable file among them.
  const generated = generateBatch(4, 12, 2);
  for (const name of readdirSync(generated)) copyFileSync(join(generated, name), join(dir, name));
  rmSync(generated, { recursive: true, force: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('three shard processes, merged', () => {
  it('print what one check prints, in json and stylish', async () => {
    const shards = await Promise.all([1, 2, 3].map((k) => quanze(dir, ['check', '.', '--shard', `${k}/3`, '--outcome', `outcomes/shard-${k}.jsonl`, '--no-report'])));
    for (const shard of shards) expect(shard, shard.err).toMatchObject({ code: 0, out: '' });
    // Every inventory in exactly one shard: the shares add up to the whole.
    const counts = shards.map((shard) => /第 \d\/3 份，(\d+) 个清单（共 (\d+) 个）/u.exec(shard.err)?.slice(1).map(Number) ?? []);
    expect(counts.reduce((sum, [share = 0]) => sum + share, 0)).toBe(readdirSync(dir).filter((name) => name !== 'quanze.config.json' && name !== 'outcomes').length);
    expect(new Set(counts.map(([, total]) => total)).size).toBe(1);
    for (const format of ['json', 'stylish']) {
      const [one, merged] = await Promise.all([quanze(dir, ['check', '.', '-f', format]), quanze(dir, ['merge', 'outcomes', '-f', format])]);
      expect(one.code).toBe(2);
      expect(one.err).toMatch(/broken\.xlsx/u);
      expect(one.out).toContain('batch-power-overlap');
      expect(merged.out === one.out, `merge --format ${format} differs from check`).toBe(true);
      expect(merged).toEqual(one);
    }
  }, 120_000);

  it('give the same outcome files when run again, and a copied tree merges to the same report', async () => {
    const before = await quanze(dir, ['merge', 'outcomes', '-f', 'json']);
    const again = await quanze(dir, ['check', '.', '--shard', '2/3', '--outcome', 'again/shard-2.jsonl', '--no-report']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again/shard-2.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'outcomes/shard-2.jsonl'), 'utf8'));
    const moved = `${dir}-moved`;
    cpSync(dir, moved, { recursive: true });
    try {
      expect(await quanze(moved, ['merge', 'outcomes', '-f', 'json'])).toEqual(before);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  }, 120_000);
});
