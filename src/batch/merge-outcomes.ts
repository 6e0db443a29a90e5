// `quanze merge`: the outcome files of every shard of one run, read side by side in input order (each file is in
// input order, so the next inventory is always at the head of one of them) and merged as one check would: the batch
// rules see the inventories in input order and each inventory's facts are let go as soon as the rules have seen them.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Lang } from '../diagnostics/types.js';
import { createMerger } from './merge.js';
import { malformed, readEntry, readHeader, type LinePlace, type OutcomeEntry, type OutcomeHeader } from './outcome-file.js';
import { toolVersion } from './tool-version.js';
import type { BatchResult } from './types.js';

/** One outcome file: as the user named it (in messages), and where it is. */
export interface OutcomeFile {
  readonly shown: string;
  readonly path: string;
}

/** How `mergeOutcomeFiles` (and the library's `mergeOutcomes`) merge. */
export interface MergeOptions {
  /** The report's language: the shards must have been checked in it (their findings are worded); default theirs. */
  readonly lang?: Lang | undefined;
}

/** An outcome file being read a line at a time. */
interface Reader {
  readonly file: OutcomeFile;
  readonly header: OutcomeHeader;
  readonly next: () => Promise<string | undefined>;
  /** Lines read so far (the header is line 1). */
  line: number;
  /** Inventories read so far, and the one at the head (read but not yet merged). */
  read: number;
  head: OutcomeEntry | undefined;
}

const refused = (zh: string, en: string): ToolkitError => new ToolkitError('bad-arguments', { zh, en });

/** The lines of a file, one at a time; a file that cannot be opened or read stops the merge with its name. */
function lineSource(file: OutcomeFile): () => Promise<string | undefined> {
  const stream = createReadStream(file.path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return async () => {
    try {
      const { value, done } = await lines.next();
      return done === true ? undefined : value;
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      if (code === 'ENOENT') throw new ToolkitError('input-not-found', { zh: `找不到结果文件 ${file.shown}：请检查路径，或重新运行写出它的 quanze check --shard`, en: `outcome file ${file.shown} not found: check the path, or re-run the quanze check --shard that writes it` }, { cause });
      throw new ToolkitError('input-unreadable', { zh: `无法读取结果文件 ${file.shown}`, en: `cannot read outcome file ${file.shown}` }, { cause });
    }
  };
}

async function openReader(file: OutcomeFile): Promise<Reader> {
  const next = lineSource(file);
  const first = await next();
  if (first === undefined) throw malformed({ file: file.shown, line: 1 }, { zh: '文件是空的', en: 'the file is empty' });
  return { file, header: readHeader(first, { file: file.shown, line: 1 }), next, line: 1, read: 0, head: undefined };
}

/** What two headers of one run must share, by name as the message shows it. */
const sameRun: readonly (readonly [keyof OutcomeHeader, string, string])[] = [
  ['version', 'quanze 版本', 'quanze version'],
  ['shards', '分片数 N', 'number of shards N'],
  ['total', '清单总数', 'number of inventories'],
  ['inputs', '输入清单列表', 'list of inputs'],
  ['options', '检查选项（语言、规则严重程度、配置）', 'check options (language, rule severities, configuration)'],
];

/** Refuses files of different runs or of another quanze, and a shard missing or given twice. */
function checkHeaders(readers: readonly Reader[]): OutcomeHeader {
  const [first] = readers;
  if (first === undefined) throw refused('没有给出结果文件', 'no outcome files given');
  const head = first.header;
  const bySlot = new Map<number, Reader>();
  for (const reader of readers) {
    const { header, file } = reader;
    for (const [key, zh, en] of sameRun) {
      if (header[key] !== head[key]) {
        throw refused(
          `${file.shown} 与 ${first.file.shown} 不是同一次运行的分片（${zh}不同：${String(header[key])} 与 ${String(head[key])}）：请合并同一次运行的全部分片，或重新运行各分片`,
          `${file.shown} and ${first.file.shown} are shards of different runs (their ${en} differ: ${String(header[key])} and ${String(head[key])}): merge the shards of one run, or re-run the shards`,
        );
      }
    }
    const twice = bySlot.get(header.shard);
    if (twice !== undefined) {
      throw refused(
        `分片 ${header.shard}/${header.shards} 给了两次：${twice.file.shown} 与 ${file.shown}`,
        `shard ${header.shard}/${header.shards} is given twice: ${twice.file.shown} and ${file.shown}`,
      );
    }
    bySlot.set(header.shard, reader);
  }
  if (head.version !== toolVersion) {
    throw refused(
      `${first.file.shown} 由 quanze ${head.version} 写出，本程序为 ${toolVersion}：请用同一版本运行各分片与合并`,
      `${first.file.shown} was written by quanze ${head.version}, this is ${toolVersion}: run the shards and the merge with one version`,
    );
  }
  const missing = Array.from({ length: head.shards }, (_, i) => i + 1).filter((k) => !bySlot.has(k));
  if (missing.length > 0) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} …` : missing.join(', ');
    throw refused(
      `缺少分片 ${list}（共 ${head.shards} 个，收到 ${bySlot.size} 个）：请给出该次运行全部分片的结果文件`,
      `shard${missing.length === 1 ? '' : 's'} ${list} of ${head.shards} missing (${bySlot.size} given): give the outcome file of every shard of the run`,
    );
  }
  return head;
}

/** Reads the reader's next inventory into its head, or checks that the file ends where its header says. */
async function advance(reader: Reader, total: number): Promise<void> {
  const text = await reader.next();
  const place: LinePlace = { file: reader.file.shown, line: reader.line + 1 };
  const expected = reader.header.inventories;
  if (text === undefined) {
    reader.head = undefined;
    if (reader.read < expected) {
      throw malformed(place, { zh: `文件在第 ${reader.read} 个清单后结束，文件头记有 ${expected} 个（文件不完整）`, en: `the file ends after ${reader.read} of the ${expected} inventories its header lists (it is incomplete)` });
    }
    return;
  }
  reader.line++;
  if (reader.read >= expected) throw malformed(place, { zh: `多于文件头所记的 ${expected} 个清单`, en: `more inventories than the ${expected} its header lists` });
  const entry = readEntry(text, place, total);
  if (reader.head !== undefined && entry.index <= reader.head.index) {
    throw malformed(place, { zh: '清单未按输入顺序排列', en: 'the inventories are not in input order' });
  }
  reader.read++;
  reader.head = entry;
}

/**
 * Merges the outcome files of every shard of one run into the result one check over all the inputs gives: the
 * same inventories, findings and unreadable inputs, with the batch rules run over all of them in input order.
 * Throws `bad-arguments` for files of different runs, a shard missing or given twice, and `input-unreadable` for a
 * line that is no outcome (naming the file and line).
 */
export async function mergeOutcomeFiles(files: readonly OutcomeFile[], options: MergeOptions): Promise<BatchResult> {
  const readers: Reader[] = [];
  for (const file of files) readers.push(await openReader(file));
  const header = checkHeaders(readers);
  const merger = createMerger(header.total, { lang: header.lang, severities: header.severities });
  const heads = new Map<number, Reader>();
  const place = (reader: Reader): string => `${reader.file.shown}:${reader.line}`;
  const take = async (reader: Reader): Promise<void> => {
    await advance(reader, header.total);
    if (reader.head === undefined) return;
    const other = heads.get(reader.head.index);
    if (other !== undefined) {
      throw malformed({ file: reader.file.shown, line: reader.line }, {
        zh: `第 ${reader.head.index + 1} 个清单（${reader.head.source}）也在 ${place(other)}`,
        en: `inventory ${reader.head.index + 1} (${reader.head.source}) is also in ${place(other)}`,
      });
    }
    heads.set(reader.head.index, reader);
  };
  for (const reader of readers) await take(reader);

  const inputs = createHash('sha256');
  for (let index = 0; index < header.total; index++) {
    const reader = heads.get(index);
    const entry = reader?.head;
    if (reader === undefined || entry === undefined) {
      throw refused(
        `各结果文件中都没有第 ${index + 1} 个清单（共 ${header.total} 个）：结果文件不完整，请重新运行各分片`,
        `no outcome file holds inventory ${index + 1} of ${header.total}: the files are incomplete; re-run the shards`,
      );
    }
    heads.delete(index);
    inputs.update(`${index === 0 ? '' : '\n'}${entry.source}`, 'utf8');
    merger.accept({ index, source: entry.source }, entry.outcome);
    await take(reader);
  }
  if (`sha256:${inputs.digest('hex')}` !== header.inputs) {
    throw refused(
      '结果文件中的清单与各分片所检查的输入列表不符：请重新运行各分片',
      'the inventories in the outcome files are not the list of inputs the shards were given: re-run the shards',
    );
  }
  // Last, so a file's own problem is named first whatever language the merge speaks.
  if (options.lang !== undefined && header.lang !== options.lang) {
    throw refused(
      `各分片以 --lang ${header.lang} 检查，合并也须用 --lang ${header.lang}（问题说明的语言在检查时已定）`,
      `the shards were checked with --lang ${header.lang}; merge them with --lang ${header.lang} too (findings are worded when checked)`,
    );
  }
  return merger.result();
}
