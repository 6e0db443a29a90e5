// Specification of parseCitations, driven by real-style 实施依据 cells from published 权责清单.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations, type Citation, type CitationProblemCode, type Numerals } from '../../src/citation/index.js';

interface ExpectedCitation {
  readonly title: string;
  readonly version?: string;
  readonly docNumber?: string;
  readonly article?: number;
  readonly articleSuffix?: number;
  readonly paragraph?: number;
  readonly item?: number;
  readonly subItem?: number;
  readonly quote?: string;
  /** Defaults to 'chinese'. */
  readonly numerals?: Numerals;
}

interface Case {
  readonly name: string;
  readonly sector: string;
  readonly text: string;
  readonly citations: readonly ExpectedCitation[];
  /** Defaults to none; only the fields given are compared. */
  readonly problems?: readonly { readonly code: CitationProblemCode; readonly text?: string; readonly expected?: string }[];
}

const cases = JSON.parse(
  readFileSync(new URL('../fixtures/citation/citations.json', import.meta.url), 'utf8'),
) as readonly Case[];

/** The fields a case specifies, so offsets and raw text are checked separately. */
function project(citation: Citation): ExpectedCitation {
  const { raw: _raw, start: _start, end: _end, ...rest } = citation;
  return rest;
}

describe('parseCitations on real-style cells', () => {
  it('has a table of at least 60 cells across sectors', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.sector)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c) => [`${c.sector}: ${c.name}`, c] as const))('%s', (_name, testCase) => {
    const { citations, problems } = parseCitations(testCase.text);
    expect(citations.map(project)).toEqual(
      testCase.citations.map((c) => ({ ...c, numerals: c.numerals ?? 'chinese' })),
    );
    for (const citation of citations) {
      expect(testCase.text.slice(citation.start, citation.end)).toBe(citation.raw);
    }
    for (const problem of problems) {
      expect(testCase.text.slice(problem.start, problem.end)).toBe(problem.text);
    }
    expect(problems).toHaveLength(testCase.problems?.length ?? 0);
    for (const [i, expected] of (testCase.problems ?? []).entries()) {
      expect(problems[i]).toMatchObject(expected);
    }
  });
});

describe('parseCitations offsets', () => {
  it('starts the first citation at 《 and carried-forward ones at their locator', () => {
    const text = '依据《行政处罚法》第二十八条、第三十条第一款的规定';
    const [first, second] = parseCitations(text).citations;
    expect(first?.raw).toBe('《行政处罚法》第二十八条');
    expect(first?.start).toBe(2);
    expect(second?.raw).toBe('第三十条第一款');
  });

  it('gives the articles inside a range the span of the whole range', () => {
    const { citations } = parseCitations('《城市公共汽车和电车客运管理规定》第六十五条至第六十七条');
    expect(citations.map((c) => c.raw)).toEqual([
      '《城市公共汽车和电车客运管理规定》第六十五条',
      '第六十五条至第六十七条',
      '第六十七条',
    ]);
  });

  it('locates an unbalanced quote at its opening mark', () => {
    const text = '《消防法》第五十八条：“违反本法规定的，责令停止施工';
    const [problem] = parseCitations(text).problems;
    expect(problem?.code).toBe('unbalanced-quotes');
    expect(problem?.start).toBe(text.indexOf('“'));
  });
});

describe('parseCitations on large cells', () => {
  // No timing assertion: a super-linear parser would hang here and the vitest timeout would catch it.
  it('parses a 30k-character cell of many entries', () => {
    const entry = '《中华人民共和国大气污染防治法》第九十九条第一款第（一）项、第（二）项：“违反本法规定的，处罚款。”；';
    const text = entry.repeat(Math.ceil(30_000 / entry.length));
    expect(parseCitations(text).citations).toHaveLength(2 * Math.ceil(30_000 / entry.length));
  });

  it('parses 30k characters of unclosed quotes and titles', () => {
    const text = '《A》第一条：“x；'.repeat(3_000) + '《'.repeat(3_000) + '“'.repeat(3_000) + ' '.repeat(3_000);
    const { citations, problems } = parseCitations(text);
    expect(citations).toHaveLength(3_000);
    expect(problems.filter((p) => p.code === 'unbalanced-quotes')).toHaveLength(3_000);
  });

  it('parses one 30k-character quote', () => {
    const text = `《A》第一条：${'违反本法第二十条规定；'.repeat(3_000)}`;
    expect(parseCitations(text).citations).toHaveLength(1);
  });
});

describe('parseCitations on implausible ranges', () => {
  it('keeps only the ends of a range wider than any real one', () => {
    const { citations } = parseCitations('《A》第一条至第九千条、第一至九千款');
    expect(citations.map((c) => [c.article, c.paragraph])).toEqual([
      [1, undefined],
      [9000, undefined],
      [9000, 1],
      [9000, 9000],
    ]);
  });

  it('caps what one locator expands to', () => {
    const list = Array.from({ length: 50 }, (_, i) => `（${i + 1}）`).join('、');
    const { citations } = parseCitations(`《A》第一条第一至五十款第${list}项`);
    expect(citations).toHaveLength(100);
  });
});
