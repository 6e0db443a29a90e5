// The search index and query engine in Node: the ten Chinese queries of test/fixtures/search, filters, ranking, determinism.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchAssets, buildSearchData, createSearchEngine, type SearchDocument } from '../../../src/publish/search/index.js';
import { searchCore } from '../../../src/publish/search/core.js';

const fixtures = new URL('../../fixtures/search/', import.meta.url);
const docs = JSON.parse(readFileSync(new URL('powers.json', fixtures), 'utf8')) as SearchDocument[];
interface Query { query: string; filters?: { department?: string; actType?: string }; top: string[]; also?: string[]; only?: boolean; why: string }
const queries = JSON.parse(readFileSync(new URL('queries.json', fixtures), 'utf8')) as Query[];

const engine = createSearchEngine(buildSearchData(docs));

describe('search quality: ten Chinese queries', () => {
  it('has ten queries', () => expect(queries).toHaveLength(10));

  it.each(queries.map((q) => [q.query, q] as const))('%s', (_text, q) => {
    const result = engine.query(q.query, q.filters);
    const codes = result.hits.map((h) => h.code);
    expect(new Set(codes.slice(0, q.top.length)), q.why).toEqual(new Set(q.top));
    for (const code of q.also ?? []) expect(codes, q.why).toContain(code);
    if (q.only) expect(codes.length, q.why).toBe(q.top.length);
  });
});

describe('ranking and filters', () => {
  it('puts the exact power name first even when another power mentions the words more often', () => {
    const extra: SearchDocument = { id: 'X', url: 'powers/X.html', name: '对食品经营许可证管理的监督检查', code: 'X', department: '市场监督管理局', actType: '行政检查', text: '食品经营许可 食品经营许可 食品经营许可' };
    const hits = createSearchEngine(buildSearchData([extra, ...docs])).query('食品经营许可').hits;
    expect(hits[0]?.code).toBe('SJ-XK-001');
  });

  it('matches the name however it is typed: full-width letters, spaces', () => {
    expect(engine.query(' 排污许可证核发 ').hits[0]?.code).toBe('HJ-XK-001');
    expect(engine.query('ＳＪ－ＣＦ－００３').hits[0]?.code).toBe('SJ-CF-003');
  });

  it('lists every power of a type when only the filter is set', () => {
    const result = engine.query('', { actType: '行政许可' });
    expect(result.total).toBe(docs.filter((d) => d.actType === '行政许可').length);
    expect(result.hits.every((h) => h.actType === '行政许可')).toBe(true);
  });

  it('combines both filters', () => {
    const result = engine.query('处罚', { department: '生态环境局', actType: '行政处罚' });
    expect(result.total).toBe(3);
    expect(result.hits.every((h) => h.department === '生态环境局' && h.actType === '行政处罚')).toBe(true);
  });

  it('falls back to powers that match some of the words when none matches all', () => {
    const codes = engine.query('危险废物 火星').hits.map((h) => h.code);
    expect(codes.slice(0, 2).sort()).toEqual(['HJ-CF-002', 'HJ-XK-002']);
  });

  it('finds nothing for words no power has, and limits the hits it returns', () => {
    expect(engine.query('火星探测').total).toBe(0);
    const limited = engine.query('处罚', {}, 3);
    expect(limited.hits).toHaveLength(3);
    expect(limited.total).toBeGreaterThan(3);
  });

  it('refuses two documents with one id', () => {
    const [first] = docs;
    if (!first) throw new Error('fixture is empty');
    expect(() => buildSearchData([first, first])).toThrow(/two documents have the id "SJ-XK-001"/u);
  });
});

describe('tokenizer', () => {
  it('keeps single Han characters that ICU splits apart together as bigrams', () => {
    const terms = searchCore().tokenize('排污许可证核发');
    expect(terms).toContain('排污');
    expect(terms).toContain('许可');
  });

  it('ends a run of single characters at a space or a punctuation mark', () => {
    expect(searchCore().tokenize('排 污')).not.toContain('排污');
    expect(searchCore().tokenize('排污、排污')).not.toContain('污排');
  });
});

describe('buildSearchAssets', () => {
  it('writes the index and the three scripts under search/, byte-identical across runs', () => {
    const first = buildSearchAssets(docs);
    const second = buildSearchAssets(docs.map((d) => ({ ...d })));
    expect(first.map((f) => f.path)).toEqual(['search/index.js', 'search/minisearch.js', 'search/search-core.js', 'search/search-page.js']);
    expect(second).toEqual(first);
  });

  it('carries hostile text as data in the index script, which stays one statement', () => {
    const hostile: SearchDocument = { id: 'h', url: 'powers/h.html', name: '</script><script>alert(1)</script>\u2028', code: '=1+1', department: '"部门"', actType: '行政处罚', text: '<img src=x onerror=alert(1)>' };
    const index = buildSearchAssets([hostile]).find((f) => f.path === 'search/index.js');
    const text = String(index?.contents);
    expect(text).not.toContain('\u2028');
    const sandbox: { window: { QuanzeSearchData?: { docs: unknown[][] } } } = { window: {} };
    new Function('window', text)(sandbox.window);
    expect(sandbox.window.QuanzeSearchData?.docs[0]?.[1]).toBe(hostile.name);
  });

  it('ships the MiniSearch browser build with its licence and no source-map link', () => {
    const mini = String(buildSearchAssets(docs).find((f) => f.path === 'search/minisearch.js')?.contents);
    expect(mini.startsWith('/*! MiniSearch 7.')).toBe(true);
    expect(mini).not.toContain('sourceMappingURL');
  });
});
