// The committed samples (scripts/make-samples.mjs): the clean ecology inventory is consistent across its five
// tables, its GB18030 CSV copy matches it, and the parks inventory uses header variants the model recognises.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { actTypes, parseActType } from '../../src/model/act-types.js';
import { parseBasisLevel, parseBasisStatus } from '../../src/model/basis-vocab.js';
import { fieldForHeader, fieldsByTable } from '../../src/model/fields.js';
import { tableKinds, tableLabels, tableNameAliases, type TableKind } from '../../src/model/tables.js';

const samples = new URL('../../samples/', import.meta.url);
type Rec = Record<string, string>;

/** Records of a sheet with a title row and headers on row 2; rows with an empty first key cell continue the record above (merged cells). */
function readRecords(sheet: XLSX.WorkSheet, table: TableKind, key: string): Rec[] {
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', dateNF: 'yyyy-mm-dd' });
  const headers = (rows[1] ?? []).map((h) => fieldForHeader(table, String(h)) ?? `?${String(h)}`);
  const records: Rec[] = [];
  for (const row of rows.slice(2)) {
    const rec: Rec = Object.fromEntries(headers.map((h, i) => [h, String(row[i] ?? '')]));
    const previous = records.at(-1);
    if (rec[key] === '' && previous) {
      previous['basisText'] = `${previous['basisText'] ?? ''}；${rec['basisText'] ?? ''}`;
    } else records.push(rec);
  }
  return records;
}

const split = (text: string | undefined, sep: string): string[] => (text ?? '').split(sep).map((s) => s.trim()).filter(Boolean);
const citedTitles = (text: string | undefined): string[] => [...(text ?? '').matchAll(/《([^》]+)》/g)].map((m) => m[1] ?? '');

describe('samples/city-ecology-bureau.xlsx', () => {
  const workbook = XLSX.read(readFileSync(new URL('city-ecology-bureau.xlsx', samples)), { type: 'buffer', cellDates: true });
  const sheetOf = (table: TableKind): XLSX.WorkSheet => workbook.Sheets[tableLabels[table].zh]!;
  const bases = readRecords(sheetOf('bases'), 'bases', 'title');
  const powers = readRecords(sheetOf('powers'), 'powers', 'code');
  const posts = readRecords(sheetOf('posts'), 'posts', 'id');
  const officers = readRecords(sheetOf('officers'), 'officers', 'name');
  const steps = readRecords(sheetOf('steps'), 'steps', 'stepId');

  it('has the five sheets, a title row and the canonical labels as headers', () => {
    expect(workbook.SheetNames).toEqual(tableKinds.map((t) => tableLabels[t].zh));
    for (const table of tableKinds) {
      const rows = XLSX.utils.sheet_to_json<string[]>(sheetOf(table), { header: 1, defval: '' });
      expect(String(rows[0]?.[0])).toMatch(/^XX市生态环境局.*（2024年版）$/);
      expect(rows[1]).toEqual(fieldsByTable[table].map((f) => f.label));
    }
  });

  it('has in-force bases with known levels, and a normative document still valid', () => {
    expect(bases.length).toBeGreaterThanOrEqual(20);
    for (const basis of bases) {
      expect(parseBasisLevel(basis['level'] ?? ''), basis['title']).toBeDefined();
      expect(parseBasisStatus(basis['status'] ?? '')).toBe('in_force');
      expect(basis['effective'], basis['title']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const normative = bases.filter((b) => b['level'] === '规范性文件');
    expect(normative.length).toBeGreaterThan(0);
    for (const doc of normative) {
      expect(doc['docNumber']).toMatch(/〔\d{4}〕\d+号$/);
      expect(doc['validUntil']! > '2028-01-01').toBe(true);
    }
  });

  it('has 30+ powers over 6+ act types, unique codes whose prefix matches the type', () => {
    expect(powers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(powers.map((p) => p['code'])).size).toBe(powers.length);
    const types = new Set(powers.map((p) => parseActType(p['type'] ?? '')));
    expect(types.has(undefined)).toBe(false);
    expect(types.size).toBeGreaterThanOrEqual(6);
    for (const power of powers) {
      const type = actTypes.find((t) => t.id === parseActType(power['type'] ?? ''));
      expect(power['code']?.startsWith(`${type?.pinyin}-`), power['code']).toBe(true);
      for (const field of ['name', 'department', 'unit', 'responsibilities', 'accountability', 'remedy', 'legalReview']) {
        expect(power[field], `${power['code']} ${field}`).not.toBe('');
      }
    }
  });

  it('cites only bases that are in the bases sheet, by full or short title', () => {
    const known = new Set(bases.flatMap((b) => [b['title'], b['title']?.replace(/^中华人民共和国/, '')]));
    for (const power of powers) {
      const titles = citedTitles(power['basisText']);
      expect(titles.length, power['code']).toBeGreaterThan(0);
      for (const title of [...titles, ...citedTitles(power['responsibilityBasis'])]) expect(known.has(title), `${power['code']}: ${title}`).toBe(true);
      for (const citation of split(power['basisText'], '；')) {
        expect(citation, power['code']).toMatch(/^《[^》]+》第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/);
      }
    }
  });

  it('spreads a power over several rows with merged cells', () => {
    const merges = sheetOf('powers')['!merges'] ?? [];
    const multiRow = merges.filter((m) => m.s.c === 1 && m.e.r > m.s.r);
    expect(multiRow.length).toBeGreaterThan(0);
    expect(multiRow.some((m) => m.e.r - m.s.r === 2)).toBe(true);
    expect(split(powers.find((p) => p['code'] === 'QZ-001')?.['basisText'], '；')).toHaveLength(3);
  });

  it('breaks every power down to posts, and every post to powers, both ways', () => {
    const postIds = new Set(posts.map((p) => p['id']));
    const units = new Set(posts.map((p) => p['unit']));
    for (const power of powers) {
      const listed = split(power['posts'], '、');
      expect(listed.length, power['code']).toBeGreaterThan(0);
      for (const id of listed) {
        expect(postIds.has(id), `${power['code']} → ${id}`).toBe(true);
        expect(split(posts.find((p) => p['id'] === id)?.['powers'], '、')).toContain(power['code']);
      }
      expect(units.has(power['unit']), power['unit']).toBe(true);
    }
    const codes = new Set(powers.map((p) => p['code']));
    for (const post of posts) {
      const listed = split(post['powers'], '、');
      expect(listed.length, post['id']).toBeGreaterThan(0);
      for (const code of listed) expect(codes.has(code), `${post['id']} → ${code}`).toBe(true);
    }
  });

  it('staffs every post with two or more certified officers, legal reviewers at 5 % or more', () => {
    expect(officers.length).toBeGreaterThanOrEqual(20);
    for (const post of posts) {
      expect(officers.filter((o) => o['post'] === post['id']).length, post['id']).toBeGreaterThanOrEqual(2);
    }
    for (const officer of officers) {
      expect(posts.find((p) => p['id'] === officer['post'])?.['unit']).toBe(officer['unit']);
      expect(officer['certificateNo']).toMatch(/^3502\d{8}$/);
      expect(officer['certificateExpiry']! > '2027-01-01').toBe(true);
    }
    expect(new Set(officers.map((o) => o['certificateNo'])).size).toBe(officers.length);
    const reviewers = officers.filter((o) => o['legalReviewer'] === '是').length;
    expect(reviewers / officers.length).toBeGreaterThanOrEqual(0.05);
  });

  it('has acyclic procedures for 3+ powers, every step reachable from the first', () => {
    const byPower = new Map<string, Rec[]>();
    for (const s of steps) byPower.set(s['powerCode'] ?? '', [...(byPower.get(s['powerCode'] ?? '') ?? []), s]);
    expect(byPower.size).toBeGreaterThanOrEqual(3);
    const postIds = new Set(posts.map((p) => p['id']));
    for (const [code, flow] of byPower) {
      expect(powers.some((p) => p['code'] === code), code).toBe(true);
      const ids = new Set(flow.map((s) => s['stepId']));
      expect(ids.size).toBe(flow.length);
      const next = new Map(flow.map((s) => [s['stepId'] ?? '', split(s['next'], '、')]));
      for (const s of flow) {
        expect(postIds.has(s['post']), `${code} ${s['stepId']}`).toBe(true);
        expect(s['timeLimit'], `${code} ${s['stepId']}`).not.toBe('');
        for (const target of next.get(s['stepId'] ?? '') ?? []) expect(ids.has(target), `${code} ${s['stepId']} → ${target}`).toBe(true);
      }
      // Depth-first search from the first step: no back edge (cycle), and every step visited.
      const state = new Map<string, 'open' | 'done'>();
      const visit = (id: string): void => {
        expect(state.get(id), `${code} cycle at ${id}`).not.toBe('open');
        if (state.get(id) === 'done') return;
        state.set(id, 'open');
        for (const target of next.get(id) ?? []) visit(target);
        state.set(id, 'done');
      };
      visit(flow[0]?.['stepId'] ?? '');
      expect(state.size, code).toBe(flow.length);
    }
  });

  it('is copied to samples/csv-gb18030 in GB18030 without title rows', () => {
    for (const table of tableKinds) {
      const bytes = readFileSync(new URL(`csv-gb18030/${tableLabels[table].zh}.csv`, samples));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const text = new TextDecoder('gb18030').decode(bytes);
      const csv = XLSX.read(text, { type: 'string', raw: true });
      const rows = XLSX.utils.sheet_to_json<string[]>(csv.Sheets[csv.SheetNames[0]!]!, { header: 1, raw: true, defval: '' });
      expect(rows[0]).toEqual(fieldsByTable[table].map((f) => f.label));
      const expected = { bases, powers, posts, officers, steps }[table];
      expect(rows.length - 1).toBe(expected.length);
    }
    const powersCsv = new TextDecoder('gb18030').decode(readFileSync(new URL('csv-gb18030/执法事项.csv', samples)));
    for (const power of powers) expect(powersCsv).toContain(power['code']);
  });
});

describe('samples/mistakes/city-parks-bureau.xlsx', () => {
  const workbook = XLSX.read(readFileSync(new URL('mistakes/city-parks-bureau.xlsx', samples)), { type: 'buffer' });
  const tableOf = (sheet: string): TableKind | undefined => tableKinds.find((t) => tableNameAliases[t].includes(sheet));

  it('uses sheet-name variants the model recognises', () => {
    expect(workbook.SheetNames.map(tableOf)).toEqual(['bases', 'powers', 'posts', 'officers']);
  });

  it('uses published header variants, all recognised except the planted 联系人', () => {
    const unknown: string[] = [];
    for (const name of workbook.SheetNames) {
      const table = tableOf(name)!;
      const headers = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[name]!, { header: 1 })[1] ?? [];
      const labels = new Set(fieldsByTable[table].map((f) => f.label));
      expect(headers.some((h) => !labels.has(h)), name).toBe(true);
      for (const header of headers) if (fieldForHeader(table, header) === undefined) unknown.push(`${name}/${header}`);
    }
    expect(unknown).toEqual(['权责清单/联系人']);
  });

  it('lists its planted mistakes in MISTAKES.md', () => {
    const text = readFileSync(new URL('mistakes/MISTAKES.md', samples), 'utf8');
    expect(text.match(/^\| \d+ \|/gm)?.length).toBeGreaterThanOrEqual(10);
  });
});
