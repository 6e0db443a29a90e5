// Which catalogue rows a power's 实施依据 points at, choosing among versions of one law listed more than once.

import { normaliseTitle, type Citation } from '../citation/index.js';
import type { TableIndex } from './build-index.js';
import type { BasisRecord, PowerRecord } from './types.js';

/** A catalogue row a power cites, with the first citation that names it. */
export interface CitedBasis {
  readonly basis: BasisRecord;
  readonly position: number;
  readonly citation: Citation;
}

export interface CitedBases {
  /** Distinct catalogue rows, in the order the cell first cites them. */
  readonly resolved: readonly CitedBasis[];
  /** Cited titles (as written, distinct) that name no catalogue row. */
  readonly unresolved: readonly string[];
}

/** Title key → catalogue positions of every row listed under that title or short title. */
export type VersionIndex = ReadonlyMap<string, readonly number[]>;

/**
 * Groups catalogue rows by the key `normaliseTitle` gives their title and short title, so that
 * two versions of one law (2015 已修改 and 2021 有效) are both seen. O(n).
 */
export function createVersionIndex(bases: readonly BasisRecord[]): VersionIndex {
  const byKey = new Map<string, number[]>();
  const add = (name: string | undefined, position: number) => {
    if (name === undefined) return;
    const key = normaliseTitle(name);
    if (key === '') return;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [position]);
    else if (!list.includes(position)) list.push(position);
  };
  bases.forEach((basis, position) => {
    add(basis.title, position);
    add(basis.shortTitle, position);
  });
  return byKey;
}

const YEAR = /(\d{4})\s*年/u;

/**
 * The catalogue row a citation means. With one candidate, that one. With several versions, a
 * cited version note （2017年修正） picks the row promulgated that year; without one, a citation
 * means the version in force, as is usual in inventories (DOMAIN §3.3). Falls back to the title
 * index's choice (the first row).
 */
function resolveCitation(citation: Citation, index: TableIndex, versions: VersionIndex): number | undefined {
  const first = index.basisTitles.lookup(citation.title);
  if (first === undefined) return undefined;
  const candidates = versions.get(normaliseTitle(citation.title));
  if (candidates === undefined || candidates.length < 2) return first;
  const year = citation.version === undefined ? undefined : YEAR.exec(citation.version)?.[1];
  if (year !== undefined) {
    const byYear = candidates.find((p) => index.bases[p]?.promulgated?.startsWith(year) === true);
    if (byYear !== undefined) return byYear;
  }
  return candidates.find((p) => index.bases[p]?.status === 'in_force') ?? first;
}

/** The distinct catalogue rows a power cites, and the titles that resolve to none. */
export function citedBasesOf(power: PowerRecord, index: TableIndex, versions: VersionIndex): CitedBases {
  const resolved: CitedBasis[] = [];
  const unresolved: string[] = [];
  const seenPositions = new Set<number>();
  const seenTitles = new Set<string>();
  for (const citation of index.citationsOf(power).citations) {
    const position = resolveCitation(citation, index, versions);
    const basis = position === undefined ? undefined : index.bases[position];
    if (position === undefined || basis === undefined) {
      if (!seenTitles.has(citation.title)) unresolved.push(citation.title);
      seenTitles.add(citation.title);
      continue;
    }
    if (seenPositions.has(position)) continue;
    seenPositions.add(position);
    resolved.push({ basis, position, citation });
  }
  return { resolved, unresolved };
}

/** A national law by its title alone: …法, but not …办法 (a rule or normative document). */
const LAW_TITLE = /(?<!办)法$/u;

/** True when an uncatalogued title reads as a national law (《…法》), so a rule may presume its level. */
export const looksLikeLaw = (title: string): boolean => LAW_TITLE.test(normaliseTitle(title));
