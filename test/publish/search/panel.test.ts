// The search panel of search.html: escaped filter options, valid HTML, and the scripts in the order they need each other.

import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { html } from '../../../src/markup/html.js';
import { renderSearchPanel, searchScripts } from '../../../src/publish/search/index.js';

const page = (body: string): string => `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title></head><body><main>${body}</main></body></html>\n`;

describe('renderSearchPanel', () => {
  const panel = renderSearchPanel({ departments: ['市场监督管理局', '生态环境局'], actTypes: ['行政许可', '行政处罚'] });

  it('matches the golden file', async () => {
    await expect(String(panel)).toMatchFileSnapshot('../../golden/search/panel.html');
  });

  it('is valid HTML inside a page', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page(String(panel)));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('escapes department and type names in option values and text', () => {
    const hostile = String(renderSearchPanel({ departments: ['"><script>alert(1)</script>'], actTypes: ["' onfocus='x"] }));
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&#39; onfocus=&#39;x');
  });

  it('submits ?q= to search.html and loads the scripts in order', () => {
    const text = String(panel);
    expect(text).toContain('action="search.html" method="get"');
    expect(text).toContain('name="q"');
    const at = searchScripts.map((src) => text.indexOf(`<script src="${src}">`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('is markup that other templates embed unescaped', () => {
    expect(String(html`<div>${panel}</div>`)).toContain('<form id="search-form"');
  });
});
