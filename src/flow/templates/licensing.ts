// 行政许可 (DOMAIN.md §5.3), 2019 许可法: every period is in working days (Art. 82).

import type { FlowTemplate } from '../template-types.js';
import { licensingLaw } from './statutes.js';

export const licensing: FlowTemplate = {
  id: 'licensing',
  actType: 'licensing',
  name: '行政许可',
  basis: '《中华人民共和国行政许可法》第四章',
  nodes: [
    { id: 'start', kind: 'start', label: '申请人提出申请', next: [{ to: 'accept-check' }] },
    // Art. 32 ¶1: not needing a licence or outside competence — refuse (and redirect); incomplete — one notice of
    // everything to correct, on the spot or within 5 days; complete — accept.
    { id: 'accept-check', kind: 'decision', label: '属于本机关职权范围，申请材料齐全、符合法定形式？', role: '承办机构',
      next: [{ to: 'accept', label: '是' }, { to: 'correct', label: '材料不齐全或不符合法定形式' }, { to: 'refuse-accept', label: '不属于受理范围' }] },
    { id: 'correct', kind: 'step', label: '当场或者5日内一次告知需要补正的全部内容（逾期不告知的，自收到材料之日起即为受理）', role: '承办机构',
      limits: [{ amount: 5, unit: '工作日', source: licensingLaw('第三十二条'), from: '收到申请材料' }],
      next: [{ to: 'end' }] },
    { id: 'refuse-accept', kind: 'step', label: '作出不予受理决定；不属于本机关职权范围的，告知向有关行政机关申请', role: '承办机构', next: [{ to: 'end' }] },
    // Art. 32 ¶2: a sealed, dated written receipt.
    { id: 'accept', kind: 'step', label: '受理，出具加盖专用印章和注明日期的书面凭证', role: '承办机构', next: [{ to: 'review' }] },
    // Art. 34 ¶3: two or more staff verify substance; Art. 36: interested parties are told and heard.
    { id: 'review', kind: 'step', label: '审查申请材料；需要核实实质内容的，指派两名以上工作人员核查', role: '承办机构', next: [{ to: 'hearing-check' }] },
    // Arts. 46–47: a hearing when a law requires one or the public interest is major (announced), or on request
    // where major interests of the applicant and others are at stake.
    { id: 'hearing-check', kind: 'decision', label: '依法应当听证或者申请人、利害关系人申请听证？', role: '承办机构',
      next: [{ to: 'hearing', label: '是' }, { to: 'on-time', label: '否' }] },
    // Art. 47: requested within 5 days of the notice, organised within 20 days of the request; Art. 48: notice 7 days before.
    { id: 'hearing', kind: 'step', label: '组织听证（7日前通知，审查人员以外的人员主持，根据听证笔录作出决定）', role: '听证主持人',
      limits: [{ amount: 20, unit: '工作日', source: licensingLaw('第四十七条'), from: '提出听证申请' }],
      next: [{ to: 'on-time' }] },
    // Art. 42 ¶1: 20 days from acceptance, 10 more with the head's approval, the reasons told to the applicant.
    { id: 'on-time', kind: 'decision', label: '20日内能够作出决定？', role: '承办机构',
      next: [{ to: 'decide', label: '是' }, { to: 'extend', label: '否' }] },
    { id: 'extend', kind: 'step', label: '经本行政机关负责人批准延长10日，并将延长期限的理由告知申请人', role: '行政机关负责人',
      limits: [{ amount: 10, unit: '工作日', source: licensingLaw('第四十二条') }],
      next: [{ to: 'decide' }] },
    // Arts. 37–38, 42; hearing, testing, expert review and similar time are not counted (Art. 45).
    { id: 'decide', kind: 'step', label: '作出准予或者不予行政许可的书面决定', role: '行政机关负责人', overall: true,
      limits: [{ amount: 20, unit: '工作日', source: licensingLaw('第四十二条'), from: '受理' }],
      next: [{ to: 'granted' }] },
    { id: 'granted', kind: 'decision', label: '准予行政许可？', role: '行政机关负责人',
      next: [{ to: 'issue', label: '是' }, { to: 'deny', label: '否' }] },
    // Art. 44: the licence is issued or served within 10 days of the decision.
    { id: 'issue', kind: 'step', label: '颁发、送达行政许可证件', role: '承办机构',
      limits: [{ amount: 10, unit: '工作日', source: licensingLaw('第四十四条'), from: '作出决定' }],
      next: [{ to: 'end' }] },
    // Art. 38 ¶2: reasons in writing, and the right to review or sue.
    { id: 'deny', kind: 'step', label: '书面说明不予许可的理由，告知申请行政复议或者提起行政诉讼的权利', role: '承办机构', next: [{ to: 'end' }] },
  ],
};
