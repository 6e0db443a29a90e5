// The outcome file of one shard (`check --shard K/N --outcome f.jsonl`), JSON Lines: a header saying which run and
// which shard it is, then one line per inventory of the shard, in input order, with its compact CheckOutcome.

import { createHash } from 'node:crypto';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual, Lang } from '../diagnostics/types.js';
import type { SeveritySetting } from '../rules/run-rules.js';
import type { CheckOutcome, WorkerCheckOptions } from './outcome.js';

/** Bumped whenever a line's shape changes: a merge never reads a format it does not know. */
export const outcomeFormat = 1;

/** The first line: enough for merge to refuse a file of another run, a missing shard or a duplicated one. */
export interface OutcomeHeader {
  readonly quanze: 'check-outcome';
  readonly format: number;
  /** The quanze version that checked the shard. */
  readonly version: string;
  /** This shard, 1-based, of `shards`. */
  readonly shard: number;
  readonly shards: number;
  /** Inventories of the whole run, and of this shard (the lines that follow). */
  readonly total: number;
  readonly inventories: number;
  /** Digest of the run's whole input list, in order. */
  readonly inputs: string;
  /** Digest of the options that change findings: language, severities, settings. */
  readonly options: string;
  /** What merge needs to run the batch rules as one check would. */
  readonly lang: Lang;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

/** One inventory of the shard. */
export interface OutcomeEntry {
  /** Position in the run's whole input list. */
  readonly index: number;
  readonly source: string;
  readonly outcome: CheckOutcome;
}

/** Where a line is, for messages: the file as the user named it, 1-based line. */
export interface LinePlace {
  readonly file: string;
  readonly line: number;
}

/** Plain data with object keys sorted at every level, so a digest never depends on who built the object. */
function stableJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.keys(v).sort().flatMap((key) => {
      const member: unknown = (v as Record<string, unknown>)[key];
      return member === undefined ? [] : [[key, sorted(member)]];
    }));
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}

const digest = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Digest of a run's input list: the same inventories in the same order give the same digest. */
export const inputsDigest = (sources: readonly string[]): string => digest(sources.join('\n'));

/** Digest of what changes findings; the working folder and the number of workers do not. */
export function optionsDigest(options: WorkerCheckOptions): string {
  const { cwd: _cwd, ...findingOptions } = options;
  return digest(stableJson(findingOptions));
}

/**
 * An entry without the stack of a failure's cause: a stack names the folders quanze is installed in, so shards run
 * from different installs would write different bytes for the same inventory. The shard's own stderr shows it
 * (QUANZE_DEBUG=1) on the machine where it happened.
 */
function portable(entry: OutcomeEntry): OutcomeEntry {
  if (entry.outcome.kind !== 'failed' || entry.outcome.error.cause?.stack === undefined) return entry;
  const { stack: _stack, ...cause } = entry.outcome.error.cause;
  return { ...entry, outcome: { ...entry.outcome, error: { ...entry.outcome.error, cause } } };
}

/** The file's lines, header first, each ending in a newline. */
export function* outcomeLines(header: OutcomeHeader, entries: Iterable<OutcomeEntry>): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const entry of entries) yield `${JSON.stringify(portable(entry))}\n`;
}

/** A line merge cannot use: names the file and line, says what is wrong and what to do. */
export function malformed(place: LinePlace, what: Bilingual): ToolkitError {
  return new ToolkitError('input-unreadable', {
    zh: `${place.file} 第 ${place.line} 行：${what.zh}。请重新运行该分片的 quanze check --shard`,
    en: `${place.file} line ${place.line}: ${what.en}. Re-run that shard's quanze check --shard`,
  });
}

function parseLine(line: string, place: LinePlace): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw malformed(place, { zh: '不是一行 JSON（文件可能被截断或改动过）', en: 'not a line of JSON (the file may be cut short or edited)' });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';

/** The first line of an outcome file, checked; throws a message naming the file when it is none. */
export function readHeader(line: string, place: LinePlace): OutcomeHeader {
  const value = parseLine(line, place);
  if (!isRecord(value) || value.quanze !== 'check-outcome') {
    throw malformed(place, { zh: '不是 quanze check --outcome 写出的结果文件', en: 'not an outcome file written by quanze check --outcome' });
  }
  if (value.format !== outcomeFormat) {
    throw malformed(place, {
      zh: `结果文件格式为第 ${String(value.format)} 版，本版本 quanze 只读第 ${outcomeFormat} 版`,
      en: `the file is in outcome format ${String(value.format)}; this quanze reads format ${outcomeFormat} only`,
    });
  }
  const wellFormed =
    isText(value.version) && isCount(value.shard) && isCount(value.shards) && isCount(value.total) && isCount(value.inventories) &&
    isText(value.inputs) && isText(value.options) && (value.lang === 'zh' || value.lang === 'en') && isRecord(value.severities) &&
    value.shard >= 1 && value.shard <= value.shards && value.inventories <= value.total;
  if (!wellFormed) throw malformed(place, { zh: '文件头不完整或有误', en: 'the header is incomplete or wrong' });
  return value as unknown as OutcomeHeader;
}

/** The outcome's top-level shape: what merge and the formatters read of it. */
function isOutcome(value: unknown): value is CheckOutcome {
  if (!isRecord(value)) return false;
  if (value.kind === 'failed') return isRecord(value.error) && isText(value.error.code) && isRecord(value.error.text) && isText(value.error.text.zh) && isText(value.error.text.en);
  if (value.kind !== 'checked' && value.kind !== 'alone') return false;
  const inventory = value.inventory;
  const inventoryOk = isRecord(inventory) && isText(inventory.source) && isRecord(inventory.rows) && Array.isArray(inventory.tables) &&
    Array.isArray(inventory.diagnostics) && inventory.diagnostics.every((d) => isRecord(d) && isText(d.ruleId) && isText(d.message) && isText(d.file));
  if (!inventoryOk) return false;
  return value.kind === 'alone' || (isRecord(value.facts) && isText(value.facts.source) && Array.isArray(value.facts.powers));
}

/** A line after the header, checked: an inventory's position in the run, its path and its outcome. */
export function readEntry(line: string, place: LinePlace, total: number): OutcomeEntry {
  const value = parseLine(line, place);
  if (!isRecord(value) || !isCount(value.index) || value.index >= total || !isText(value.source) || !isOutcome(value.outcome)) {
    throw malformed(place, { zh: '不是一条完整的清单检查结果', en: 'not a complete outcome of one inventory' });
  }
  return value as unknown as OutcomeEntry;
}
