// Cases for power-type-mismatch: The declared act type agrees with the type the name shows, when the classifier is
// confident.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/api.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { buildIndex } from '../../src/model/build-index.js';
import {
  calibrateWith, classifyPower, contradicts, classifyUncalibrated, fitCalibration, mismatchScores, nationalType, toleratedDeclarations,
  type Classification, type MismatchCase,
} from '../../src/classify/index.js';
import rule, { MISMATCH_MIN_CONFIDENCE, reportedByAnotherRule } from '../../src/rules/power-type-mismatch.js';
import { runRules } from '../../src/rules/run-rules.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, runRule, testRule, testSettings } from '../helpers/rule-tester.js';
import { loadLabelled } from '../classify/load-labelled.js';

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

  // Composed names for each declaration DOMAIN accepts (tolerated-declarations.ts): not reported when declared so,
  // reported when declared as a type the entry does not accept.
  const toleratedExamples: Readonly<Record<string, readonly [name: string, accepted: ActTypeId, rejected: ActTypeId]>> = {
    'filing-as-confirmation': ['互联网接入单位联网备案', 'confirmation', 'licensing'],
    'forward-review-underlying': ['中外合作职业培训机构设立审核转报', 'licensing', 'penalty'],
    'annual-check-as-licence': ['民办培训学校年检', 'licensing', 'penalty'],
    'registration-either-way': ['农村集体经济组织登记', 'licensing', 'penalty'],
  };

  it.each(toleratedDeclarations.map((t) => [t.id, t] as const))('accepts what DOMAIN accepts: %s', (id, entry) => {
    const example = toleratedExamples[id];
    expect(example, `no example for ${id}`).toBeDefined();
    if (example === undefined) return;
    const [name, accepted, rejected] = example;
    expect((entry.cueIds as readonly string[]).includes(classifyPower({ name }).cueId ?? '')).toBe(true);
    expect(runRule(rule, { powers: [power(accepted, name)] })).toEqual([]);
    // The rejected type is reported when the classification is confident enough.
    const confident = classifyPower({ name }).confidence >= MISMATCH_MIN_CONFIDENCE;
    expect(runRule(rule, { powers: [power(rejected, name)] }).length).toBe(confident ? 1 : 0);
  });

  it('still reports a filing declared 行政许可', () => {
    expect(runRule(rule, { powers: [power('licensing', '企业投资项目备案')] })).toHaveLength(1);
  });
});

/**
 * The threshold, tuned on the labelled dev set: every name declared once with its true type (a warning is a false
 * alarm) and once with each other type (a warning is a detection), with the shipped calibration and with one fitted
 * leaving the name's source out. Measured at 0.80: 4 false alarms in 415 (1.0 %), 87.0 % of wrong types found,
 * 90.9 % of warnings real when one declared type in ten is wrong — the same with either calibration. At 0.75 there are
 * 7 false alarms; at 0.85 (leaving the source out) recall falls to 74.6 % for one false alarm fewer.
 */
describe('power-type-mismatch threshold on the labelled names', () => {
  const dev = loadLabelled('dev.tsv');
  const raw = dev.map((row) => ({ row, c: classifyUncalibrated({ name: row.name }) }));
  const withConfidence = (c: Classification, confidence: number): Classification => ({ ...c, confidence });
  const inSample: MismatchCase[] = raw.map(({ row }) => ({ truth: nationalType(row.expected), classification: classifyPower({ name: row.name }) }));
  const leaveOneSourceOut: MismatchCase[] = raw.map(({ row, c }) => {
    const steps = fitCalibration(raw.filter((o) => o.row.source !== row.source)
      .map((o) => ({ raw: o.c.confidence, correct: o.c.type === o.row.expected })));
    return { truth: nationalType(row.expected), classification: withConfidence(c, calibrateWith(steps, c.confidence)) };
  });
  const asTheRule = (c: Classification, declared: ActTypeId, t: number): boolean =>
    !reportedByAnotherRule(c, declared) && contradicts(c, declared, t);

  it.each([['in sample', inSample], ['leaving the source out', leaveOneSourceOut]] as const)('%s: few false alarms, most wrong types found', (_label, cases) => {
    const at = mismatchScores(cases, MISMATCH_MIN_CONFIDENCE, 0.1, asTheRule);
    expect(at.falseAlarmRate).toBeLessThanOrEqual(0.015);
    expect(at.recall).toBeGreaterThanOrEqual(0.85);
    expect(at.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('sits where answers become ≥ 95 % right: the band just below is noisier', () => {
    const accuracy = (lo: number, hi: number): number => {
      const band = inSample.filter((k) => k.classification.confidence >= lo && k.classification.confidence < hi);
      return band.filter((k) => nationalType(k.classification.type) === k.truth).length / band.length;
    };
    expect(accuracy(MISMATCH_MIN_CONFIDENCE, 0.9)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(0.7, MISMATCH_MIN_CONFIDENCE)).toBeLessThan(0.95);
    expect(mismatchScores(inSample, 0.75, 0.1, asTheRule).falseAlarms).toBeGreaterThan(mismatchScores(inSample, MISMATCH_MIN_CONFIDENCE, 0.1, asTheRule).falseAlarms);
  });
});
