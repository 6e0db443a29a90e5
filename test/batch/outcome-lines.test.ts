// Outcome files carry no stack traces: a stack names the folders quanze is installed in, so two shards run from
// different installs would write different bytes for the same unreadable inventory.

import { describe, expect, it } from 'vitest';
import { outcomeLines, type OutcomeHeader } from '../../src/batch/outcome-file.js';

const header: OutcomeHeader = {
  quanze: 'check-outcome', format: 1, version: '0.0.0', shard: 1, shards: 1, total: 1, inventories: 1,
  inputs: 'sha256:0', options: 'sha256:0', lang: 'zh', severities: {},
};

describe('outcomeLines', () => {
  it('writes a failure with its cause\'s name and message but not its stack', () => {
    const error = { code: 'input-unreadable' as const, text: { zh: '损坏', en: 'damaged' }, cause: { name: 'ToolkitError', message: 'damaged', stack: 'ToolkitError: damaged\n    at /opt/quanze-a/dist/ingest/xlsx.js:1:1' } };
    const [, line] = [...outcomeLines(header, [{ index: 0, source: 'a.xlsx', outcome: { kind: 'failed', error } }])];
    expect(line).not.toContain('/opt/quanze-a');
    expect(JSON.parse(line ?? '')).toEqual({ index: 0, source: 'a.xlsx', outcome: { kind: 'failed', error: { ...error, cause: { name: 'ToolkitError', message: 'damaged' } } } });
  });
});
