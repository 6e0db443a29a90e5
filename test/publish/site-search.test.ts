// The published site's search: search.html, the header form on every page, and an index built from the view.

import { describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchData } from '../../src/publish/search/index.js';
import { hostile, publish, sample, text } from './site.js';

const indexData = (files: Map<string, string | Uint8Array>): SearchData => {
  const script = text(files.get('search/index.js'));
  expect(script.startsWith('window.QuanzeSearchData=')).toBe(true);
  return JSON.parse(script.slice('window.QuanzeSearchData='.length).replace(/;\n$/u, '')) as SearchData;
};

describe('search on the published site', () => {
  it('writes search.html with its scripts, and a header search form on every page leading to it', async () => {
    const files = await publish([sample]);
    for (const path of ['search.html', 'search/index.js', 'search/minisearch.js', 'search/search-core.js', 'search/search-page.js']) expect(files.has(path), path).toBe(true);
    for (const [path, contents] of files) {
      if (!path.endsWith('.html')) continue;
      const depth = path.split('/').length - 1;
      expect(text(contents), path).toContain(`<form class="site-search" action="${'../'.repeat(depth)}search.html" method="get" role="search">`);
    }
  });

  it('indexes every power of the view, once, linking to its page', async () => {
    const files = await publish([sample]);
    const data = indexData(files);
    const pages = [...files.keys()].filter((path) => path.startsWith('powers/'));
    expect(data.docs.map(([url]) => url).sort()).toEqual(pages.sort());
    const engine = createSearchEngine(data);
    expect(engine.query('排污许可证核发').hits[0]?.code).toBe('XK-001');
    expect(engine.query('查封、扣押').hits.map((h) => h.code).slice(0, 2).sort()).toEqual(['QZ-001', 'QZ-002']);
    expect(engine.query('', { actType: '行政强制' }).total).toBe(4);
  });

  it('finds a power by a norm it cites, not only by its name', async () => {
    const engine = createSearchEngine(indexData(await publish([sample])));
    expect(engine.query('土壤污染防治法').hits.map((h) => h.code)).toContain('CF-018');
  });

  it('carries hostile names as data in the index script, never as markup in a page', async () => {
    const files = await publish([hostile], { allowErrors: true });
    const data = indexData(files);
    expect(data.docs.some(([, name]) => name.includes('<script>'))).toBe(true);
    expect(text(files.get('search.html'))).not.toContain('<script>alert');
  });
});
