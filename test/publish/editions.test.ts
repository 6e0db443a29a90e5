// publish --previous: the change log, a page at each old URL this edition no longer serves (why the power left and
// where it went), withdrawn.txt; and nothing of it without --previous.

import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checked, publish, sample, text } from './site.js';

const next = 'samples/editions/city-ecology-bureau-2025';
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

describe('publish with the previous edition', async () => {
  const previous = await checked(sample);
  const files = await publish([next], { previous, date: '2026-12-01', baseUrl: 'https://example.gov.cn/gs/' });
  const paths = [...files.keys()];
  const department = paths.find((p) => p.startsWith('powers/'))?.split('/')[1] ?? '';

  it('lists the old URLs to take down or redirect in withdrawn.txt', () => {
    const lines = text(files.get('withdrawn.txt')).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const base = `https://example.gov.cn/gs/powers/${encodeURIComponent(department)}`;
    expect(lines).toEqual([
      `${base}/CF-012.html\twithdrawn\t${base}/CF-011.html`,
      `${base}/JL-001.html\twithdrawn`,
      `${base}/QT-002.html\tredirect\t${base}/QT-004.html`,
    ]);
  });

  it('keeps a page at each old URL saying when and why, linking to the power that took it in', () => {
    const merged = text(files.get(`powers/${department}/CF-012.html`));
    expect(merged).toContain('已撤下：对建设单位未依法备案建设项目环境影响登记表的处罚');
    expect(merged).toContain('自 2026-12-01 版清单起不再列入XX市生态环境局行政执法事项清单');
    expect(merged).toContain(`href="../../powers/${encodeURIComponent(department)}/CF-011.html"`);
    expect(files.has(`powers/${department}/CF-011.html`)).toBe(true);
    expect(text(files.get(`powers/${department}/JL-001.html`))).toContain('其实施依据《XX市生态环境违法行为举报奖励办法》已废止');
    expect(text(files.get(`powers/${department}/QT-002.html`))).toContain('改用编码 QT-004');
  });

  it('has a change log in the navigation, and no withdrawn page in the sitemap', () => {
    const log = text(files.get('changes.html'));
    expect(log).toContain('新增 1 项，撤下 2 项，其余变更 8 处');
    expect(log).toContain('依据《XX市生态环境违法行为举报奖励办法》已废止');
    expect(text(files.get('index.html'))).toContain('href="changes.html">变更记录</a>');
    const sitemap = text(files.get('sitemap.xml'));
    expect(sitemap).toContain('changes.html');
    expect(sitemap).not.toContain('CF-012.html');
  });

  it('writes valid pages', async () => {
    for (const path of ['changes.html', `powers/${department}/CF-012.html`, `powers/${department}/QT-002.html`]) {
      const report = await validator.validateString(text(files.get(path)), path);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });

  it('adds nothing without --previous', async () => {
    const plain = await publish([next], { date: '2026-12-01' });
    expect(plain.has('changes.html')).toBe(false);
    expect(plain.has('withdrawn.txt')).toBe(false);
    expect(text(plain.get('index.html'))).not.toContain('变更记录');
  });
});
