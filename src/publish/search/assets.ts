// The files search.html needs, under search/: the index built now, quanze's two scripts and MiniSearch's browser build.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../output/output-file.js';
import { buildSearchData } from './build-index.js';
import { readAsset } from './core.js';
import type { SearchDocument } from './types.js';

/** The scripts search.html loads, in order; renderSearchPanel writes the same list. */
export const searchScripts = ['search/minisearch.js', 'search/search-core.js', 'search/index.js', 'search/search-page.js'] as const;

/** MiniSearch's UMD build (it defines the MiniSearch global in a classic script), with its licence and no source-map link. */
function miniSearchBrowserBuild(): string {
  const entry = createRequire(import.meta.url).resolve('minisearch');
  const root = join(dirname(entry), '..', '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const code = readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/u, '\n');
  return `/*! MiniSearch ${version} | MIT License | Copyright 2022 Luca Ongaro | https://github.com/lucaong/minisearch */\n${code}`;
}

/** JSON as a JavaScript expression for a classic script: U+2028/U+2029 escaped for engines older than ES2019. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/[\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * The search assets for `docs`: deterministic bytes (same documents in the same order, same files). The index is
 * a script rather than JSON fetched at run time, so search works on pages opened from disk as well as over HTTP.
 */
export function buildSearchAssets(docs: readonly SearchDocument[]): readonly OutputFile[] {
  const data = buildSearchData(docs);
  return [
    { path: 'search/index.js', contents: `window.QuanzeSearchData=${scriptJson(data)};\n` },
    { path: 'search/minisearch.js', contents: miniSearchBrowserBuild() },
    { path: 'search/search-core.js', contents: readAsset('search-core.js') },
    { path: 'search/search-page.js', contents: readAsset('search-page.js') },
  ];
}
