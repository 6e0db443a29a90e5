// --format json: the shape DESIGN gives, byte-stable, cell text kept exactly.

import { describe, expect, it } from 'vitest';

import { json } from '../../src/report/json.js';
import { cwd, sampleContext, sampleDiagnostics, sampleReport } from './sample-report.js';

describe('json', () => {
  const text = json(sampleReport('zh'), sampleContext('zh'));

  it('matches the golden report', async () => {
    await expect(text).toMatchFileSnapshot('../golden/report/check.json');
  });

  it('has the shape DESIGN gives for `check --format json`', () => {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 2)).toEqual(['summary', 'diagnostics']);
    expect(parsed.summary).toEqual({ files: 4, rows: 7433, errors: 4, warnings: 3, infos: 2 });
    expect(Object.keys(parsed.summary as object).slice(0, 4)).toEqual(['files', 'rows', 'errors', 'warnings']);
    const diagnostics = parsed.diagnostics as Record<string, unknown>[];
    expect(diagnostics).toHaveLength(sampleDiagnostics('zh').length);
    for (const d of diagnostics) {
      expect(d).toEqual(expect.objectContaining({ ruleId: expect.any(String), severity: expect.any(String), message: expect.any(String), file: expect.any(String) }));
      expect(Object.keys(d)).toEqual(Object.keys(d).sort());
    }
  });

  it('is byte-stable: two-space indent, final newline, no machine paths', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "summary": {');
    expect(text).not.toContain(cwd);
    expect(text).toContain('"file": "inventories/司法局.xlsx"');
  });

  it('keeps cell text exactly, control characters escaped by JSON', () => {
    const parsed = JSON.parse(text) as { diagnostics: { value?: string }[] };
    const values = parsed.diagnostics.map((d) => d.value);
    expect(values).toContain("=cmd|' /C calc'!A0");
    expect(values).toContain('备注\u001b[31m\u0000');
    expect(text).toContain('\\u001b[31m\\u0000');
  });
});
