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
    // A round trip through JSON turns MiniSearch's object into plain data, as the page will read it.
    index: JSON.parse(JSON.stringify(mini)) as unknown,
  };
}

/** A query engine over built data, the same one the page runs: for tests, benchmarks and library users. */
export function createSearchEngine(data: SearchData): SearchEngine {
  return searchCore().createEngine(MiniSearch, data);
}
