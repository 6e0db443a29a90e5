// Every built-in rule is registered once, named after its file, documented, tested and listed in the README.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInBatchRules } from '../../src/rules/batch/index.js';
import { builtInRules } from '../../src/rules/index.js';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/rules/', root))
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'define-rule.ts', 'run-rules.ts'].includes(f))
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule registry', () => {
  const ids = builtInRules.map((r) => r.meta.id);

  it('registers every rule file exactly once, sorted by id', () => {
    expect(ids).toEqual(ruleFiles);
    expect([...ids].sort()).toEqual(ids);
  });

  const batchIds = builtInBatchRules.map((r) => r.meta.id);
  it('registers every batch rule file once', () => {
    const files = readdirSync(new URL('src/rules/batch/', root)).filter((f) => f.startsWith('batch-')).map((f) => f.slice(0, -3)).sort();
    expect(batchIds).toEqual(files);
  });

  const everyRule = [...builtInRules.map((r) => [r.meta.id, r.meta, 'test/rules'] as const), ...builtInBatchRules.map((r) => [r.meta.id, r.meta, 'test/rules/batch'] as const)];
  it.each(everyRule)('%s has docs, a test, messages and hints in both languages', (id, meta, testDir) => {
    const rule = { meta };
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
    expect(existsSync(new URL(rule.meta.docs, root))).toBe(true);
    expect(readFileSync(new URL(rule.meta.docs, root), 'utf8')).toMatch(new RegExp(`^# ${id}\\n`));
    expect(existsSync(new URL(`${testDir}/${id}.test.ts`, root))).toBe(true);
    expect(Object.keys(rule.meta.hints).sort()).toEqual(Object.keys(rule.meta.messages).sort());
    for (const text of [rule.meta.description, ...Object.values(rule.meta.messages), ...Object.values(rule.meta.hints)]) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/[a-z]/);
    }
  });

  it('lists every rule in the README rules table with its default severity', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const rows = [...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/[a-z-]+\.md\) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([...builtInRules, ...builtInBatchRules].map((r) => [r.meta.id, r.meta.severity]));
  });
});
