// Act types without a procedure statute or a §5 flow of their own in DOMAIN.md — 行政给付, 行政确认, 行政奖励,
// 行政裁决, 其他 — and 行政检查 (§5.7, a policy flow): their common steps, with no statutory period to draw.

import type { FlowTemplate } from '../template-types.js';

export const inspection: FlowTemplate = {
  id: 'inspection',
  actType: 'inspection',
  name: '行政检查（“双随机、一公开”）',
  basis: '“双随机、一公开”监管和《国务院办公厅关于严格规范涉企行政检查的意见》（国办发〔2024〕54号）',
  nodes: [
    { id: 'start', kind: 'start', label: '制定年度抽查计划', next: [{ to: 'draw' }] },
    { id: 'draw', kind: 'step', label: '从检查对象名录库和执法检查人员名录库中随机抽取检查对象、执法检查人员', role: '承办机构', next: [{ to: 'approve' }] },
    { id: 'approve', kind: 'step', label: '按规定审批、通知', role: '行政机关负责人', next: [{ to: 'inspect' }] },
    { id: 'inspect', kind: 'step', label: '现场检查：两名以上持证执法人员，出示执法证件，制作现场检查笔录', role: '承办机构', next: [{ to: 'found' }] },
    { id: 'found', kind: 'decision', label: '发现问题？', role: '承办机构',
      next: [{ to: 'handle', label: '是' }, { to: 'publish', label: '否' }] },
    { id: 'handle', kind: 'step', label: '依法处理：责令改正、立案查处或者移送', role: '承办机构', next: [{ to: 'publish' }] },
    { id: 'publish', kind: 'step', label: '公示抽查检查结果', role: '承办机构', next: [{ to: 'end' }] },
  ],
};

/** The steps an application-based act shares: apply, accept, examine, decide, serve. */
function onApplication(id: string, actType: 'payment' | 'confirmation' | 'other', name: string, examine: string, decide: string, serve: string): FlowTemplate {
  return {
    id,
    actType,
    name,
    basis: '该事项所依据的法律、法规、规章',
    nodes: [
      { id: 'start', kind: 'start', label: '申请人提出申请（或依职权启动）', next: [{ to: 'accept-check' }] },
      { id: 'accept-check', kind: 'decision', label: '符合受理条件？', role: '承办机构',
        next: [{ to: 'accept', label: '是' }, { to: 'refuse-accept', label: '否' }] },
      { id: 'refuse-accept', kind: 'step', label: '不予受理，说明理由；材料不全的一次性告知需要补正的内容', role: '承办机构', next: [{ to: 'end' }] },
      { id: 'accept', kind: 'step', label: '受理', role: '承办机构', next: [{ to: 'examine' }] },
      { id: 'examine', kind: 'step', label: examine, role: '承办机构', next: [{ to: 'decide' }] },
      { id: 'decide', kind: 'step', label: decide, role: '行政机关负责人', overall: true, next: [{ to: 'serve' }] },
      { id: 'serve', kind: 'step', label: serve, role: '承办机构', next: [{ to: 'end' }] },
    ],
  };
}

export const payment = onApplication('payment', 'payment', '行政给付', '审核申请条件，调查核实，按规定公示', '作出给付或者不予给付的决定', '发放给付，告知不予给付的理由');
export const confirmation = onApplication('confirmation', 'confirmation', '行政确认', '审查材料，核实有关事实', '作出确认或者不予确认的决定', '出具确认文书、颁发证件或者送达决定');
export const other = onApplication('other', 'other', '其他行政权力', '审查', '作出决定', '送达、办结');

export const reward: FlowTemplate = {
  id: 'reward',
  actType: 'reward',
  name: '行政奖励',
  basis: '该奖励所依据的法律、法规、规章',
  nodes: [
    { id: 'start', kind: 'start', label: '发布通知或者受理推荐、申报', next: [{ to: 'examine' }] },
    { id: 'examine', kind: 'step', label: '审核推荐、申报材料，核实事迹', role: '承办机构', next: [{ to: 'publicise' }] },
    { id: 'publicise', kind: 'step', label: '公示拟奖励对象', role: '承办机构', next: [{ to: 'objection' }] },
    { id: 'objection', kind: 'decision', label: '公示有异议且经核实成立？', role: '承办机构',
      next: [{ to: 'drop', label: '是' }, { to: 'decide', label: '否' }] },
    { id: 'drop', kind: 'step', label: '不予奖励，告知理由', role: '承办机构', next: [{ to: 'end' }] },
    { id: 'decide', kind: 'step', label: '作出奖励决定', role: '行政机关负责人', overall: true, next: [{ to: 'award' }] },
    { id: 'award', kind: 'step', label: '颁发奖金、证书，予以表彰', role: '承办机构', next: [{ to: 'end' }] },
  ],
};

export const adjudication: FlowTemplate = {
  id: 'adjudication',
  actType: 'adjudication',
  name: '行政裁决',
  basis: '该裁决所依据的法律、法规',
  nodes: [
    { id: 'start', kind: 'start', label: '当事人申请裁决', next: [{ to: 'accept-check' }] },
    { id: 'accept-check', kind: 'decision', label: '属于裁决范围且符合受理条件？', role: '承办机构',
      next: [{ to: 'accept', label: '是' }, { to: 'refuse-accept', label: '否' }] },
    { id: 'refuse-accept', kind: 'step', label: '不予受理，说明理由', role: '承办机构', next: [{ to: 'end' }] },
    { id: 'accept', kind: 'step', label: '受理，将申请书副本送达被申请人，通知其答辩', role: '承办机构', next: [{ to: 'investigate' }] },
    { id: 'investigate', kind: 'step', label: '审查证据，调查核实；可以先行调解', role: '承办机构', next: [{ to: 'settled' }] },
    { id: 'settled', kind: 'decision', label: '调解达成协议？', role: '承办机构',
      next: [{ to: 'agreement', label: '是' }, { to: 'decide', label: '否' }] },
    { id: 'agreement', kind: 'step', label: '制作调解书', role: '承办机构', next: [{ to: 'end' }] },
    { id: 'decide', kind: 'step', label: '作出裁决', role: '行政机关负责人', overall: true, next: [{ to: 'serve' }] },
    { id: 'serve', kind: 'step', label: '送达裁决书', role: '承办机构', next: [{ to: 'end' }] },
  ],
};
