// The bases of every department merged into one catalogue (执法依据目录): one entry per norm, by level, then title.

import { createHash } from 'node:crypto';
import { normaliseTitle } from '../citation/index.js';
import { basisLevels, basisStatuses, type BasisLevel } from '../model/basis-vocab.js';
import type { BasisRecord } from '../model/types.js';
import type { ViewBasis } from './types.js';

const levelRank = new Map<BasisLevel, number>(basisLevels.map((level, rank) => [level.id, rank]));
const levelLabel = new Map<string, string>(basisLevels.map((level) => [level.id, level.label]));
/** Labels as disclosure catalogues print them; 有效 reads as 现行有效 on a public page. */
const statusLabel = new Map<string, string>(basisStatuses.map((status) => [status.id, status.id === 'in_force' ? '现行有效' : status.label]));
const collator = new Intl.Collator('zh-Hans-CN');

/** Anchor id of a basis: the same norm cited by any department, in any spelling of its title, gets the same one. */
export const basisKeyOf = (title: string): string => `b-${createHash('sha256').update(normaliseTitle(title)).digest('hex').slice(0, 10)}`;

interface Entry {
  readonly record: BasisRecord;
  readonly citedBy: string[];
}

/** Collects bases as departments are read, then sorts them in legal order. */
export class SiteBases {
  readonly #entries = new Map<string, Entry>();

  /** Adds a department's basis (the first department to list a norm supplies its fields) and returns its key. */
  add(record: BasisRecord): string {
    const key = basisKeyOf(record.title);
    if (!this.#entries.has(key)) this.#entries.set(key, { record, citedBy: [] });
    return key;
  }

  cite(key: string, powerKey: string): void {
    const cited = this.#entries.get(key)?.citedBy;
    if (cited !== undefined && cited[cited.length - 1] !== powerKey) cited.push(powerKey);
  }

  sorted(): ViewBasis[] {
    const bases = [...this.#entries].map(([key, { record, citedBy }]) => toViewBasis(key, record, citedBy));
    const rank = (basis: ViewBasis): number => (basis.level === undefined ? basisLevels.length : (levelRank.get(basis.level) ?? basisLevels.length));
    return bases.sort((a, b) => rank(a) - rank(b) || collator.compare(a.title, b.title) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  }
}

function toViewBasis(key: string, record: BasisRecord, citedBy: readonly string[]): ViewBasis {
  const level = record.level;
  return {
    key,
    title: record.title,
    ...(record.shortTitle === undefined ? {} : { shortTitle: record.shortTitle }),
    level,
    levelLabel: level === undefined ? '未注明效力级别' : (levelLabel.get(level) ?? level),
    ...(record.issuer === undefined ? {} : { issuer: record.issuer }),
    ...(record.docNumber === undefined ? {} : { docNumber: record.docNumber }),
    ...(record.promulgated === undefined ? {} : { promulgated: record.promulgated }),
    ...(record.effective === undefined ? {} : { effective: record.effective }),
    status: record.status,
    statusLabel: record.status === undefined ? '未注明' : (statusLabel.get(record.status) ?? record.status),
    ...(record.validUntil === undefined ? {} : { validUntil: record.validUntil }),
    ...(record.note === undefined ? {} : { note: record.note }),
    citedBy,
  };
}
