// loadInventory streams a CSV table's records through normalise and the schema check as they are read; the
// inventory and findings must be exactly those of the whole-table path (RawTable → normaliseTable → checkRows).

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInventory } from '../../src/ingest/index.js';
import { buildInventory } from '../../src/model/build-model.js';
import { normaliseTable } from '../../src/model/normalise.js';
import { checkInventory, checkSummary, loadInventory, type LoadedInventory } from '../../src/pipeline/index.js';
import { checkRows } from '../../src/validate/check-rows.js';
// @ts-expect-error the generator is plain JavaScript without types
import { generateInventories } from '../../scripts/generate-inventories.mjs';

const root = join(import.meta.dirname, '..', '..');

/** The path every table took before rows were streamed: the whole RawTable, then normalised, then checked. */
async function loadWhole(path: string, cwd: string): Promise<LoadedInventory> {
  const raw = await readInventory(path, { lang: 'zh', cwd });
  const checked = raw.tables.map((table) => checkRows(normaliseTable(table, {}), 'zh'));
  return {
    inventory: buildInventory(raw.source, checked.map((table) => table.value)),
    diagnostics: [...raw.diagnostics, ...checked.flatMap((table) => table.diagnostics)],
  };
}

/** JSON with Maps as entry lists and key order kept, so equal text means the same objects built the same way. */
const serialise = (loaded: LoadedInventory): string =>
  JSON.stringify(loaded, (_key, value: unknown) => (value instanceof Map ? { map: [...(value as Map<unknown, unknown>).entries()] } : value));

const scratch = mkdtempSync(join(tmpdir(), 'quanze-streamed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Rows that exercise every branch of the assembler and normaliser: notes, sections, extra cells, bad values. */
function writeAwkwardFolder(): string {
  const folder = join(scratch, 'awkward');
  const powers = [
    '填报单位：某局',
    '序号,事项编码,事项名称,事项名称,事项类型,实施依据,法制审核,执法岗位,联系人',
    '一、行政处罚',
    '1,CF-001,对甲的处罚,重复列,行政处罚,《行政处罚法》第九条,是,G01、G02,张三',
    '2,CF-002,对乙的处罚,,行政处罚（审核转报）,"《行政处罚法》\r\n第十条",不知道,G01,,右边的格,,再右边',
    '注：此行像备注',
    '3,,没有编码的事项,,行政许可,,否,,',
    '4,CF-004,对丁的处罚,,不是类型,《条例》,是,G03,李四',
    ',,,,,,,,',
    '5,CF-001,对甲的处罚,,行政处罚,《行政处罚法》第九条,是,G01,张三',
    '注：表尾的说明',
    '制表人：王五',
  ].join('\n');
  const posts = ['岗位编号,岗位名称,所属机构', 'G01,执法岗,执法支队', 'G02,审核岗,法制科', ',无编号岗位,法制科'].join('\r\n');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '执法事项.csv'), powers);
  writeFileSync(join(folder, '执法岗位.csv'), `\uFEFF${posts}`);
  writeFileSync(join(folder, '说明.csv'), '这不是表\n');
  return folder;
}

describe('loadInventory of CSV (records streamed from the reader)', () => {
  const folders = [
    'samples/csv-gb18030',
    'test/fixtures/ingest/csv-utf8',
    'test/fixtures/ingest/csv-bom',
    'test/fixtures/ingest/notes.csv',
    'test/fixtures/ingest/duplicate-column.csv',
    'test/fixtures/ingest/title-row.csv',
    'test/fixtures/annotate/csv-folder',
    'test/fixtures/publish/hostile',
  ];
  it.each(folders)('gives the whole-table inventory and findings for %s', async (path) => {
    const streamed = await loadInventory(path, { cwd: root });
    expect(streamed.inventory.powers.length + streamed.inventory.bases.length + streamed.inventory.posts.length).toBeGreaterThan(0);
    expect(serialise(streamed)).toBe(serialise(await loadWhole(path, root)));
  });

  it('gives the same for notes, sections, cells right of the header, bad values and omitted rows', async () => {
    const folder = writeAwkwardFolder();
    const streamed = await loadInventory(folder, { cwd: scratch });
    const whole = await loadWhole(folder, scratch);
    expect(serialise(streamed)).toBe(serialise(whole));
    // The case is awkward enough to matter: extra cells kept, a row omitted, schema and ingest findings made.
    expect(streamed.inventory.powers.some((power) => power.extra?.has('') === true)).toBe(true);
    expect(streamed.inventory.omittedKeys.postNames).toEqual(['无编号岗位']);
    expect(new Set(streamed.diagnostics.map((d) => d.ruleId))).toEqual(
      new Set(['ingest/note-row', 'ingest/section-row', 'ingest/duplicate-column', 'ingest/unknown-column', 'schema/powers', 'schema/posts', ...whole.diagnostics.map((d) => d.ruleId)]),
    );
    expect(streamed.inventory.tables.find((table) => table.kind === 'powers')?.rowCount).toBe(6);
  });
});

/** The department most powers name, as the batch outcome counted it from the model (ties: first to the count). */
function mainDepartment(powers: readonly { readonly department?: string }[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const { department } of powers) {
    if (department === undefined || department === '') continue;
    const count = (counts.get(department) ?? 0) + 1;
    counts.set(department, count);
    if (count > bestCount) [best, bestCount] = [department, count];
  }
  return best;
}

describe('checkSummary (powers streamed through the rules, no model kept)', () => {
  /** Folders whose powers are read before other tables or beside a second powers file: the powers wait, then go. */
  function writeOrderFolders(): string[] {
    const powers = (code: string) => ['事项编码,事项名称,事项类型,实施依据,执法岗位', `${code},对无证经营的处罚,行政处罚,《某法》第一条,G09`].join('\n');
    const posts = ['岗位编号,岗位名称,所属机构,对应事项编码', 'G01,执法岗,执法支队,CF-001、CF-404'].join('\n');
    const two = join(scratch, 'two-powers');
    mkdirSync(two);
    writeFileSync(join(two, '执法事项.csv'), powers('CF-001'));
    writeFileSync(join(two, '权责清单.csv'), powers('CF-002'));
    writeFileSync(join(two, '执法岗位.csv'), posts);
    const unnamed = join(scratch, 'unnamed-powers');
    mkdirSync(unnamed);
    writeFileSync(join(unnamed, 'a-list.csv'), powers('CF-001'));
    writeFileSync(join(unnamed, '执法岗位.csv'), posts);
    return [two, unnamed];
  }
  const generated = join(scratch, 'generated');
  generateInventories({ departments: 1, powers: 1500, format: 'csv', seed: 3, out: generated, mistakes: 0.05 });

  const inputs = [
    'samples/csv-gb18030',
    'samples/city-ecology-bureau.xlsx',
    'test/fixtures/ingest/csv-utf8',
    'test/fixtures/ingest/notes.csv',
    'test/fixtures/annotate/csv-folder',
    'test/fixtures/publish/hostile',
  ];
  it.each(inputs)('gives the findings, rows, tables, department and facts of checkInventory for %s', async (path) => {
    await expectSameCheck(path, root);
  });

  it('gives the same for a generated inventory, an awkward folder, two powers files and a powers file named as no table', async () => {
    const [dir] = readdirSync(generated);
    // Findings of many rules, so the comparison means something.
    const ruleIds = await expectSameCheck(join(generated, dir ?? ''), scratch);
    expect(ruleIds.size).toBeGreaterThan(4);
    await expectSameCheck(writeAwkwardFolder(), scratch);
    for (const folder of writeOrderFolders()) await expectSameCheck(folder, scratch);
  });

  /** Asserts the two checks agree; returns the rule ids of the findings. */
  async function expectSameCheck(path: string, cwd: string): Promise<Set<string>> {
    const whole = await checkInventory(path, { cwd });
    const summary = await checkSummary(path, { cwd }, { facts: true });
    expect(JSON.stringify(summary.diagnostics)).toBe(JSON.stringify(whole.diagnostics));
    expect(summary.rows).toEqual(whole.rows);
    expect(summary.tables).toEqual(whole.inventory.tables);
    expect(summary.department).toBe(mainDepartment(whole.inventory.powers));
    expect(JSON.stringify(summary.facts)).toBe(JSON.stringify(whole.facts));
    expect((await checkSummary(path, { cwd }, { facts: false })).facts).toBeUndefined();
    return new Set(whole.diagnostics.map((d) => d.ruleId));
  }
});
