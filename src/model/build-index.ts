// Lookups every cross-table rule shares, built once per inventory so each rule is O(n).

import { createTitleIndex, parseCitations, type ParsedCitations, type TitleIndex } from '../citation/index.js';
import { citedBasesOf, createVersionIndex, type CitedBases, type VersionIndex } from './cited-bases.js';
import type { BasisRecord, Inventory, PowerRecord, PostRecord } from './types.js';
import { compactText } from './plain-text.js';

/** Names and codes compare without width, space or case differences. */
export const keyOf = (text: string): string => compactText(text).toLowerCase();

export interface InventoryIndex {
  readonly hasTable: (kind: 'bases' | 'powers' | 'posts' | 'officers' | 'steps') => boolean;
  /** Power code keys of every row, including rows left out of the model. */
  readonly knownPowerCodes: ReadonlySet<string>;
  /** Post id and name keys of every row, including rows left out of the model. */
  readonly knownPostRefs: ReadonlySet<string>;
  /** Power code key → powers with that code. */
  readonly powersByCode: ReadonlyMap<string, readonly PowerRecord[]>;
  /** Post id key and post name key → post. */
  readonly postsByRef: ReadonlyMap<string, PostRecord>;
  /** Unit name keys named by powers (承办机构). */
  readonly powerUnits: ReadonlySet<string>;
  /** Posts naming each power code key (岗位表 → 对应事项编码). */
  readonly postsByPowerCode: ReadonlyMap<string, readonly PostRecord[]>;
  readonly basisTitles: TitleIndex;
  readonly bases: readonly BasisRecord[];
  /** Parsed 实施依据 of each power. */
  readonly citationsOf: (power: PowerRecord) => ParsedCitations;
  /** The catalogue rows each power's 实施依据 cites (one resolution shared by every rule that needs it). */
  readonly citedBasesOf: (power: PowerRecord) => CitedBases;
}

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

export function buildIndex(inventory: Inventory): InventoryIndex {
  const kinds = new Set(inventory.tables.map((t) => t.kind));

  const powersByCode = new Map<string, PowerRecord[]>();
  const powerUnits = new Set<string>();
  for (const power of inventory.powers) {
    if (power.code !== undefined) push(powersByCode, keyOf(power.code), power);
    if (power.unit !== undefined) powerUnits.add(keyOf(power.unit));
  }

  const postsByRef = new Map<string, PostRecord>();
  const postsByPowerCode = new Map<string, PostRecord[]>();
  for (const post of inventory.posts) {
    const idKey = keyOf(post.id);
    if (!postsByRef.has(idKey)) postsByRef.set(idKey, post);
    if (post.name !== undefined && !postsByRef.has(keyOf(post.name))) postsByRef.set(keyOf(post.name), post);
    for (const code of post.powers ?? []) push(postsByPowerCode, keyOf(code), post);
  }

  // Keyed by the cell text, not the power: powers citing the same text share one parse (parseCitations is pure).
  // Each power also remembers its own parse, so the rules after the first find it without hashing the text.
  const citations = new Map<string, ParsedCitations>();
  // Maps, not WeakMaps: the index lives as long as the inventory anyway, and 10⁵ ephemeron entries cost every
  // garbage collection a pass over them.
  const byPower = new Map<PowerRecord, ParsedCitations>();
  const citationsOf = (power: PowerRecord): ParsedCitations => {
    let parsed = byPower.get(power);
    if (parsed !== undefined) return parsed;
    const text = power.basisText ?? '';
    parsed = citations.get(text);
    if (!parsed) {
      parsed = parseCitations(text);
      citations.set(text, parsed);
    }
    byPower.set(power, parsed);
    return parsed;
  };

  const knownPowerCodes = new Set([...powersByCode.keys(), ...inventory.omittedKeys.powerCodes.map(keyOf)]);
  const knownPostRefs = new Set([...postsByRef.keys(), ...inventory.omittedKeys.postNames.map(keyOf)]);

  let versions: VersionIndex | undefined;
  const resolutions = new Map<ParsedCitations, CitedBases>();
  const index: InventoryIndex = {
    hasTable: (kind) => kinds.has(kind),
    knownPowerCodes,
    knownPostRefs,
    powersByCode,
    postsByRef,
    powerUnits,
    postsByPowerCode,
    basisTitles: rememberLookups(createTitleIndex(inventory.bases)),
    bases: inventory.bases,
    citationsOf,
    // A resolution depends only on the parse (and the catalogue), so powers citing the same text share one.
    citedBasesOf: (power) => {
      const parsed = citationsOf(power);
      let cited = resolutions.get(parsed);
      if (cited === undefined) {
        versions ??= createVersionIndex(inventory.bases);
        cited = citedBasesOf(power, index, versions);
        resolutions.set(parsed, cited);
      }
      return cited;
    },
  };
  return index;
}
