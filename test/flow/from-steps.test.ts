// buildFlow from a 执法流程 table: lanes by post, branch words, limits, and the step rules' findings marked on the boxes.

import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/api.js';
import { interpolate } from '../../src/diagnostics/types.js';
import { buildFlow } from '../../src/flow/index.js';
import type { FlowModel } from '../../src/flow/index.js';
import cycleRule from '../../src/rules/step-cycle.js';
import nextRule from '../../src/rules/step-next-exists.js';
import reachableRule from '../../src/rules/step-reachable.js';
import type { Rule } from '../../src/rules/define-rule.js';
import { inventoryOf, type TableRows } from '../helpers/inventory.js';
import { problemsOf } from '../helpers/rule-tester.js';

const node = (model: FlowModel, label: string) => model.nodes.find((n) => n.label === label);
const out = (model: FlowModel, id: string) => model.edges.filter((e) => e.from === id).map((e) => [e.to, e.label]);

describe('buildFlow from the steps table', () => {
  it('draws the sample licence from its steps: lanes by post name, branch words from 分支条件, cell limits and the promise', async () => {
    const { inventory } = await loadInventory('samples/city-ecology-bureau.xlsx');
    const power = inventory.powers.find((p) => p.code === 'XK-001');
    if (!power) throw new Error('sample has XK-001');
    const model = buildFlow(power, inventory);
    expect(model.origin).toEqual({ kind: 'steps' });
    expect(model.lanes).toEqual(['许可受理岗', '许可审查岗']);
    expect(model.problems).toEqual([]);
    expect(node(model, '申请受理')).toMatchObject({ id: 's1', lane: '许可受理岗', limits: [{ amount: 5, unit: '工作日', kind: 'statutory' }] });
    expect(out(model, 's1')).toEqual([
      ['s2', '材料齐全、符合法定形式的予以受理'],
      ['s7', '不属于本机关职权范围或者依法不需要取得排污许可证'],
    ]);
    // 自受理之日起20日 is the clock's reading: the power's 承诺时限 goes beside it.
    expect(node(model, '审批决定')?.limits).toEqual([
      { amount: 20, unit: '日', kind: 'statutory', from: '受理' },
      { amount: 10, unit: '工作日', kind: 'promised' },
    ]);
    expect(model.nodes.map((n) => n.kind).filter((k) => k !== 'step')).toEqual(['start', 'end', 'remedy']);
    expect(model.edges.at(-1)).toMatchObject({ from: 'end', to: 'remedy' });
    for (const end of ['s5', 's6', 's7']) expect(out(model, end)).toEqual([['end', undefined]]);
  });

  it('maps a terminator step (结束) onto the flow\'s end and reads 当场, hours and weeks', () => {
    const inventory = inventoryOf({
      powers: [{ code: 'QT-1', name: '备案', type: 'other' }],
      steps: [
        { powerCode: 'QT-1', stepId: '1', name: '接收', timeLimit: '当场', next: ['2'] },
        { powerCode: 'QT-1', stepId: '2', name: '核对', timeLimit: '24小时', next: ['3'] },
        { powerCode: 'QT-1', stepId: '3', name: '答复', timeLimit: '2周', next: ['9'] },
        { powerCode: 'QT-1', stepId: '9', name: '结束' },
      ],
    });
    const model = buildFlow(inventory.powers[0]!, inventory);
    expect(model.nodes.map((n) => [n.id, n.limits.map((l) => `${l.amount}${l.unit}`).join()])).toEqual([
      ['start', ''], ['s1', '0当场'], ['s2', '24小时'], ['s3', '14日'], ['end', ''], ['remedy', ''],
    ]);
    expect(out(model, 's3')).toEqual([['end', undefined]]);
  });

  describe('a steps table that contradicts itself still gives a model, with the step rules\' findings', () => {
    const tables: TableRows = {
      powers: [{ code: 'CF-9', name: '对某违法行为的处罚', type: 'penalty' }],
      steps: [
        { powerCode: 'CF-9', stepId: 'S1', name: '立案', next: ['S2'] },
        { powerCode: 'CF-9', stepId: 'S2', name: '调查', next: ['S3', 'S8'] },
        { powerCode: 'CF-9', stepId: 'S3', name: '审查', next: ['S2'] },
        { powerCode: 'CF-9', stepId: 'S4', name: '孤立环节', next: ['S1'] },
        { powerCode: 'CF-9', stepId: 'S5', name: '散落环节' },
      ],
    };
    const inventory = inventoryOf(tables);
    const model = buildFlow(inventory.powers[0]!, inventory);
    /** What `check` says for the same table, in both languages. */
    const said = (rule: Rule) =>
      problemsOf(rule, tables).map((p) => {
        const message = rule.meta.messages[p.messageId] ?? { zh: '', en: '' };
        return { zh: interpolate(message.zh, p.data), en: interpolate(message.en, p.data) };
      });

    it('marks the unknown next step, the loop and the unreachable step on their boxes', () => {
      // S4 has no predecessor and comes before S5, so the flow starts there; S5 is a second beginning.
      expect(model.problems.map((p) => [p.code, p.nodeId])).toEqual([['unknown-next', 's2'], ['cycle', 's3'], ['unreachable', 's5']]);
      expect(model.problems[2]?.message.zh).toContain('没有上一环节');
      expect(model.nodes.find((n) => n.id === 's3')?.problem?.code).toBe('cycle');
      expect(model.nodes.find((n) => n.id === 's4')?.problem).toBeUndefined();
    });

    it('says what check says', () => {
      const messages = model.problems.map((p) => p.message);
      for (const rule of [nextRule, cycleRule, reachableRule]) {
        for (const message of said(rule)) expect(messages).toContainEqual(message);
      }
    });

    it('still draws every step, and the start where the table begins', () => {
      expect(model.nodes.filter((n) => n.kind === 'step').map((n) => n.label)).toEqual(['立案', '调查', '审查', '孤立环节', '散落环节']);
      expect(out(model, 'start')).toEqual([['s4', undefined]]);
    });
  });

  it('marks a table where every step has a predecessor as having no start', () => {
    const inventory = inventoryOf({
      powers: [{ code: 'X-1', name: '某事项', type: 'other' }],
      steps: [
        { powerCode: 'X-1', stepId: 'A', name: '甲', next: ['B'] },
        { powerCode: 'X-1', stepId: 'B', name: '乙', next: ['A', 'C'] },
        { powerCode: 'X-1', stepId: 'C', name: '丙', next: ['A'] },
      ],
    });
    const model = buildFlow(inventory.powers[0]!, inventory);
    expect(model.problems.map((p) => p.code)).toEqual(['no-start', 'cycle', 'cycle', 'no-end']);
    expect(model.problems[0]?.message.zh).toContain('从第一个环节“甲”画起');
    expect(out(model, 'start')).toEqual([['s1', undefined]]);
  });
});
