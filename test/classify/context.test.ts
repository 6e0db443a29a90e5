// The second stage: when the name is weak or silent, the row's other columns decide, and the reason says which.

import { describe, expect, it } from 'vitest';
import { classifyPower } from '../../src/classify/index.js';

describe('second stage', () => {
  it('a basis in the 法律责任 chapter makes an uncued name a penalty', () => {
    const c = classifyPower({ name: '某某专项事项', basisText: '《某某条例》第七章 法律责任 第四十二条' });
    expect(c).toMatchObject({ type: 'penalty', source: 'basis', cueId: 'basis-liability-chapter' });
    expect(c.reason.zh).toContain('名称无类型线索；依据条文含“法律责任”');
    expect(c.reason.en).toMatch(/^The name has no type cue; the cited basis contains "法律责任"/);
  });

  it('a basis citing 行政许可法 makes an uncued name a licence', () => {
    const c = classifyPower({ name: '某某专项事项', basisText: '《中华人民共和国行政许可法》第十二条' });
    expect(c).toMatchObject({ type: 'licensing', source: 'basis', cueId: 'basis-licensing-law' });
  });

  it('sub-items that read as establishment, change and renewal make an uncued name a licence', () => {
    const c = classifyPower({ name: '出版物批发单位', subItem: '变更、延续、注销' });
    expect(c).toMatchObject({ type: 'licensing', source: 'subItem', cueId: 'subitem-lifecycle' });
    expect(c.reason.zh).toContain('子项名称含“变更”');
  });

  it('a licence\'s sub-items that read like a registration or a change do not argue against it', () => {
    const c = classifyPower({ name: '娱乐经营许可', subItem: '法定代表人变更登记' });
    expect(c.type).toBe('licensing');
    expect(c.conflicts ?? []).not.toContain('confirmation');
  });

  it('a type letter in the code outweighs a bare review verb, and the name\'s reading becomes the second choice', () => {
    const c = classifyPower({ name: '某某材料审核', code: '3301-CF-0042' });
    expect(c).toMatchObject({ type: 'penalty', source: 'code' });
    expect(c.reason.zh).toContain('名称线索较弱（“审核”指向行政许可）');
    expect(c.alternative?.type).toBe('licensing');
  });

  it('agreeing evidence raises a weak name\'s confidence', () => {
    const alone = classifyPower({ name: '某某材料审核' });
    const backed = classifyPower({ name: '某某材料审核', basisText: '《中华人民共和国行政许可法》第十二条' });
    expect(backed.type).toBe('licensing');
    expect(backed.rawConfidence).toBeGreaterThan(alone.rawConfidence ?? 1);
    expect(backed.reason.zh).toContain('相互印证');
  });

  it('a comprehensive enforcement department tips an uncued name to penalty, and never overrules a cue', () => {
    const c = classifyPower({ name: '某某专项事项', department: '某市城市管理综合行政执法局' });
    expect(c).toMatchObject({ type: 'penalty', source: 'department', cueId: 'department-enforcement' });
    expect(c.reason.zh).toContain('实施主体含');
    expect(c.confidence).toBeLessThan(0.7);
    expect(classifyPower({ name: '临时占用城市道路审批', department: '某市城市管理综合行政执法局' }).type).toBe('licensing');
  });

  it('an approval bureau tips an uncued name to licensing, weakly, and never overrules a cue', () => {
    const c = classifyPower({ name: '某某专项事项', department: '某县行政审批局' });
    expect(c).toMatchObject({ type: 'licensing', source: 'department', cueId: 'department-approval' });
    expect(c.confidence).toBeLessThan(0.6);
    expect(classifyPower({ name: '某某事项备案', department: '某县行政审批局' }).type).toBe('other');
    expect(classifyPower({ name: '某某专项事项', department: '某县市场监督管理局' }).source).toBe('none');
  });

  it('gives the second-best type and why when the name points two ways', () => {
    const c = classifyPower({ name: '户籍迁移审批' });
    expect(c.type).toBe('licensing');
    expect(c.alternative).toMatchObject({ type: 'confirmation' });
    expect(c.alternative?.reason.zh).toContain('名称也含“户籍”');
  });
});
