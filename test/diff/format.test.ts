// The diff formatters: text (goldens of the sample editions), json, markdown, html (escaped, valid) and xlsx
// (formula-safe), all from the same result.

import { HtmlValidate } from 'html-validate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/api.js';
import { diffEditions, diffFormatters } from '../../src/diff/index.js';
import { excerpt } from '../../src/diff/format/excerpt.js';
import { inventoryOf } from '../helpers/inventory.js';

const samples = async () => diffEditions((await readEdition('samples/city-ecology-bureau.xlsx')).edition, (await readEdition('samples/editions/city-ecology-bureau-2025')).edition);

const hostile = diffEditions(
  [inventoryOf({ powers: [{ code: 'A', name: '对<script>alert(1)</script>的处罚', type: 'penalty', basisText: '', department: '=cmd|\' /C calc\'!A0' }] }, 'old.xlsx')],
  [inventoryOf({ powers: [{ code: 'A', name: '对"违法"行为\u001b[2J的处罚', type: 'penalty', basisText: '', department: '=cmd|\' /C calc\'!A0' }] }, 'new.xlsx')],
);

describe('diff formats', () => {
  it('text and markdown of the sample editions match their goldens', async () => {
    const diff = await samples();
    await expect(diffFormatters.text(diff, { lang: 'zh' })).toMatchFileSnapshot('../golden/diff/sample-editions.zh.txt');
    await expect(diffFormatters.text(diff, { lang: 'en' })).toMatchFileSnapshot('../golden/diff/sample-editions.en.txt');
    await expect(diffFormatters.markdown(diff, { lang: 'zh' })).toMatchFileSnapshot('../golden/diff/sample-editions.zh.md');
  });

  it('says so when nothing changed', () => {
    const same = diffEditions([inventoryOf({ powers: [{ code: 'A', name: '处罚', type: 'penalty', basisText: '' }] })], [inventoryOf({ powers: [{ code: 'A', name: '处罚', type: 'penalty', basisText: '' }] })]);
    expect(diffFormatters.text(same, { lang: 'en' })).toContain('The editions are the same');
  });

  it('html escapes every cell and is valid', async () => {
    const page = diffFormatters.html(hostile, { lang: 'zh' }) as string;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('\u001b');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
    const sample = diffFormatters.html(await samples(), { lang: 'en' }) as string;
    expect((await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(sample)).valid).toBe(true);
  });

  it('text neutralises control characters; markdown escapes pipes', () => {
    expect(diffFormatters.text(hostile, { lang: 'zh' })).toContain('␛[2J');
    expect(diffFormatters.markdown(hostile, { lang: 'en' })).toContain("=cmd\\|' /C calc'!A0");
  });

  it('xlsx cells are text that no spreadsheet runs as a formula', () => {
    const book = XLSX.read(diffFormatters.xlsx(hostile, { lang: 'en' }) as Uint8Array, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Power changes', 'Bases whose status changed', 'Withdrawn powers']);
    const cell = book.Sheets['Power changes']?.A2;
    expect(cell).toMatchObject({ t: 's', v: "=cmd|' /C calc'!A0" });
    expect(cell?.f).toBeUndefined();
  });

  it('json is the library result', async () => {
    const diff = await samples();
    expect(JSON.parse(diffFormatters.json(diff, { lang: 'zh' }) as string)).toEqual(JSON.parse(JSON.stringify(diff)));
  });

  it('cuts long texts to the part that changed', () => {
    const long = '甲'.repeat(80);
    expect(excerpt(`${long}乙${long}`, `${long}丙丁${long}`)).toEqual({ from: `…${'甲'.repeat(10)}乙${'甲'.repeat(10)}…`, to: `…${'甲'.repeat(10)}丙丁${'甲'.repeat(10)}…` });
    expect(excerpt('短', '长')).toEqual({ from: '短', to: '长' });
  });
});
