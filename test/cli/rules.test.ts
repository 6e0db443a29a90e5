// quanze rules: the list of rules and checks, one rule's page in the terminal, and an unknown id refused with
// the nearest ids — in Chinese or English, whole.

import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { buildProgram, run } from '../../src/cli/main.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { diagnosticTexts } from '../../src/ingest/index.js';
import { tableKinds } from '../../src/model/tables.js';
import { catalogue, docsPath } from '../../src/rule-docs/index.js';
import { builtInBatchRules } from '../../src/rules/batch/index.js';
import { builtInRules } from '../../src/rules/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { chineseLine, strayLatin } from '../helpers/language.js';

const root = new URL('../../', import.meta.url);
const readDocs = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const entries = catalogue(readDocs);
const langs = ['zh', 'en'] as const;

/** Names a Chinese page may show in Latin letters: the configuration's keys and values, and quanze's commands. */
function configurationWords(): Set<string> {
  const program = buildProgram(fakeIo(), 'zh', () => undefined);
  const words = new Set(['quanze', 'json', 'xlsx', 'csv', 'off', 'info', 'warning', 'error', ...program.commands.map((c) => c.name())]);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        words.add(key.toLowerCase());
        if (key === 'enum' && Array.isArray(value)) for (const v of value) words.add(String(v).toLowerCase());
        visit(value);
      }
    }
  };
  visit(JSON.parse(readDocs('schemas/config.schema.json')));
  return words;
}
const allowed = configurationWords();

/** A Chinese text with every rule id taken out (ids are what a user types), then checked for English words. */
const englishIn = (text: string): string[] => {
  const ids = [...entries.map((e) => e.id)].sort((a, b) => b.length - a.length);
  const withoutIds = ids.reduce((t, id) => t.split(id).join(' '), text);
  return strayLatin(withoutIds, allowed);
};

async function quanze(argv: readonly string[], lang: Lang, columns?: number) {
  const io = { ...fakeIo({ lang }), ...(columns === undefined ? {} : { columns }) };
  const code = await run(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze rules', () => {
  it('the catalogue holds every rule, batch rule, schema check and reading check', () => {
    expect(entries.map((e) => e.id)).toEqual([
      ...builtInRules.map((r) => r.meta.id),
      ...builtInBatchRules.map((r) => r.meta.id),
      ...tableKinds.map((kind) => `schema/${kind}`),
      ...Object.keys(diagnosticTexts),
    ]);
    for (const entry of entries.filter((e) => e.kind === 'rule')) expect(entry.tables.length, entry.id).toBeGreaterThan(0);
  });

  it.each(langs)('lists each with its default severity, tables and description, one line each, in %s', async (lang) => {
    const { code, out, err } = await quanze(['rules'], lang);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    const severities = lang === 'zh' ? { error: '错误', warning: '警告', info: '信息' } : { error: 'error', warning: 'warning', info: 'info' };
    const starts = new Set<number>();
    for (const entry of entries) {
      const line = lines.find((l) => l.startsWith(`${entry.id} `));
      expect(line, entry.id).toBeDefined();
      const [id, severity] = (line ?? '').split(/\s{2,}/);
      expect(id).toBe(entry.id);
      expect(severity).toBe(severities[entry.severity]);
      expect(line?.endsWith(entry.description[lang])).toBe(true);
      // Aligned by display width: every description starts in the same column.
      starts.add(stringWidth((line ?? '').slice(0, (line ?? '').length - entry.description[lang].length)));
    }
    expect(starts.size).toBe(1);
    expect(out.trimEnd().split('\n').at(-1)).toBe(lang === 'zh' ? '查看某条规则的说明：quanze rules <规则>' : 'to read a rule\'s page: quanze rules <rule>');
  });

  it('wraps the descriptions in their column on a terminal of known width', async () => {
    const { out } = await quanze(['rules'], 'zh', 100);
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
    const first = lines.find((l) => l.startsWith('basis-validity-expired ')) ?? '';
    const next = lines[lines.indexOf(first) + 1] ?? '';
    expect(next).toMatch(/^ {20,}\S/); // the description goes on under its column
  });

  it('speaks one language: no English words in the Chinese list, no Chinese in what quanze adds to the English one', async () => {
    expect(englishIn((await quanze(['rules'], 'zh')).out)).toEqual([]);
    const english = (await quanze(['rules'], 'en')).out;
    // Descriptions gloss the workbook's own Chinese terms (追责情形, 听证); headings, severities and tables are quanze's.
    const quanzeColumns = english.split('\n').map((line) => line.split(/\s{2,}/).slice(0, 3).join(' '));
    expect(chineseLine(quanzeColumns.join('\n'))).toBeUndefined();
  });

  it('is the same bytes every run', async () => {
    expect((await quanze(['rules'], 'zh')).out).toBe((await quanze(['rules'], 'zh')).out);
  });
});

describe('quanze rules <id>', () => {
  const cases = entries.flatMap((entry) => langs.map((lang) => [entry.id, lang] as const));

  it.each(cases)('%s in %s: the page, with how to turn it off and where its source is', async (id, lang) => {
    const entry = entries.find((e) => e.id === id);
    const { code, out, err } = await quanze(['rules', id], lang);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe(id);
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    expect(squeeze(out)).toContain(squeeze(entry?.description[lang] ?? ''));
    expect(out).toContain(lang === 'zh' ? '\n如何关闭\n' : '\nTurning it off\n');
    expect(out).toContain(lang === 'zh' ? '\n源代码\n' : '\nSource\n');
    if (entry?.kind !== 'reading') {
      expect(out).toContain(`{ "rules": { "${id}": "off" } }`);
      expect(out).toContain(`src/rules/${entry?.kind === 'batch' ? 'batch/' : ''}${id}.ts`);
      // The docs page itself, rendered: its fix section and its example.
      expect(out).toContain(lang === 'zh' ? '\n修正\n' : '\nFix\n');
      expect(out).not.toMatch(/^#|```|\*\*[^*\d]/m);
    } else expect(out).toContain(lang === 'zh' ? '\n如何修正\n' : '\nFix\n');
    for (const line of out.trimEnd().split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(line.startsWith('    ') ? 200 : 80);
    if (lang === 'zh') expect(englishIn(out.replace(/^ {4}.*$/gm, ''))).toEqual([]);
  });

  it.each(builtInRules.map((r) => r.meta.id))('%s has a Chinese docs page with its source, fix and an example', (id) => {
    const entry = entries.find((e) => e.id === id);
    const page = readDocs(entry ? (docsPath(entry, 'zh') ?? '') : '');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toMatch(/\n## 依据\n/);
    expect(page).toMatch(/\n## 修正\n/);
    expect(page).toContain('```');
  });

  const unknown: ReadonlyArray<readonly [string, string, string]> = [
    ['power-hearing',
      'quanze: 没有规则 power-hearing。是否想输入 power-hearing-step？运行 quanze rules 查看所有规则',
      'quanze: no rule power-hearing; did you mean power-hearing-step? run quanze rules to list them all'],
    ['hearing',
      'quanze: 没有规则 hearing。是否想输入 power-hearing-step？运行 quanze rules 查看所有规则',
      'quanze: no rule hearing; did you mean power-hearing-step? run quanze rules to list them all'],
    ['zzzzzz',
      'quanze: 没有规则 zzzzzz。运行 quanze rules 查看所有规则',
      'quanze: no rule zzzzzz; run quanze rules to list them all'],
  ];
  it.each(unknown.flatMap(([id, zh, en]) => [[id, 'zh', zh], [id, 'en', en]] as const))('an unknown id %s (%s) exits 2 with the nearest ids', async (id, lang, expected) => {
    const { code, out, err } = await quanze(['rules', id], lang);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${expected}\n`);
  });

  it('every rule id a stylish report ends a finding with opens a page', async () => {
    const { out } = await quanze(['check', 'samples/mistakes/city-parks-bureau.xlsx', '--no-color'], 'zh');
    const ids = new Set([...out.matchAll(/ {2}([a-z]+(?:[-/][a-z]+)+)$/gm)].map((m) => m[1] ?? ''));
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) expect((await quanze(['rules', id], 'zh')).code, id).toBe(0);
    const last = out.trimEnd().split('\n').at(-1) ?? '';
    expect(ids).toContain(last.split(' ').at(-1));
  });
});
