// Builds the search index at publish time: MiniSearch over the documents, tokenized by the page's own core.

import MiniSearch from 'minisearch';
import { searchCore, type IndexedRow, type SearchEngine } from './core.js';
import type { SearchData, SearchDocument } from './types.js';

/** Position of each distinct value in first-seen order, so rows carry a small number instead of the label. */
function positions(values: readonly string[]): { readonly list: string[]; readonly at: Map<string, number> } {
  const at = new Map<string, number>();
  for (const value of values) if (!at.has(value)) at.set(value, at.size);
  return { list: [...at.keys()], at };
}

/** The parts of MiniSearch's own serialisation (toJSON) that the compact form keeps. */
interface MiniSearchJson {
  readonly documentCount: number;
  readonly documentIds: Readonly<Record<string, unknown>>;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly fieldLength: Readonly<Record<string, readonly number[]>>;
  readonly averageFieldLength: readonly number[];
  readonly index: readonly (readonly [string, Readonly<Record<string, Readonly<Record<string, number>>>>])[];
  readonly serializationVersion: number;
}

/** Postings of one term in one field: base-36 gaps between ascending ids, each with ":tf" when the term occurs more than once. */
function compactPostings(postings: Readonly<Record<string, number>>): string {
  const ids = Object.keys(postings).map(Number).sort((a, b) => a - b);
  let last = 0;
  return ids
    .map((id) => {
      const gap = (id - last).toString(36);
      last = id;
      const tf = postings[String(id)] ?? 1;
      return tf === 1 ? gap : `${gap}:${tf.toString(36)}`;
    })
    .join(',');
}

/**
 * MiniSearch's serialisation in about a third of the bytes (search-core.js expands it before loadJS): the ids are the
 * documents' positions, so the id map goes; postings become gap strings instead of objects keyed by id.
 */
function compactIndex(json: MiniSearchJson): unknown {
  for (const [shortId, id] of Object.entries(json.documentIds)) {
    if (String(id) !== shortId) throw new Error('search: MiniSearch numbered the documents out of order');
  }
  return {
    documentCount: json.documentCount,
    fieldIds: json.fieldIds,
    fieldLength: Array.from({ length: json.documentCount }, (_, i) => json.fieldLength[String(i)] ?? []),
    averageFieldLength: json.averageFieldLength,
    serializationVersion: json.serializationVersion,
    terms: json.index.map(([term, fields]) => [term, ...Object.entries(fields).flatMap(([fieldId, postings]) => [Number(fieldId), compactPostings(postings)])]),
  };
}

/**
 * The serialisable index of `docs`. Same documents in the same order give the same value (and so the same bytes):
 * MiniSearch's tree is built by insertion, and the ids are the documents' positions.
 */
export function buildSearchData(docs: readonly SearchDocument[]): SearchData {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw new Error(`search: two documents have the id ${JSON.stringify(doc.id)}; ids must be unique`);
    seen.add(doc.id);
  }
  const core = searchCore();
  const departments = positions(docs.map((d) => d.department));
  const actTypes = positions(docs.map((d) => d.actType));
  const mini = new MiniSearch<IndexedRow>(core.indexOptions());
  mini.addAll(docs.map((d, position) => ({ position, name: d.name, code: d.code, department: d.department, actType: d.actType, text: d.text })));
  return {
    format: core.format,
    departments: departments.list,
    actTypes: actTypes.list,
    docs: docs.map((d) => [d.url, d.name, d.code, departments.at.get(d.department) ?? 0, actTypes.at.get(d.actType) ?? 0] as const),
    index: compactIndex(mini.toJSON() as unknown as MiniSearchJson),
  };
}

/** A query engine over built data, the same one the page runs: for tests, benchmarks and library users. */
export function createSearchEngine(data: SearchData): SearchEngine {
  return searchCore().createEngine(MiniSearch, data);
}
