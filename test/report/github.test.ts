// --format github: one escaped workflow command per finding, with the row as the line.

import { describe, expect, it } from 'vitest';

import { createCheckReport } from '../../src/report/create-report.js';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { sampleContext, sampleDiagnostics, sampleReport } from './sample-report.js';

describe('github', () => {
  const text = github(sampleReport('zh'), sampleContext('zh'));

  it('matches the golden report', async () => {
    await expect(text).toMatchFileSnapshot('../golden/report/github.txt');
  });

  it('prints one workflow command per finding, each on one line', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(sampleDiagnostics('zh').length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^,:]+::.+$/);
  });

  it('escapes data and properties as GitHub documents', () => {
    expect(escapeData('50%\r\nnext: a, b')).toBe('50%25%0D%0Anext: a, b');
    expect(escapeProperty('50%\r\nnext: a, b')).toBe('50%25%0D%0Anext%3A a%2C b');
    expect(text).toContain('::error file=samples/交通运输局/powers.csv,line=5,title=schema/powers (B5)::办理时限“50%25, 5:00”无法识别%0A提示：');
  });

  it('gives the workbook row as the line and names sheet and cell in the title', () => {
    expect(text).toContain('::error file=samples/市场监管局.xlsx,line=14,title=power-basis-exists (执法事项!C14)::');
    expect(text).toContain('::notice file=samples/市场监管局.xlsx,title=ingest/unknown-sheet (\'Sheet 1\')::');
    expect(text).toContain('::error file=inventories/司法局.xlsx,title=ingest/missing-table::');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(github(createCheckReport([], [{ file: 'a.csv', rows: {} }]), sampleContext('en'))).toBe('');
  });
});
