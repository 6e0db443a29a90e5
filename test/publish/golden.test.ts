// The sample's pages and exports match their golden files, and two runs give the same bytes (xlsx included).

import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/output/safe-file-name.js';
import { hostile, publish, sample, text } from './site.js';

const options = { date: '2026-12-01', baseUrl: 'https://example.gov.cn/zfgs/' } as const;
const department = safeFileName('XX市生态环境局');

const golden = [
  'index.html',
  `departments/${department}.html`,
  `powers/${department}/XK-001.html`,
  `powers/${department}/CF-018.html`,
  'types/penalty.html',
  'bases.html',
  'officers.html',
  'legal-review.html',
  'inspections.html',
  'statistics.html',
  'search.html',
  'data/index.html',
  'assets/site.css',
  'data/csv/执法事项.csv',
  `data/powers/${department}/XK-001.json`,
  'sitemap.xml',
];

describe('the sample site', () => {
  it.each(golden)('%s matches its golden file', async (path) => {
    const files = await publish([sample], options);
    expect(files.has(path), path).toBe(true);
    await expect(text(files.get(path))).toMatchFileSnapshot(`../golden/publish/${path.replace(department, '生态环境局').replace(/\//g, '__')}`);
  });

  it('is the same, byte for byte, on a second run', async () => {
    const first = await publish([sample], { ...options, embed: true });
    const second = await publish([sample], { ...options, embed: true });
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, contents] of first) expect(Buffer.from(second.get(path) ?? '').equals(Buffer.from(contents)), path).toBe(true);
  });

  it('carries no date at all without --date', async () => {
    const files = await publish([sample]);
    for (const [path, contents] of files) if (path.endsWith('.html')) expect(text(contents), path).not.toMatch(/版本日期|<time/);
    expect(files.has('sitemap.xml')).toBe(false);
    expect(text(files.get('index.html'))).not.toContain('rel="canonical"');
  });

  it('prints as a booklet: contents, then a page break before each department and each power', async () => {
    const booklet = text((await publish([sample])).get('booklet.html'));
    expect(booklet.match(/class="booklet-department"/g)).toHaveLength(2); // the department and the bases appendix
    expect(booklet.match(/class="booklet-power"/g)).toHaveLength(34);
    expect(booklet).toContain('<h2 id="h-toc">目录</h2>');
    expect(new Set(booklet.match(/ id="[^"]+"/g)).size).toBe(booklet.match(/ id="[^"]+"/g)?.length);
  });

  it('gives each department of a batch its own booklet, linked from its page and from the list of volumes, with the norms it cites', async () => {
    const files = await publish([sample, hostile], { allowErrors: true });
    const booklets = [...files.keys()].filter((path) => path.startsWith('booklets/'));
    expect(booklets).toEqual([`booklets/${department}.html`, expect.stringMatching(/^booklets\/XX-B-B~[0-9a-f]{12}\.html$/)]);
    expect(text(files.get(`departments/${department}.html`))).toContain(`href="../booklets/${department}.html"`);
    const own = text(files.get(`booklets/${department}.html`));
    expect(own.match(/class="booklet-power"/g)).toHaveLength(34);
    expect(own).not.toContain('恶意条例');
    // The batch's booklet.html is the list of volumes, one per department, each linked.
    const volumes = text(files.get('booklet.html'));
    expect(volumes).not.toContain('class="booklet-power"');
    for (const booklet of booklets) expect(volumes).toContain(`href="${booklet}"`);
  });

  it('links only relatively and loads nothing from outside', async () => {
    for (const [path, contents] of await publish([sample], options)) {
      if (!path.endsWith('.html')) continue;
      const page = text(contents);
      const refs = [...page.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1] ?? '');
      for (const ref of refs) if (!ref.startsWith('https://example.gov.cn/zfgs/')) expect(ref, path).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(page.match(/rel="canonical"/g), path).toHaveLength(1);
    }
  });
});
