// The search contract with the site's pages: one document per power, as the site hands it to buildSearchAssets.

/** One power as the search index sees it. */
export interface SearchDocument {
  /** Unique within the site (the power's code is the natural choice). */
  id: string;
  /** The power's page, relative to the site root (search.html sits at the root, so hits link with it as it is). */
  url: string;
  name: string;
  code: string;
  /** 实施主体, exactly as the department filter lists it. */
  department: string;
  /** Chinese label of the act type (行政许可 …), exactly as the type filter lists it. */
  actType: string;
  /** Everything else worth finding the power by: sub-item, bases, responsibilities … (indexed, not stored). */
  text: string;
}

/** The index as search/index.js carries it: documents as compact rows, and MiniSearch's own serialisation. */
export interface SearchData {
  readonly format: number;
  readonly departments: readonly string[];
  readonly actTypes: readonly string[];
  /** [url, name, code, department index, act type index], in the order of the documents given. */
  readonly docs: readonly (readonly [string, string, string, number, number])[];
  readonly index: unknown;
}

/** One hit as the page lists it. */
export interface SearchHit {
  readonly url: string;
  readonly name: string;
  readonly code: string;
  readonly department: string;
  readonly actType: string;
}

export interface SearchFilters {
  readonly department?: string;
  readonly actType?: string;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
}
