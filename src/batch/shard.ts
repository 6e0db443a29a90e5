// Which inputs a shard checks: the K-th of N deterministic shares of the expanded inputs, worked out by every shard
// from the input list alone, so shards never overlap and need no coordinator.

import { createHash } from 'node:crypto';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual } from '../diagnostics/types.js';

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** Shards one run may be split into: far beyond any job runner's parallelism, small enough to list. */
export const maxShards = 10_000;

/** `K/N` as a ShardSpec, or the reason it is none (for the CLI's value parser). */
export function readShard(text: string): ShardSpec | { readonly problem: Bilingual } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(text);
  if (match === null) return { problem: { zh: `须写成 K/N（第 K 份，共 N 份，如 1/3），而不是“${text}”`, en: `write it as K/N (share K of N, e.g. 1/3), not "${text}"` } };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > maxShards) return { problem: { zh: `份数 N 须在 1 到 ${maxShards} 之间，而不是 ${count}`, en: `the number of shards N must be 1 to ${maxShards}, not ${count}` } };
  if (index < 1 || index > count) return { problem: { zh: `K 须在 1 到 ${count} 之间（从 1 数起），而不是 ${index}`, en: `K must be 1 to ${count} (counted from 1), not ${index}` } };
  return { index, count };
}

/** A shard given as `K/N` or as a ShardSpec, checked; throws `bad-arguments` when it is none. */
export function toShard(shard: string | ShardSpec): ShardSpec {
  const read = readShard(typeof shard === 'string' ? shard : `${shard.index}/${shard.count}`);
  if ('problem' in read) {
    throw new ToolkitError('bad-arguments', { zh: `--shard 的值无效：${read.problem.zh}`, en: `invalid --shard: ${read.problem.en}` });
  }
  return read;
}

/** The stable key an input is dealt by: a hash of its path as shown (relative to the working folder, POSIX). */
export const shardKey = (source: string): string => createHash('sha256').update(source, 'utf8').digest('hex');

/**
 * Positions (in `sources`) of the inputs of shard `shard`, ascending. The inputs are ordered by the hash of their
 * path and dealt round-robin, so the N shares differ in size by one at most (a plain hash modulo N leaves some
 * shards twice as full as others in a batch of 50), every input is in exactly one, and the share of an input does
 * not depend on the order the inputs were given in.
 */
export function shareOf(sources: readonly string[], shard: ShardSpec): number[] {
  const dealt = sources
    .map((source, position) => ({ position, key: shardKey(source), source }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const mine: number[] = [];
  for (const [at, { position }] of dealt.entries()) if (at % shard.count === shard.index - 1) mine.push(position);
  return mine.sort((a, b) => a - b);
}
