// Every page kind of the sample and of the hostile fixture is valid HTML (html-validate, recommended rules).

import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { hostile, publish, sample, text } from './site.js';

// long-title counts the escaped source (&lt; is four characters); pages cut titles at 70 characters of text themselves.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

/** One page of each kind: the first file of each folder, and each top-level page. */
function pageKinds(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    if (!path.endsWith('.html')) return false;
    const kind = path.includes('/') ? path.slice(0, path.indexOf('/')) : path;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

describe('published pages', () => {
  it.each([
    ['the sample', sample],
    ['the hostile fixture', hostile],
  ])('of %s are valid HTML', async (_name, source) => {
    const files = await publish([source], { allowErrors: true, baseUrl: 'https://example.gov.cn/site/', date: '2026-12-01', logo: { contents: new Uint8Array([137, 80, 78, 71]), format: 'png' } });
    const pages = pageKinds([...files.keys()]);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'bases.html', 'officers.html', 'booklet.html', 'statistics.html']));
    expect(pages.some((path) => path.startsWith('powers/'))).toBe(true);
    for (const path of pages) {
      const report = await validator.validateString(text(files.get(path)), path);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
    }
  });
});
