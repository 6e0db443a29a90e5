// The formatter registry offers the formats DESIGN names for `check --format`.

import { describe, expect, it } from 'vitest';

import { formatters, isFormatterName, type FormatterName } from '../../src/report/index.js';
import { cwd, sampleContext, sampleDiagnostics, sampleReport } from './sample-report.js';

const names = Object.keys(formatters) as FormatterName[];

describe('formatter registry', () => {
  it('offers the formats DESIGN names for `check --format`', () => {
    expect(names).toEqual(['stylish', 'json', 'junit', 'github', 'sarif']);
    expect(isFormatterName('sarif')).toBe(true);
    expect(isFormatterName('toString')).toBe(false);
  });

  it.each(names)('%s gives the same bytes whatever order the findings came in', (name) => {
    const forward = sampleDiagnostics('zh');
    const a = formatters[name](sampleReport('zh', forward), sampleContext('zh'));
    const b = formatters[name](sampleReport('zh', [...forward].reverse()), sampleContext('zh'));
    const shuffled = { ...sampleReport('zh'), diagnostics: [...forward].reverse(), files: [...sampleReport('zh').files].reverse() };
    expect(b).toBe(a);
    expect(formatters[name](shuffled, sampleContext('zh'))).toBe(a);
  });

  it.each(names)('%s prints no machine path', (name) => {
    expect(formatters[name](sampleReport('en'), sampleContext('en'))).not.toContain(cwd);
  });
});
