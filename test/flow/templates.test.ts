// The standard templates: which power gets which, the branches its facts choose, and the shape every template keeps.

import { describe, expect, it } from 'vitest';
import { buildFlow, flowTemplates, renderFlowMermaid, type FlowModel } from '../../src/flow/index.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import type { PowerRow } from '../../src/model/types.js';
import { inventoryOf } from '../helpers/inventory.js';

function flowOf(power: Partial<PowerRow> & { name: string; type: ActTypeId }, template?: string): FlowModel {
  const inventory = inventoryOf({ powers: [{ code: 'T-1', basisText: '《某法》第一条', ...power }] });
  const [record] = inventory.powers;
  if (!record) throw new Error('no power');
  return buildFlow(record, inventory, template === undefined ? {} : { template });
}

const ids = (model: FlowModel) => model.nodes.map((n) => n.id);
const templateOf = (model: FlowModel) => (model.origin.kind === 'template' ? model.origin.templateId : 'steps');

describe('standard templates', () => {
  it('gives each act type its template; coercion by measure or enforcement', () => {
    const cases: Array<[ActTypeId, string, string]> = [
      ['penalty', '对某违法行为的处罚', 'penalty-general'],
      ['licensing', '某许可证核发', 'licensing'],
      ['coercion', '对违法物品的查封、扣押', 'coercion-measure'],
      ['coercion', '对到期不缴纳罚款的加处罚款', 'coercion-execution'],
      ['coercion', '对拒不清除的代为清除', 'coercion-execution'],
      ['levy', '某费征收', 'levy'],
      ['payment', '某补助发放', 'payment'],
      ['inspection', '某监督检查', 'inspection'],
      ['confirmation', '某等级评定', 'confirmation'],
      ['reward', '某奖励', 'reward'],
      ['adjudication', '某权属争议的裁决', 'adjudication'],
      ['other', '某备案', 'other'],
    ];
    for (const [type, name, id] of cases) expect(templateOf(flowOf({ type, name })), name).toBe(id);
    expect(templateOf(flowOf({ type: 'penalty', name: '当场处罚' }, 'penalty-simple'))).toBe('penalty-simple');
  });

  it('draws a power the inventory leaves untyped as the classifier types it', () => {
    const inventory = inventoryOf({ powers: [{ code: 'T-2', name: '对未取得排污许可证排放污染物的罚款', basisText: '《某法》第一条' }, { code: 'T-3', name: '排污许可证核发' }] });
    const [penalty, licence] = inventory.powers.map((power) => buildFlow(power, inventory));
    expect([penalty?.actType, penalty && templateOf(penalty)]).toEqual(['行政处罚', 'penalty-general']);
    expect([licence?.actType, licence && templateOf(licence)]).toEqual(['行政许可', 'licensing']);
  });

  it('draws the hearing branch only for a penalty open to a hearing, and tells of the right to it', () => {
    const plain = flowOf({ type: 'penalty', name: '对某违法行为的警告' });
    const heard = flowOf({ type: 'penalty', name: '对某违法行为吊销许可证的处罚' });
    expect(ids(plain)).not.toContain('hearing');
    expect(ids(plain)).toContain('notify');
    expect(ids(heard)).toEqual(expect.arrayContaining(['notify-hearing', 'hearing-asked', 'hearing']));
    expect(ids(heard)).not.toContain('notify');
    expect(heard.edges.filter((e) => e.from === 'hearing-asked').map((e) => [e.to, e.label])).toEqual([['hearing', '是'], ['defence', '否']]);
    expect(heard.nodes.find((n) => n.id === 'hearing-asked')?.limits).toEqual([
      { amount: 5, unit: '工作日', kind: 'statutory', source: '《中华人民共和国行政处罚法》第六十四条', from: '告知' },
    ]);
    expect(heard.lanes).toContain('听证主持人');
  });

  it('makes 法制审核 mandatory when the power is flagged 法制审核：是, and a question otherwise', () => {
    const flagged = flowOf({ type: 'penalty', name: '对某违法行为的处罚', legalReview: true });
    const unflagged = flowOf({ type: 'penalty', name: '对某违法行为的处罚' });
    expect(ids(flagged)).not.toContain('review-check');
    expect(flagged.edges.filter((e) => e.to === 'legal-review').map((e) => e.from)).toEqual(['defence']);
    expect(unflagged.edges.filter((e) => e.from === 'review-check').map((e) => [e.to, e.label])).toEqual([
      ['legal-review', '是'], ['collective-check', '否'],
    ]);
  });

  it('shows the promised limit beside the statutory one, and names the main lane by the power\'s 承办机构', () => {
    const model = flowOf({ type: 'licensing', name: '某许可', promisedLimit: '5个工作日', statutoryLimit: '20个工作日', unit: '行政审批科' });
    expect(model.nodes.find((n) => n.id === 'decide')?.limits).toEqual([
      { amount: 20, unit: '工作日', kind: 'statutory', source: '《中华人民共和国行政许可法》第四十二条', from: '受理' },
      { amount: 5, unit: '工作日', kind: 'promised' },
    ]);
    expect(model.lanes[0]).toBe('行政审批科');
    // The licence's extension and correction notice (DOMAIN.md §5.3).
    expect(ids(model)).toEqual(expect.arrayContaining(['correct', 'extend', 'issue', 'deny']));
  });

  it('draws the power\'s own 法定时限 where a template states no period', () => {
    const model = flowOf({ type: 'payment', name: '某补助', statutoryLimit: '15个工作日', promisedLimit: '10个工作日' });
    expect(model.nodes.find((n) => n.id === 'decide')?.limits.map((l) => [l.kind, l.amount])).toEqual([['statutory', 15], ['promised', 10]]);
  });

  it('counts days as DOMAIN.md §5.9 says: short periods of 处罚法, 许可法 and 强制法 in working days, 90/15/30 days in calendar days', () => {
    for (const template of flowTemplates) {
      for (const node of template.nodes) {
        for (const limit of node.limits ?? []) {
          const where = `${template.id}/${node.id}`;
          expect(limit.source, where).toMatch(/^《中华人民共和国行政(处罚|许可|强制)法》第[一二三四五六七八九十]+条$/);
          if (limit.unit !== '工作日' && limit.unit !== '日') continue;
          if (limit.source.includes('许可法')) expect(limit.unit, where).toBe('工作日');
          if (limit.source.includes('处罚法')) expect(limit.unit, where).toBe([2, 3, 5, 7].includes(limit.amount) ? '工作日' : '日');
          if (limit.source.includes('强制法')) expect(limit.unit, where).toBe(limit.amount <= 10 ? '工作日' : '日');
        }
      }
    }
  });

  describe.each(flowTemplates.map((t) => [t.id, t] as const))('%s', (id, template) => {
    const facts = [{}, { legalReview: true }, { name: '吊销许可证' }];
    it('is a connected graph from its start to the end and the remedy note, every decision a labelled choice', () => {
      for (const extra of facts) {
        const model = flowOf({ type: template.actType, name: '某事项', ...extra }, id);
        const reached = new Set(['start']);
        for (let changed = true; changed; ) {
          changed = false;
          for (const e of model.edges) if (reached.has(e.from) && !reached.has(e.to)) changed = reached.add(e.to) !== undefined;
        }
        expect([...reached].sort()).toEqual(ids(model).sort());
        expect(model.nodes.at(-1)).toMatchObject({ kind: 'remedy', id: 'remedy' });
        expect(model.nodes.at(-1)?.label).toContain('《中华人民共和国行政复议法》第二十条');
        for (const n of model.nodes.filter((n) => n.kind === 'decision')) {
          const branches = model.edges.filter((e) => e.from === n.id);
          expect(branches.length, `${id}/${n.id}`).toBeGreaterThanOrEqual(2);
          for (const b of branches) expect(b.label, `${id}/${n.id}`).toBeTruthy();
        }
        expect(new Set(ids(model)).size).toBe(model.nodes.length);
      }
    });

    it('matches its golden Mermaid source', async () => {
      const model = flowOf({ type: template.actType, name: '某事项（示例）', unit: '承办科室', promisedLimit: '10个工作日', legalReview: true }, id);
      await expect(renderFlowMermaid(model)).toMatchFileSnapshot(`../golden/flow/${id}.mmd`);
    });
  });
});
