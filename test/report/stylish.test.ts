// The default terminal report: golden output in both languages and in colour, and no control character reaches the
// terminal.

import { describe, expect, it } from 'vitest';

import { createCheckReport } from '../../src/report/create-report.js';
import { stylish } from '../../src/report/stylish.js';
import { displayWidth } from '../../src/report/text.js';
import { sampleContext, sampleReport } from './sample-report.js';

const ansi = /\u001b\[[0-9;]*m/g;

describe('stylish', () => {
  it('matches the golden report in Chinese', async () => {
    await expect(stylish(sampleReport('zh'), sampleContext('zh'))).toMatchFileSnapshot('../golden/report/stylish.zh.txt');
  });

  it('matches the golden report in English', async () => {
    await expect(stylish(sampleReport('en'), sampleContext('en'))).toMatchFileSnapshot('../golden/report/stylish.en.txt');
  });

  it('matches the golden report with colour', async () => {
    const text = stylish(sampleReport('zh'), sampleContext('zh', { color: true }));
    await expect(text).toMatchFileSnapshot('../golden/report/stylish.zh.color.txt');
  });

  it('colours only when asked, and colour changes nothing but escape codes', () => {
    const plain = stylish(sampleReport('zh'), sampleContext('zh'));
    const coloured = stylish(sampleReport('zh'), sampleContext('zh', { color: true }));
    expect(plain).not.toMatch(ansi);
    expect(coloured).toMatch(ansi);
    expect(coloured.replace(ansi, '')).toBe(plain);
  });

  it('lets no control character from a cell reach the terminal', () => {
    const plain = stylish(sampleReport('zh'), sampleContext('zh'));
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(plain).toContain('表头“备注␛[31m”');
  });

  it('aligns the rule id column of each file by display width', () => {
    const plain = stylish(sampleReport('zh'), sampleContext('zh'));
    const block = plain.split('\n\n').find((b) => b.startsWith('samples/市场监管局.xlsx')) ?? '';
    const ruleColumns = block
      .split('\n')
      .filter((line) => /  (schema\/|power-|basis-|ingest\/)\S+$/.test(line))
      .map((line) => displayWidth(line.slice(0, line.lastIndexOf('  ') + 2)));
    expect(ruleColumns.length).toBe(5);
    expect(new Set(ruleColumns).size).toBe(1);
  });

  it('ends with where to read about a rule, naming one of the report\'s rule ids', () => {
    expect(stylish(sampleReport('zh'), sampleContext('zh')).trimEnd().split('\n').at(-1)).toMatch(/^查看规则的说明：quanze rules <规则>，如 quanze rules \S+$/);
    expect(stylish(sampleReport('en'), sampleContext('en')).trimEnd().split('\n').at(-1)).toMatch(/^to read about a rule: quanze rules <rule>, e\.g\. quanze rules \S+$/);
  });

  it('aligns the summary table by display width', () => {
    const plain = stylish(sampleReport('zh'), sampleContext('zh'));
    const [table = ''] = plain.slice(plain.indexOf('  文件')).split('\n\n');
    const widths = table.trimEnd().split('\n').map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });

  it('says so when there is nothing to report, and still lists the files', () => {
    const clean = createCheckReport([], [{ file: 'samples/教育局.xlsx', rows: { powers: 31 } }]);
    expect(stylish(clean, sampleContext('zh'))).toBe(
      ['✔ 未发现问题', '', '  文件                 执法事项  错误  警告', '  ' + '─'.repeat(41), '  samples/教育局.xlsx        31     0     0', ''].join('\n'),
    );
    expect(stylish(clean, sampleContext('en')).split('\n')[0]).toBe('✔ no problems');
  });

  it('counts infos without calling them problems', () => {
    const onlyInfo = createCheckReport([{ ruleId: 'power-unclassified', severity: 'info', message: 'x', file: 'a.csv', row: 2, column: 'A' }], []);
    expect(stylish(onlyInfo, sampleContext('zh'))).toContain('✔ 未发现问题（1 条信息）');
    expect(stylish(onlyInfo, sampleContext('en'))).toContain('✔ no problems (1 info)');
  });

  it('prints only the summary line for an empty run', () => {
    expect(stylish(createCheckReport([], []), sampleContext('en'))).toBe('✔ no problems\n');
  });

  it('uses singular and plural in English', () => {
    const one = createCheckReport(
      [{ ruleId: 'r', severity: 'error', message: 'm', file: 'a.csv' }, { ruleId: 'r', severity: 'warning', message: 'm', file: 'a.csv' }],
      [],
    );
    expect(stylish(one, sampleContext('en'))).toContain('✖ 1 error, 1 warning\n');
  });
});

describe('stylish at scale', () => {
  it('formats a file with 200 000 findings', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      ruleId: 'schema/powers',
      severity: 'error' as const,
      message: `第${i}行缺少事项名称`,
      file: 'big.csv',
      row: i + 2,
      column: 'B',
    }));
    const text = stylish(createCheckReport(many, [{ file: 'big.csv', rows: { powers: 200_000 } }]), sampleContext('zh'));
    expect(text).toContain('✖ 200000 个错误，0 个警告');
  });
});
