// Runs the page's own search core (assets/search/search-core.js) in Node, so the index is built with the very tokenizer the browser queries with.

import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import MiniSearch, { type Options } from 'minisearch';
import type { SearchData, SearchFilters, SearchResult } from './types.js';

/** The folder of quanze's own browser scripts: ../../../assets from src/publish/search and from dist/publish/search alike. */
export const assetsFolder = new URL('../../../assets/search/', import.meta.url);

/** Reads one of quanze's search scripts as shipped in the package. */
export function readAsset(name: string): string {
  return readFileSync(new URL(name, assetsFolder), 'utf8');
}

/** A document as MiniSearch indexes it: its position in the documents given is its id. */
export interface IndexedRow {
  readonly position: number;
  readonly name: string;
  readonly code: string;
  readonly department: string;
  readonly actType: string;
  readonly text: string;
}

export interface SearchEngine {
  readonly size: number;
  query(text: string, filters?: SearchFilters, limit?: number): SearchResult;
}

export interface SearchCore {
  readonly format: number;
  tokenize(text: string): string[];
  indexOptions(): Options<IndexedRow>;
  createEngine(library: typeof MiniSearch, data: SearchData): SearchEngine;
}

let loaded: SearchCore | undefined;

function isCore(value: unknown): value is SearchCore {
  if (typeof value !== 'object' || value === null) return false;
  const core = value as Record<string, unknown>;
  return typeof core.format === 'number' && typeof core.tokenize === 'function' && typeof core.indexOptions === 'function' && typeof core.createEngine === 'function';
}

/** The search core, evaluated once in a context of its own with the host's Intl (its only dependency). */
export function searchCore(): SearchCore {
  if (loaded) return loaded;
  const context: { Intl: typeof Intl; QuanzeSearchCore?: unknown } = { Intl };
  runInNewContext(readAsset('search-core.js'), context, { filename: 'search-core.js' });
  if (!isCore(context.QuanzeSearchCore)) throw new Error('assets/search/search-core.js did not define QuanzeSearchCore');
  loaded = context.QuanzeSearchCore;
  return loaded;
}
