// Cases for power-type-mismatch: The declared act type agrees with the type the name shows, when the classifier is
// confident.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/api.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { buildIndex } from '../../src/model/build-index.js';
import rule, { MISMATCH_MIN_CONFIDENCE } from '../../src/rules/power-type-mismatch.js';
import { runRules } from '../../src/rules/run-rules.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, runRule, testRule, testSettings } from '../helpers/rule-tester.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const power = (type: ActTypeId, name: string, extra: { subItem?: string; code?: string } = {}) => ({
  code: extra.code ?? 'X-001',
  name,
  type,
  basisText: '《某法》第一条',
  ...(extra.subItem === undefined ? {} : { subItem: extra.subItem }),
});

describe('power-type-mismatch', () => {
  it('reports a declared type that a confident classification contradicts', () => {
    testRule(rule, {
      valid: [
        { powers: [power('penalty', '对未依法取得排污许可证排放大气污染物的处罚')] },
        { powers: [power('licensing', '排污许可证核发')] },
        { powers: [power('coercion', '对违法设施的查封、扣押')] },
        // No cue at all: the classifier is not confident, a reviewer decides.
        { powers: [power('licensing', '某某事项办理')] },
        // 责令改正 typed 处罚 is power-corrective-order's finding, not reported twice.
        { powers: [power('penalty', '责令限期改正')] },
        // 加处罚款 typed 处罚 is power-corrective-order-surcharge's error.
        { powers: [power('penalty', '对到期不缴纳罚款的加处罚款')] },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('penalty', '城市绿地内设置临时设施审批', { code: 'CF-007' }),
              power('penalty', '对违法排污设施的查封、扣押'),
              power('licensing', '对未取得许可证擅自施工的处罚'),
            ],
          },
          findings: [
            { messageId: 'mismatch', row: 2, column: columnOf('powers', 'type'), value: '行政处罚' },
            { messageId: 'mismatch', row: 3, column: columnOf('powers', 'type'), value: '行政处罚' },
            { messageId: 'mismatch', row: 4, column: columnOf('powers', 'type'), value: '行政许可' },
          ],
        },
      ],
    });
  });

  it('names both types and the classifier\'s reason, in either language', () => {
    const tables = { powers: [power('penalty', '城市绿地内设置临时设施审批')] };
    const [zh] = runRule(rule, tables, 'zh');
    expect(zh?.message).toContain('填报为行政处罚');
    expect(zh?.message).toContain('应为行政许可');
    expect(zh?.message).toContain('名称含“审批”');
    const [en] = runRule(rule, tables, 'en');
    expect(en?.message).toContain('declared as penalty');
    expect(en?.message).toContain('points at licensing');
    expect(en?.message).toContain('The name contains "审批"');
  });

  it('reports only at or above the documented confidence', () => {
    expect(MISMATCH_MIN_CONFIDENCE).toBe(0.8);
    const problems = problemsOf(rule, { powers: [power('penalty', '城市绿地内设置临时设施审批')] });
    expect(Number(problems[0]?.data?.confidence)).toBeGreaterThanOrEqual(MISMATCH_MIN_CONFIDENCE);
  });

  it('honours the fee split of the act-type variant: a fee declared 行政征收 is no mismatch', () => {
    const tables = { powers: [power('levy', '城市生活垃圾处理费征收')] };
    expect(runRule(rule, tables, 'zh', { ...testSettings, actTypes: { splitFees: true } })).toEqual([]);
    expect(runRule(rule, tables, 'zh', testSettings)).toEqual([]);
  });

  async function sampleFindings(path: string) {
    const { inventory } = await loadInventory(path, { cwd: root });
    return runRules(inventory, buildIndex(inventory), [rule], { lang: 'zh', settings: testSettings });
  }

  it('finds no mismatch in the bundled clean sample', async () => {
    expect(await sampleFindings('samples/city-ecology-bureau.xlsx')).toEqual([]);
  });

  it('flags the planted mistake in the parks sample (row 9, an approval typed 行政处罚)', async () => {
    const findings = await sampleFindings('samples/mistakes/city-parks-bureau.xlsx');
    expect(findings.map((d) => ({ row: d.row, value: d.value }))).toContainEqual({ row: 9, value: '行政处罚' });
    expect(findings.find((d) => d.row === 9)?.message).toContain('城市绿地内设置临时设施审批');
  });
});
