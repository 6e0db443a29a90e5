// 行政强制 (2011 强制法): coercive measures (DOMAIN.md §5.4) and enforcement by the agency or through the court (§5.5).
// Periods of ten days or less are working days, 30-day limits calendar days (Art. 69).

import type { FlowTemplate } from '../template-types.js';
import { coercionLaw } from './statutes.js';

export const coercionMeasure: FlowTemplate = {
  id: 'coercion-measure',
  actType: 'coercion',
  name: '行政强制措施',
  basis: '《中华人民共和国行政强制法》第三章',
  nodes: [
    { id: 'start', kind: 'start', label: '发现需要采取行政强制措施的情形', next: [{ to: 'urgent' }] },
    { id: 'urgent', kind: 'decision', label: '情况紧急，需要当场实施？', role: '承办机构',
      next: [{ to: 'approve', label: '否' }, { to: 'implement', label: '是' }] },
    // Art. 18(1): report to the agency head and obtain approval first.
    { id: 'approve', kind: 'step', label: '实施前向行政机关负责人报告并经批准', role: '行政机关负责人', next: [{ to: 'implement' }] },
    // Art. 18(2)–(6).
    { id: 'implement', kind: 'step', label: '两名以上执法人员实施，出示执法证件，通知当事人到场，当场告知理由、依据和权利、救济途径，听取陈述和申辩', role: '承办机构',
      next: [{ to: 'record' }] },
    // Art. 18(7)–(9): the record signed by party and officers (refusal noted; a witness when the party is absent).
    { id: 'record', kind: 'step', label: '制作现场笔录，当事人和执法人员签名或者盖章；当事人不到场的，邀请见证人到场', role: '承办机构',
      next: [{ to: 'after-approval' }] },
    // Art. 19: on-the-spot action reported within 24 hours; released at once if not approved.
    { id: 'after-approval', kind: 'decision', label: '当场实施的，24小时内向负责人报告并补办批准手续；批准？', role: '行政机关负责人',
      limits: [{ amount: 24, unit: '小时', source: coercionLaw('第十九条') }],
      next: [{ to: 'serve', label: '批准或已事先批准' }, { to: 'release', label: '不批准' }] },
    // Art. 24: the 查封、扣押 decision and the list are handed over on the spot.
    { id: 'serve', kind: 'step', label: '制作并当场交付查封、扣押决定书和清单', role: '承办机构',
      limits: [{ amount: 0, unit: '当场', source: coercionLaw('第二十四条') }],
      next: [{ to: 'verify' }] },
    // Art. 25 (查封、扣押) and Art. 32 (冻结): at most 30 days, 30 more with approval; testing time not counted.
    { id: 'verify', kind: 'step', label: '及时查清事实（情况复杂的经负责人批准可延长，最多30日；检测、检验、检疫、技术鉴定期间不计入）', role: '承办机构',
      limits: [{ amount: 30, unit: '日', source: coercionLaw('第二十五条'), from: '实施' }],
      next: [{ to: 'dispose' }] },
    // Arts. 27–28.
    { id: 'dispose', kind: 'decision', label: '违法事实清楚，依法应当没收或者销毁？', role: '行政机关负责人',
      next: [{ to: 'decide', label: '是' }, { to: 'release', label: '否' }] },
    { id: 'decide', kind: 'step', label: '依法作出没收、销毁等处理决定', role: '行政机关负责人', next: [{ to: 'end' }] },
    { id: 'release', kind: 'step', label: '及时作出解除决定，退还财物', role: '承办机构', next: [{ to: 'end' }] },
  ],
};

export const coercionExecution: FlowTemplate = {
  id: 'coercion-execution',
  actType: 'coercion',
  name: '行政强制执行',
  basis: '《中华人民共和国行政强制法》第四章、第五章',
  nodes: [
    { id: 'start', kind: 'start', label: '当事人在行政决定的期限内不履行义务', next: [{ to: 'own-power' }] },
    { id: 'own-power', kind: 'decision', label: '本机关依法享有强制执行权？', role: '承办机构',
      next: [{ to: 'remind', label: '是' }, { to: 'court-remind', label: '否' }] },
    // Art. 35: a written reminder; Art. 36: the party states and defends, the agency re-examines.
    { id: 'remind', kind: 'step', label: '书面催告当事人履行义务', role: '承办机构', next: [{ to: 'defence' }] },
    { id: 'defence', kind: 'step', label: '听取当事人陈述、申辩，记录、复核', role: '承办机构', next: [{ to: 'still' }] },
    { id: 'still', kind: 'decision', label: '经催告仍不履行且无正当理由？', role: '承办机构',
      next: [{ to: 'decide', label: '是' }, { to: 'end', label: '否' }] },
    // Art. 37.
    { id: 'decide', kind: 'step', label: '作出强制执行决定', role: '行政机关负责人', next: [{ to: 'serve' }] },
    // Art. 38.
    { id: 'serve', kind: 'step', label: '送达强制执行决定书', role: '承办机构', next: [{ to: 'execute' }] },
    // Art. 43: not at night or on statutory holidays save emergencies; no cutting of water, power, heat or gas.
    { id: 'execute', kind: 'step', label: '实施强制执行（不得在夜间或者法定节假日实施，不得对居民生活停止供水、供电、供热、供燃气）', role: '承办机构',
      next: [{ to: 'end' }] },
    // Art. 54: a reminder first; 10 days after it is served (working days, Art. 69).
    { id: 'court-remind', kind: 'step', label: '催告当事人履行义务；催告书送达10日后仍未履行', role: '承办机构',
      limits: [{ amount: 10, unit: '工作日', source: coercionLaw('第五十四条'), from: '催告书送达' }],
      next: [{ to: 'court-apply' }] },
    // Art. 53: within 3 months after the periods for review and suit have lapsed.
    { id: 'court-apply', kind: 'step', label: '申请人民法院强制执行', role: '承办机构',
      limits: [{ amount: 3, unit: '月', source: coercionLaw('第五十三条'), from: '复议、诉讼期限届满' }],
      next: [{ to: 'court-accept' }] },
    // Art. 56: the court accepts within 5 days; Art. 57: rules within 7 days on written review (working days, Art. 69).
    { id: 'court-accept', kind: 'step', label: '人民法院受理', role: '人民法院',
      limits: [{ amount: 5, unit: '工作日', source: coercionLaw('第五十六条'), from: '接到申请' }],
      next: [{ to: 'court-rule' }] },
    { id: 'court-rule', kind: 'step', label: '人民法院书面审查，作出是否执行的裁定', role: '人民法院',
      limits: [{ amount: 7, unit: '工作日', source: coercionLaw('第五十七条'), from: '受理' }],
      next: [{ to: 'end' }] },
  ],
};
