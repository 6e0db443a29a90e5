// Chinese search for the published site with no server code: the index is built at publish time and queried in the page.

export { buildSearchAssets, searchScripts } from './assets.js';
export { buildSearchData, createSearchEngine } from './build-index.js';
export type { SearchEngine } from './core.js';
export { renderSearchPanel, type SearchPanelOptions } from './panel.js';
export type { SearchData, SearchDocument, SearchFilters, SearchHit, SearchResult } from './types.js';
