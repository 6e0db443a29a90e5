// One case per trap in DOMAIN.md §1.5/§1.6 (and the general cues around them): type, flags, and the cue named in the reason.

import { describe, expect, it } from 'vitest';
import { classifyPower, type ClassificationFlag, type ClassifiedTypeId, type ClassifyOptions } from '../../src/classify/index.js';

interface Case {
  readonly name: string;
  readonly type: ClassifiedTypeId;
  /** Text the Chinese reason must quote. */
  readonly cue: string;
  readonly flag?: ClassificationFlag;
  readonly maxConfidence?: number;
  readonly options?: ClassifyOptions;
}

const cases: readonly Case[] = [
  // 责令改正 alone is a corrective order (处罚法第二十八条); inside a penalty frame the frame wins.
  { name: '责令限期改正', type: 'other', cue: '责令限期改正', flag: 'corrective-order', maxConfidence: 0.6 },
  { name: '对未标注产品标准号的，责令限期改正；逾期未改正行为的行政处罚', type: 'penalty', cue: '处罚' },
  // 查封/扣押/冻结 are measures; 没收 is a penalty.
  { name: '查封违法从事食品生产经营活动的场所', type: 'coercion', cue: '查封' },
  { name: '扣押与违法行为有关的物品', type: 'coercion', cue: '扣押' },
  { name: '冻结纳税人的存款', type: 'coercion', cue: '冻结' },
  { name: '没收违法所得和非法财物', type: 'penalty', cue: '没收' },
  // 加处罚款 / 滞纳金 are enforcement, never a penalty.
  { name: '对逾期不缴纳罚款的当事人每日按罚款数额的百分之三加处罚款', type: 'coercion', cue: '加处罚款' },
  { name: '对未按期缴纳税款的纳税人加收滞纳金', type: 'coercion', cue: '滞纳金' },
  // 先行登记保存 is evidence preservation: coercion, low confidence, flagged.
  { name: '先行登记保存证据', type: 'coercion', cue: '先行登记保存', flag: 'evidence-preservation', maxConfidence: 0.6 },
  // 暂扣 licence = penalty; 扣留 vehicle or driving licence = coercion.
  { name: '暂扣营业执照', type: 'penalty', cue: '暂扣营业执照' },
  { name: '暂扣道路运输经营许可证', type: 'penalty', cue: '暂扣道路运输经营许可证' },
  { name: '扣留机动车驾驶证', type: 'coercion', cue: '扣留机动车' },
  { name: '对拒绝接受罚款处罚的人员扣留机动车', type: 'coercion', cue: '扣留机动车' },
  // 登记: entity establishment = licensing; status and rights = confirmation; tax registration = other.
  { name: '社会团体成立登记', type: 'licensing', cue: '社会团体成立登记' },
  { name: '民办非企业单位设立登记', type: 'licensing', cue: '民办非企业单位设立登记' },
  { name: '不动产登记', type: 'confirmation', cue: '登记' },
  { name: '内地居民婚姻登记', type: 'confirmation', cue: '登记' },
  { name: '收养登记', type: 'confirmation', cue: '登记' },
  { name: '户籍登记', type: 'confirmation', cue: '登记' },
  { name: '动产抵押登记', type: 'confirmation', cue: '抵押登记' },
  { name: '股权出质设立登记', type: 'confirmation', cue: '出质设立登记' },
  { name: '停业登记（县级行使）', type: 'other', cue: '停业登记' },
  // 征收 vs 征用.
  { name: '国有土地上房屋征收', type: 'levy', cue: '征收' },
  { name: '紧急情况下征用单位和个人的设备、场地', type: 'other', cue: '征用', flag: 'requisition' },
  // 收费 → levy, or the local type fee when fees are split; taxes stay levies.
  { name: '居民身份证工本费收取', type: 'levy', cue: '收取' },
  { name: '居民身份证工本费收取', type: 'fee', cue: '收取', options: { variant: { splitFees: true } } },
  { name: '城市基础设施配套费征收', type: 'fee', cue: '征收', options: { variant: { splitFees: true } } },
  { name: '个人所得税征收', type: 'levy', cue: '征收', options: { variant: { splitFees: true } } },
  { name: '社会保险费征收', type: 'levy', cue: '征收', options: { variant: { splitFees: true } } },
  // 吊销许可证 is a penalty despite 许可证; 注销 of a licence stays licence management.
  { name: '吊销烟花爆竹经营许可证', type: 'penalty', cue: '吊销烟花爆竹经营许可证' },
  { name: '公共场所卫生许可证注销', type: 'licensing', cue: '许可' },
  // The penalty frame dominates 许可证 / 登记 / 检查 inside it.
  { name: '对未取得医疗机构执业许可证擅自执业的处罚', type: 'penalty', cue: '处罚' },
  { name: '对未经登记擅自以社会团体名义进行活动的处罚', type: 'penalty', cue: '处罚' },
  { name: '对拒绝、阻碍监督检查的行政处罚', type: 'penalty', cue: '处罚' },
  { name: '药品零售企业未凭处方销售处方药的', type: 'penalty', cue: '违法行为的' },
  // 备案, 年检 → other; a 备案证明 only records the filing (issue 12: filing names are not licences).
  { name: '企业投资项目备案', type: 'other', cue: '备案' },
  { name: '民办非企业单位年检', type: 'other', cue: '年检' },
  { name: '第三类易制毒化学品运输备案证明', type: 'other', cue: '备案证明' },
  // 奖励扶助金 is need-based: payment, not reward.
  { name: '农村部分计划生育家庭奖励扶助金', type: 'payment', cue: '奖励扶助' },
  { name: '对在安全生产工作中做出显著成绩的单位和个人给予奖励', type: 'reward', cue: '奖励' },
  // 调解 → other; 裁决 / 纠纷处理 → adjudication; 行政复议 is not adjudication.
  { name: '劳动人事争议调解', type: 'other', cue: '调解' },
  { name: '土地权属争议调处', type: 'adjudication', cue: '争议调处' },
  { name: '专利侵权纠纷处理', type: 'adjudication', cue: '纠纷处理' },
  { name: '企业名称争议裁决', type: 'adjudication', cue: '争议裁决' },
  { name: '行政复议', type: 'other', cue: '行政复议' },
  // 强制许可 is not coercion.
  { name: '专利实施强制许可使用费裁决', type: 'adjudication', cue: '裁决' },
  // 审核转报 is an attribute: other, flagged.
  { name: '国家级森林公园设立审核转报', type: 'other', cue: '审核转报', flag: 'forward-review' },
  // 检查 vs 检验/检测 bodies.
  { name: '特种设备检验、检测机构核准', type: 'licensing', cue: '核准' },
  { name: '对特种设备使用单位的监督检查', type: 'inspection', cue: '检查' },
  // Head word decides among application-side types; brackets do not move the head.
  { name: '其他出口退（免）税备案', type: 'other', cue: '备案' },
  { name: '母婴保健技术服务机构执业许可遗失补办（婚前医学检查）', type: 'licensing', cue: '许可' },
  { name: '孤儿基本生活费发放', type: 'payment', cue: '费发放' },
  { name: '增值税专用发票最高开票限额审批', type: 'licensing', cue: '审批' },
];

describe('traps', () => {
  it.each(cases)('$name → $type', ({ name, type, cue, flag, maxConfidence, options }) => {
    const c = classifyPower({ name }, options);
    expect(c.type).toBe(type);
    expect(c.source).toBe('name');
    expect(c.reason.zh).toContain(cue);
    expect(c.reason.en.length).toBeGreaterThan(20);
    if (flag) expect(c.flags).toContain(flag);
    if (maxConfidence !== undefined) expect(c.confidence).toBeLessThanOrEqual(maxConfidence);
  });

  it('records the coercion sub-type', () => {
    expect(classifyPower({ name: '查封违法经营场所' }).coercionKind).toBe('measure');
    expect(classifyPower({ name: '对逾期不缴纳罚款的加处罚款' }).coercionKind).toBe('execution');
  });

  it('lowers confidence and names the conflict when cues of several types meet', () => {
    const plain = classifyPower({ name: '户口迁移审批' });
    expect(plain.type).toBe('licensing');
    expect(plain.conflicts).toContain('confirmation');
    expect(plain.confidence).toBeLessThan(0.86);
    expect(plain.reason.zh).toContain('中心词');
  });

  it('says so when no cue applies', () => {
    const c = classifyPower({ name: '组织气候可行性评估会议' });
    expect(c).toMatchObject({ type: 'other', source: 'none', flags: ['unclassified'] });
    expect(c.reason.zh).toContain('未找到类型线索，归入其他行政权力');
    expect(c.confidence).toBeLessThan(0.5);
  });
});

describe('secondary evidence', () => {
  it('uses the sub-item when the name has no cue', () => {
    const c = classifyPower({ name: '对某类行为的处理措施', subItem: '吊销许可证' });
    expect(c).toMatchObject({ type: 'penalty', source: 'subItem' });
    expect(c.reason.zh).toContain('子项名称含');
  });

  it('uses a sanction verb in the cited basis when name and sub-item say nothing', () => {
    const c = classifyPower({ name: '某某事项', basisText: '违反本条例规定的，由主管部门责令改正，处二千元以上一万元以下罚款。' });
    expect(c).toMatchObject({ type: 'penalty', source: 'basis' });
    expect(c.reason.zh).toContain('依据条文含');
  });

  it('reads a type segment in the code, and reports a disagreeing one', () => {
    expect(classifyPower({ name: '某某事项', code: '62052400MZ-XK-0001' })).toMatchObject({ type: 'licensing', source: 'code', cue: 'XK' });
    expect(classifyPower({ name: '某某事项', code: 'CF00012000' })).toMatchObject({ type: 'penalty', source: 'code' });
    const agree = classifyPower({ name: '食品生产许可', code: 'XK00012000' });
    const clash = classifyPower({ name: '食品生产许可', code: 'XK00012000'.replace('XK', 'QR') });
    const none = classifyPower({ name: '食品生产许可' });
    expect(agree.confidence).toBeGreaterThan(none.confidence);
    expect(clash).toMatchObject({ type: 'licensing', conflicts: ['confirmation'] });
    expect(clash.confidence).toBeLessThan(none.confidence);
    expect(clash.reason.zh).toContain('请核对');
  });

  it('never decides from the declared type', () => {
    expect(classifyPower({ name: '对发布虚假广告的处罚', declared: '行政许可' }).type).toBe('penalty');
  });
});

describe('traps found on the bundled sample', () => {
  it('a refused correction order followed by 代为处置 is enforcement (代履行), not a corrective order', () => {
    const result = classifyPower({ name: '对危险废物产生者未按照规定处置危险废物，被责令改正后拒不改正的代为处置' });
    expect(result.type).toBe('coercion');
    expect(result.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('调解 of a dispute is other, but 调解及仲裁 is adjudication', () => {
    expect(classifyPower({ name: '水污染损害赔偿责任和赔偿金额纠纷的调解处理' }).type).toBe('other');
    expect(classifyPower({ name: '对计量纠纷进行调解及仲裁检定' }).type).toBe('adjudication');
    expect(classifyPower({ name: '人民调解员补贴发放' }).type).toBe('payment');
  });
});
