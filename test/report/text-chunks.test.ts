// --format stylish, junit and github in pieces: joined, the pieces are byte for byte the text the one-string
// formatters printed before they wrote in pieces (golden files recorded from those), for the sample report in both
// languages, in colour, and for the edge cases of the shape; and they do come in more than one piece.

import { describe, expect, it } from 'vitest';
import { formatChunks, formatters } from '../../src/report/index.js';
import type { CheckReport, FormatterContext } from '../../src/report/types.js';
import { sampleContext, sampleReport } from './sample-report.js';

const summary = { files: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };

const cases: [string, CheckReport, FormatterContext][] = [
  ['sample.zh', sampleReport('zh'), sampleContext('zh')],
  ['sample.en', sampleReport('en'), sampleContext('en')],
  ['sample.zh.color', sampleReport('zh'), sampleContext('zh', { color: true })],
  ['empty', { summary, diagnostics: [], files: [] }, sampleContext('zh')],
  ['clean-file', { summary: { ...summary, files: 1, rows: 3 }, diagnostics: [], files: [{ file: 'a.xlsx', rows: { powers: 3 }, errors: 0, warnings: 0, infos: 0 }] }, sampleContext('en')],
  ['multi-line', {
    summary: { ...summary, files: 1, errors: 1, infos: 1 },
    diagnostics: [
      { ruleId: 'x', severity: 'error', message: '第一行\n第二行', file: 'a.xlsx', sheet: '执法事项', row: 2, column: 'B', related: [], value: '"引号"\t\u2028', hint: '改\n正' },
      { ruleId: 'y', severity: 'info', message: 'note %', file: 'b.xlsx', related: [{ file: 'a.xlsx', row: 3 }] },
    ],
    files: [{ file: 'a.xlsx', rows: { powers: 3 }, errors: 1, warnings: 0, infos: 0 }],
  }, sampleContext('zh')],
];

const extension = { stylish: 'txt', junit: 'xml', github: 'txt' } as const;

/** The golden files the one-string formatters' own tests already keep, and new ones for the other cases. */
const existing: Readonly<Record<string, string>> = {
  'stylish.sample.zh': 'stylish.zh.txt',
  'stylish.sample.en': 'stylish.en.txt',
  'stylish.sample.zh.color': 'stylish.zh.color.txt',
  'junit.sample.zh': 'junit.xml',
  'github.sample.zh': 'github.txt',
};
const golden = (name: keyof typeof extension, label: string): string =>
  `../golden/report/${existing[`${name}.${label}`] ?? `chunks/${name}.${label}.${extension[name]}`}`;

describe.each(['stylish', 'junit', 'github'] as const)('%s in pieces', (name) => {
  it.each(cases)('joined, gives the bytes of the one-string formatter: %s', async (label, report, context) => {
    const joined = [...formatChunks(name, report, context)].join('');
    expect(joined).toBe(formatters[name](report, context));
    await expect(joined).toMatchFileSnapshot(golden(name, label));
  });

  it('comes in pieces', () => {
    expect([...formatChunks(name, sampleReport('zh'), sampleContext('zh'))].length).toBeGreaterThan(3);
  });
});
