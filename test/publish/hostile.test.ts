// The hostile fixture (markup and formulas in every text field, private officer data planted) shows only as text.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostile, publish, root, text } from './site.js';

/** Planted in 执法人员.csv: ID-card numbers, phones, birth dates, an unknown 家庭住址 column and a 备注 with a phone. */
const privateValues = ['110101199003071234', '11010119850512432X', '110101198505124321', '13812345678', '13987654321', '0591-87654321', '1990-03-07', '1985-05-12', '幸福路8号', '和平街1号'];
const formulaStart = /^[=+\-@\t\r\0＝＋－＠]/u;

describe('a hostile inventory', () => {
  let files: Map<string, string | Uint8Array>;
  beforeAll(async () => {
    files = await publish([hostile], { allowErrors: true, embed: true, baseUrl: 'https://example.gov.cn/' });
  });

  it('leaves no planted private value in any file, exports and fragments included', () => {
    const planted = readFileSync(`${root}${hostile}/执法人员.csv`, 'utf8');
    for (const value of privateValues) expect(planted, 'the fixture plants it').toContain(value);
    for (const [path, contents] of files) {
      const body = path.endsWith('.xlsx')
        ? Object.values(XLSX.read(contents, { type: 'array' }).Sheets).map((sheet) => XLSX.utils.sheet_to_csv(sheet)).join('\n')
        : text(contents);
      for (const value of privateValues) expect(body, `${value} in ${path}`).not.toContain(value);
    }
  });

  it('runs no markup of its own: no script, iframe, img or event attribute from a cell reaches a page', () => {
    const pages = [...files].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    // The search page loads quanze's own four scripts (no inline script); no other page has a script at all.
    const ownScripts = /<script src="search\/(?:minisearch|search-core|index|search-page)\.js"><\/script>/g;
    expect(text(files.get('search.html')).match(ownScripts)).toHaveLength(4);
    for (const [path, contents] of pages) {
      const page = text(contents).replace(path === 'search.html' || path === 'embed/search.html' ? ownScripts : /$^/, '');
      expect(page, path).not.toMatch(/<script|<iframe|<img src=x|<b>恶意/i);
      // An event attribute is one whose value is not escaped text: `onmouseover=&quot;` inside a value is harmless.
      expect(page, path).not.toMatch(/<[^>]*\son\w+=(?!&quot;)/i);
      expect(page, path).not.toContain('</style><style>');
    }
    const power = text([...files].find(([path]) => path.startsWith('powers/') && path.endsWith('/CF-001.html'))?.[1]);
    expect(power).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(power).toContain('&quot; onmouseover=&quot;alert(1)');
  });

  it('writes every CSV and xlsx text cell so a spreadsheet shows it as text', () => {
    const csvs = [...files].filter(([path]) => path.endsWith('.csv'));
    expect(csvs).toHaveLength(5);
    let cells = 0;
    for (const [path, contents] of csvs) {
      const rows = parse(text(contents).replace(/^\ufeff/, ''), { relax_column_count: false }) as string[][];
      for (const cell of rows.flat()) {
        cells++;
        expect(cell, path).not.toMatch(formulaStart);
      }
    }
    expect(cells).toBeGreaterThan(100);
    // In xlsx a string cell is never a formula: every cell is a string, none has a formula, the text is unchanged.
    const book = XLSX.read(files.get('data/inventory.xlsx'), { type: 'array', cellFormula: true });
    let formulaLike = 0;
    for (const sheet of Object.values(book.Sheets)) {
      for (const [address, cell] of Object.entries(sheet)) {
        if (address.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).t, address).toBe('s');
        expect((cell as XLSX.CellObject).f, address).toBeUndefined();
        if (formulaStart.test(String((cell as XLSX.CellObject).v))) formulaLike++;
      }
    }
    expect(formulaLike).toBeGreaterThan(0);
  });

  it('gives codes like ../x, a/b, CON and 300 characters a page inside powers/, each its own', () => {
    const powerPages = [...files.keys()].filter((path) => path.startsWith('powers/'));
    expect(powerPages).toHaveLength(6);
    for (const path of powerPages) {
      const [, , name = ''] = path.split('/');
      expect(path.split('/')).toHaveLength(3);
      expect(name.length).toBeLessThanOrEqual(90);
      expect(name).not.toMatch(/^(con|prn|aux|nul)(\.|$)/i);
      expect(name.startsWith('.')).toBe(false);
    }
  });

  it('publishes the officers with their six public fields only', () => {
    const json = JSON.parse(text(files.get('data/inventory.json'))) as { departments: Array<{ officers: object[] }> };
    for (const officer of json.departments[0]?.officers ?? []) {
      for (const key of Object.keys(officer)) expect(['name', 'unit', 'post', 'certificateNo', 'category', 'validUntil']).toContain(key);
    }
    expect(text(files.get('officers.html'))).not.toMatch(/科员|男|女/);
  });

  it('marks a power without a readable declared type as inferred', () => {
    const page = [...files].find(([path]) => path.endsWith('/QT-9.html'));
    expect(text(page?.[1])).toContain('行政处罚（推断）');
  });
});
