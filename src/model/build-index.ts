// Lookups every cross-table rule shares, built once per inventory so each rule is O(n).

import { createTitleIndex, parseCitations, type ParsedCitations, type TitleIndex } from '../citation/index.js';
import { citedBasesOf, createVersionIndex, type CitedBases, type VersionIndex } from './cited-bases.js';
import type { BasisRecord, Inventory, PowerRecord, PostRecord, StepRecord } from './types.js';
import type { TableKind } from './tables.js';
import { compactText, isPlainText } from './plain-text.js';

const ASCII_CAPITAL = /[A-Z]/;

/**
 * Names and codes compare without width, space or case differences. Plain text (see isPlainText) can change case
 * only in A–Z, so without them it is its own key: the same string, not a copy, which lookups that outlive the
 * record (a streamed power's name in a rule's Map) then share with each other.
 */
export const keyOf = (text: string): string =>
  isPlainText(text) ? (ASCII_CAPITAL.test(text) ? text.toLowerCase() : text) : compactText(text).toLowerCase();

/** The lookups of every table but the powers, and each power's parsed 实施依据: what rules read as powers go by. */
export interface TableIndex {
  readonly hasTable: (kind: TableKind) => boolean;
  /** Post id and name keys of every row, including rows left out of the model. */
  readonly knownPostRefs: ReadonlySet<string>;
  /** Post id key and post name key → post. */
  readonly postsByRef: ReadonlyMap<string, PostRecord>;
  /** Power code keys some post names (岗位表 → 对应事项编码). */
  readonly postedPowerCodes: ReadonlySet<string>;
  readonly basisTitles: TitleIndex;
  readonly bases: readonly BasisRecord[];
  /** The steps table's rows by power code key, codes in order of first appearance (one grouping for every rule). */
  readonly stepsByPower: ReadonlyMap<string, readonly StepRecord[]>;
  /** Parsed 实施依据 of each power. */
  readonly citationsOf: (power: PowerRecord) => ParsedCitations;
  /** The catalogue rows each power's 实施依据 cites (one resolution shared by every rule that needs it). */
  readonly citedBasesOf: (power: PowerRecord) => CitedBases;
}

/** The whole model's lookups, powers included (flowcharts, statistics). */
export interface InventoryIndex extends TableIndex {
  /** Power code keys of every row, including rows left out of the model. */
  readonly knownPowerCodes: ReadonlySet<string>;
  /** Power code key → powers with that code. */
  readonly powersByCode: ReadonlyMap<string, readonly PowerRecord[]>;
  /** Unit name keys named by powers (承办机构). */
  readonly powerUnits: ReadonlySet<string>;
}

/**
 * How long parsed citations are kept: `all` for as long as the index lives (callers that visit a power more than
 * once, in any order), `recent` for the power last asked about (the rules, which visit each power once with all of
 * them, so a 10⁶-power inventory does not hold 10⁶ parses).
 */
export type CitationMemory = 'all' | 'recent';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A title index that looks each distinct cited title up once: every rule resolves the same few thousand titles. */
function rememberLookups(titles: TitleIndex): TitleIndex {
  const found = new Map<string, number | undefined>();
  return {
    lookup: (citedTitle) => {
      if (found.has(citedTitle)) return found.get(citedTitle);
      const position = titles.lookup(citedTitle);
      found.set(citedTitle, position);
      return position;
    },
  };
}

/** Each power's parse, keyed by the cell text: powers citing the same text share one parse (parseCitations is pure). */
function rememberParses(): (power: PowerRecord) => ParsedCitations {
  const byText = new Map<string, ParsedCitations>();
  // Maps, not WeakMaps: the index lives as long as the inventory anyway, and 10⁵ ephemeron entries cost every
  // garbage collection a pass over them. Each power also remembers its own parse, so a rule after the first finds
  // it without hashing the text.
  const byPower = new Map<PowerRecord, ParsedCitations>();
  return (power) => {
    let parsed = byPower.get(power);
    if (parsed !== undefined) return parsed;
    const text = power.basisText ?? '';
    parsed = byText.get(text);
    if (parsed === undefined) {
      parsed = parseCitations(text);
      byText.set(text, parsed);
    }
    byPower.set(power, parsed);
    return parsed;
  };
}

/**
 * The parse of the power last asked about. No cache by text: entries that outlive a young-generation collection are
 * promoted and then die in the old generation, which grew the heap by 1.4 KB a power between full collections (more
 * than a cache saves: 83 % of 10⁵ generated cells are distinct).
 */
function lastParse(): (power: PowerRecord) => ParsedCitations {
  let lastPower: PowerRecord | undefined;
  let lastParsed: ParsedCitations = { citations: [], problems: [] };
  return (power) => {
    if (power !== lastPower) {
      lastParsed = parseCitations(power.basisText ?? '');
      lastPower = power;
    }
    return lastParsed;
  };
}

/** A resolution depends only on the parse (and the catalogue), so powers citing the same text share one. */
function rememberResolutions(
  citationsOf: (power: PowerRecord) => ParsedCitations, resolve: (power: PowerRecord) => CitedBases,
): (power: PowerRecord) => CitedBases {
  const resolutions = new Map<ParsedCitations, CitedBases>();
  return (power) => {
    const parsed = citationsOf(power);
    let cited = resolutions.get(parsed);
    if (cited === undefined) {
      cited = resolve(power);
      resolutions.set(parsed, cited);
    }
    return cited;
  };
}

/** The resolution of the power last asked about (see lastParse). */
function lastResolution(
  citationsOf: (power: PowerRecord) => ParsedCitations, resolve: (power: PowerRecord) => CitedBases,
): (power: PowerRecord) => CitedBases {
  let lastParsed: ParsedCitations | undefined;
  let lastCited: CitedBases = { resolved: [], unresolved: [] };
  return (power) => {
    const parsed = citationsOf(power);
    if (parsed !== lastParsed) {
      lastCited = resolve(power);
      lastParsed = parsed;
    }
    return lastCited;
  };
}

/** The model as the table index reads it: every table but the powers, and which tables there are. */
export type IndexedTables = Pick<Inventory, 'tables' | 'bases' | 'posts' | 'steps' | 'omittedKeys'>;

/** The steps table's rows by power code key (`keyOf`), codes in order of first appearance, rows in reading order. */
export function groupStepsByPower(steps: readonly StepRecord[]): ReadonlyMap<string, readonly StepRecord[]> {
  const rowsByPower = new Map<string, StepRecord[]>();
  for (const step of steps) push(rowsByPower, keyOf(step.powerCode), step);
  return rowsByPower;
}

/**
 * The lookups of every table but the powers. `tables` may grow after this is built (a streamed powers table opens
 * last), so `hasTable` reads it when asked.
 */
export function buildTableIndex(inventory: IndexedTables, memory: CitationMemory = 'all'): TableIndex {
  const postsByRef = new Map<string, PostRecord>();
  const postedPowerCodes = new Set<string>();
  for (const post of inventory.posts) {
    const idKey = keyOf(post.id);
    if (!postsByRef.has(idKey)) postsByRef.set(idKey, post);
    if (post.name !== undefined && !postsByRef.has(keyOf(post.name))) postsByRef.set(keyOf(post.name), post);
    for (const code of post.powers ?? []) postedPowerCodes.add(keyOf(code));
  }
  const knownPostRefs = new Set([...postsByRef.keys(), ...inventory.omittedKeys.postNames.map(keyOf)]);
  const citationsOf = memory === 'all' ? rememberParses() : lastParse();

  let versions: VersionIndex | undefined;
  const resolve = (power: PowerRecord): CitedBases => {
    versions ??= createVersionIndex(inventory.bases);
    return citedBasesOf(power, index, versions);
  };
  const index: TableIndex = {
    hasTable: (kind) => inventory.tables.some((table) => table.kind === kind),
    knownPostRefs,
    postsByRef,
    postedPowerCodes,
    basisTitles: rememberLookups(createTitleIndex(inventory.bases)),
    bases: inventory.bases,
    stepsByPower: groupStepsByPower(inventory.steps),
    citationsOf,
    citedBasesOf: memory === 'all' ? rememberResolutions(citationsOf, resolve) : lastResolution(citationsOf, resolve),
  };
  return index;
}

/** The whole model's lookups, powers included. */
export function buildIndex(inventory: Inventory): InventoryIndex {
  const powersByCode = new Map<string, PowerRecord[]>();
  const powerUnits = new Set<string>();
  for (const power of inventory.powers) {
    if (power.code !== undefined) push(powersByCode, keyOf(power.code), power);
    if (power.unit !== undefined) powerUnits.add(keyOf(power.unit));
  }
  const knownPowerCodes = new Set([...powersByCode.keys(), ...inventory.omittedKeys.powerCodes.map(keyOf)]);
  return { ...buildTableIndex(inventory), knownPowerCodes, powersByCode, powerUnits };
}
