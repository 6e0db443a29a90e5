// `quanze check` in-process: exit codes, formats, output files, and one-line errors for bad input.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const clean = 'samples/city-ecology-bureau.xlsx';
const mistakes = 'samples/mistakes/city-parks-bureau.xlsx';
const config = 'test/fixtures/cli/reference-2026.config.json';
const sha = (path: string): string => createHash('sha256').update(readFileSync(join(root, path))).digest('hex');

async function check(...argv: string[]) {
  const io = fakeIo({ cwd: root });
  const code = await run(['check', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze check', () => {
  it('exits 0 on the clean sample and 1 on the sample with mistakes', async () => {
    expect((await check(clean, '--config', config)).code).toBe(0);
    const result = await check(mistakes, '--config', config);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/权责清单!B6 +错误 +事项编码“CF-003”重复/);
  });

  it('reads every row of the published-layout workbook and points at the planted cells', async () => {
    const { out } = await check(mistakes, '--config', config, '--format', 'json');
    const report = JSON.parse(out) as { summary: { rows: number }; diagnostics: Array<{ ruleId: string; sheet: string; row: number; column: string }> };
    const at = (ruleId: string) => report.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => `${d.sheet}!${d.column}${d.row}`);
    expect(at('power-code-unique')).toEqual(['权责清单!B6']);
    expect(at('power-basis-exists')).toEqual(['权责清单!E8']);
    expect(at('basis-title-unique')).toEqual(['法律依据!B7']);
    expect(at('post-power-exists')).toEqual(['岗位清单!E6']);
    expect(at('post-unit-exists')).toEqual(['岗位清单!C6']);
    expect(at('power-has-post')).toEqual(['权责清单!H12']);
    expect(at('ingest/unknown-column')).toEqual(['权责清单!L2']);
    expect(at('schema/powers')).toEqual(['权责清单!D7', '权责清单!C11']);
    expect(at('schema/bases')).toEqual(['法律依据!F4']);
    expect(report.summary.rows).toBe(26);
  });

  it('gives byte-identical output across runs', async () => {
    const a = await check(mistakes, '--config', config, '--format', 'sarif');
    const b = await check(mistakes, '--config', config, '--format', 'sarif');
    expect(a.out).toBe(b.out);
  });

  it('--fail-on warning and --max-warnings turn warnings into exit 1', async () => {
    const warnings = 'test/fixtures/cli/warnings-only';
    const json = JSON.parse((await check(warnings, '--config', config, '--format', 'json')).out) as { summary: { errors: number; warnings: number } };
    expect(json.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect((await check(warnings, '--config', config)).code).toBe(0);
    expect((await check(warnings, '--config', config, '--fail-on', 'warning')).code).toBe(1);
    expect((await check(warnings, '--config', config, '--max-warnings', '1')).code).toBe(0);
    expect((await check(warnings, '--config', config, '--max-warnings', '0')).code).toBe(1);
  });

  it('writes the report to a file with -o and never touches the input', async () => {
    const before = sha(mistakes);
    const dir = mkdtempSync(join(tmpdir(), 'quanze-cli-'));
    const out = join(dir, 'report.xml');
    const result = await check(mistakes, '--config', config, '--format', 'junit', '-o', out);
    expect(result.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(dir)).toEqual(['report.xml']);
    expect(sha(mistakes)).toBe(before);
  });

  it('speaks English with --lang en', async () => {
    const { out } = await check(mistakes, '--config', config, '--lang', 'en');
    expect(out).toMatch(/Power code "CF-003" is used twice/);
    expect(out).toMatch(/errors?, \d+ warnings?/);
  });

  it.each([
    [['missing.xlsx'], /missing\.xlsx/],
    [['test/fixtures/ingest/encrypted.xlsx'], /encrypted\.xlsx/],
    [['test/fixtures/ingest/empty.csv'], /empty\.csv/],
    [['test/fixtures/ingest/notes.txt'], /notes\.txt/],
    [[clean, '--format', 'xml'], /xml/],
    [[clean, '--config', 'test/fixtures/cli/bad-rule.config.json'], /no-such-rule/],
  ])('exits 2 with a one-line reason for %j', async (argv, pattern) => {
    const result = await check(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('checks the other workbooks of a batch when one is unreadable, then exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quanze-batch-'));
    copyFileSync(join(root, clean), join(dir, 'a.xlsx'));
    writeFileSync(join(dir, 'b.xlsx'), 'not a workbook');
    const io = fakeIo({ cwd: dir });
    const code = await run(['check', '.', '--config', join(root, config), '--format', 'json'], io);
    expect(code).toBe(2);
    expect(JSON.parse(io.stdout()).summary.files).toBe(1);
    expect(io.stderr()).toMatch(/b\.xlsx/);
  });
});

describe('quanze init', () => {
  it('writes the template and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quanze-init-'));
    const io = fakeIo({ cwd: dir });
    expect(await run(['init', 'tpl'], io)).toBe(0);
    expect(existsSync(join(dir, 'tpl', '执法清单模板.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'tpl', 'csv', '执法事项.csv'))).toBe(true);
    // The config it writes is valid: a check run in that folder loads it.
    expect(JSON.parse(readFileSync(join(dir, 'tpl', 'quanze.config.json'), 'utf8')).profile).toBe('national');
    const again = fakeIo({ cwd: dir });
    expect(await run(['init', 'tpl'], again)).toBe(2);
    expect(again.stderr()).toMatch(/已存在/);
  });

  it('the blank template checks without a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quanze-init-'));
    await run(['init'], fakeIo({ cwd: dir }));
    const io = fakeIo({ cwd: dir });
    const code = await run(['check', '执法清单模板.xlsx', '--format', 'json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.stdout()) as { summary: { rows: number }; diagnostics: unknown[] };
    expect(report.summary.rows).toBe(0);
    // The template's own 填写说明 sheet is not reported as an unknown sheet.
    expect(report.diagnostics).toEqual([]);
  });
  it('-o naming an existing folder is one line that says to give a file (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quanze-o-folder-'));
    const zh = await check(clean, '-o', dir);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`quanze: 无法写入 ${dir}：这是一个已有的文件夹：请给出文件的路径，而不是文件夹\n`);
    const en = await check(clean, '-o', dir, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toBe(`quanze: Cannot write ${dir}: it is an existing folder: give the path of a file, not a folder\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('-o where no file can be made (under /proc) says so and what to do, not that a folder cannot be made', async () => {
    const zh = await check(clean, '-o', '/proc/quanze-report.json');
    expect(zh.code).toBe(2);
    expect(zh.err).toBe('quanze: 无法写入 /proc/quanze-report.json：此处不能创建文件或文件夹：请换一个位置\n');
    const en = await check(clean, '-o', '/proc/quanze-report.json', '--lang', 'en');
    expect(en.err).toBe('quanze: Cannot write /proc/quanze-report.json: nothing can be created there: choose another place\n');
  });
});
