// 行政处罚: the general procedure (DOMAIN.md §5.2) and the simple, on-the-spot procedure (§5.1), 2021 处罚法.

import type { FlowTemplate } from '../template-types.js';
import { penaltyLaw } from './statutes.js';

export const penaltyGeneral: FlowTemplate = {
  id: 'penalty-general',
  actType: 'penalty',
  name: '行政处罚一般程序',
  basis: '《中华人民共和国行政处罚法》第五章第三节',
  nodes: [
    { id: 'start', kind: 'start', label: '发现违法线索', next: [{ to: 'file-check' }] },
    { id: 'file-check', kind: 'decision', label: '符合立案标准？', role: '承办机构',
      next: [{ to: 'file', label: '是' }, { to: 'no-file', label: '否' }] },
    { id: 'no-file', kind: 'step', label: '不予立案；不属本机关管辖的移送有管辖权的机关', role: '承办机构', next: [{ to: 'end' }] },
    // Art. 54: file promptly; no national period (departmental rules add their own).
    { id: 'file', kind: 'step', label: '立案', role: '承办机构', next: [{ to: 'investigate' }] },
    // Arts. 42, 55: at least two certified officers, who show their certificates.
    { id: 'investigate', kind: 'step', label: '调查取证（执法人员不少于两人，出示执法证件）', role: '承办机构', next: [{ to: 'case-review' }] },
    { id: 'case-review', kind: 'step', label: '调查终结，案件审查', role: '承办机构', next: [{ to: 'notify' }] },
    // Art. 44; a penalty open to a hearing also tells of the right to one (Art. 63).
    { id: 'notify', kind: 'step', label: '告知拟作出的行政处罚内容及事实、理由、依据和陈述、申辩权利', role: '承办机构',
      unless: 'hearing', bypass: 'notify-hearing', next: [{ to: 'defence' }] },
    { id: 'notify-hearing', kind: 'step', label: '告知拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、听证权利', role: '承办机构',
      onlyIf: 'hearing', bypass: 'notify', next: [{ to: 'hearing-asked' }] },
    // Art. 64(1): the party asks within 5 days of the notice — working days (Art. 85).
    { id: 'hearing-asked', kind: 'decision', label: '当事人申请听证？', role: '承办机构', onlyIf: 'hearing', bypass: 'defence',
      limits: [{ amount: 5, unit: '工作日', source: penaltyLaw('第六十四条'), from: '告知' }],
      next: [{ to: 'hearing', label: '是' }, { to: 'defence', label: '否' }] },
    // Art. 64(2)(4)(8): notice 7 days before the hearing (working days, Art. 85; a lead time, not a period, so it is
    // said in the box), chaired by a non-investigator, transcript; the decision rests on it (Art. 65).
    { id: 'hearing', kind: 'step', label: '举行听证（7日前通知，由非本案调查人员主持，制作听证笔录）', role: '听证主持人', onlyIf: 'hearing', bypass: 'defence',
      next: [{ to: 'review-check' }] },
    // Art. 45: the agency hears the statement and defence and re-examines it; no heavier penalty for defending oneself.
    { id: 'defence', kind: 'step', label: '听取陈述、申辩并复核', role: '承办机构', next: [{ to: 'review-check' }] },
    // Art. 58: the cases needing legal review; a power flagged 法制审核：是 always goes to it.
    { id: 'review-check', kind: 'decision', label: '属于法制审核情形？', role: '承办机构', unless: 'legalReview', bypass: 'legal-review',
      next: [{ to: 'legal-review', label: '是' }, { to: 'collective-check', label: '否' }] },
    { id: 'legal-review', kind: 'step', label: '法制审核（未经审核或审核未通过的，不得作出决定）', role: '法制审核机构', next: [{ to: 'collective-check' }] },
    // Art. 57 ¶2.
    { id: 'collective-check', kind: 'decision', label: '情节复杂或者重大违法行为？', role: '行政机关负责人',
      next: [{ to: 'collective', label: '是' }, { to: 'decide', label: '否' }] },
    { id: 'collective', kind: 'step', label: '行政机关负责人集体讨论决定', role: '行政机关负责人', next: [{ to: 'decide' }] },
    // Art. 57 ¶1 (the four outcomes) and Art. 60 (90 days from filing, calendar days).
    { id: 'decide', kind: 'step', label: '作出决定：给予处罚、不予处罚或移送司法机关', role: '行政机关负责人', overall: true,
      limits: [{ amount: 90, unit: '日', source: penaltyLaw('第六十条'), from: '立案' }],
      next: [{ to: 'serve' }] },
    // Art. 61: handed over after announcement; if the party is absent, served within 7 days (working days, Art. 85).
    { id: 'serve', kind: 'step', label: '宣告后当场交付行政处罚决定书；当事人不在场的依法送达', role: '承办机构',
      limits: [{ amount: 7, unit: '工作日', source: penaltyLaw('第六十一条') }],
      next: [{ to: 'perform' }] },
    // Art. 67: pay within 15 days of receiving the decision (calendar days).
    { id: 'perform', kind: 'step', label: '当事人履行；罚款到指定银行或通过电子支付系统缴纳', role: '承办机构',
      limits: [{ amount: 15, unit: '日', source: penaltyLaw('第六十七条'), from: '收到决定书' }],
      next: [{ to: 'performed' }] },
    { id: 'performed', kind: 'decision', label: '逾期不履行？', role: '承办机构',
      next: [{ to: 'enforce', label: '是' }, { to: 'end', label: '否' }] },
    // Art. 72: 3 % of the fine a day, at most the fine; auction or transfer; or apply to the court.
    { id: 'enforce', kind: 'step', label: '每日按罚款数额的3%加处罚款（不超过罚款数额），依法拍卖、划拨或申请人民法院强制执行', role: '承办机构',
      next: [{ to: 'end' }] },
  ],
};

export const penaltySimple: FlowTemplate = {
  id: 'penalty-simple',
  actType: 'penalty',
  name: '行政处罚简易程序（当场处罚）',
  basis: '《中华人民共和国行政处罚法》第五章第二节',
  nodes: [
    { id: 'start', kind: 'start', label: '当场发现违法行为', next: [{ to: 'applies' }] },
    // Art. 51: a warning, or a fine up to 200 yuan (individuals) or 3,000 yuan (organisations).
    { id: 'applies', kind: 'decision', label: '违法事实确凿并有法定依据，拟警告或对个人200元以下、对单位3000元以下罚款？', role: '承办机构',
      next: [{ to: 'show-id', label: '是' }, { to: 'general', label: '否' }] },
    { id: 'general', kind: 'step', label: '适用一般程序', role: '承办机构', next: [{ to: 'end' }] },
    // Art. 52, step by step.
    { id: 'show-id', kind: 'step', label: '出示执法证件', role: '承办机构', next: [{ to: 'inform' }] },
    { id: 'inform', kind: 'step', label: '告知违法事实、处罚理由和依据及陈述、申辩权利', role: '承办机构', next: [{ to: 'defence' }] },
    { id: 'defence', kind: 'step', label: '听取陈述、申辩', role: '承办机构', next: [{ to: 'decide' }] },
    { id: 'decide', kind: 'step', label: '填写预定格式、编有号码的行政处罚决定书', role: '承办机构', next: [{ to: 'hand-over' }] },
    { id: 'hand-over', kind: 'step', label: '当场交付当事人（拒绝签收的，在决定书上注明）', role: '承办机构',
      limits: [{ amount: 0, unit: '当场', source: penaltyLaw('第五十二条') }],
      next: [{ to: 'file' }] },
    { id: 'file', kind: 'step', label: '报所属行政机关备案', role: '承办机构', next: [{ to: 'perform' }] },
    // Art. 67 (15 days), Art. 68 (collected on the spot when the fine is 100 yuan or less, or later collection is hard).
    { id: 'perform', kind: 'step', label: '当事人缴纳罚款；100元以下或事后难以执行的可当场收缴', role: '承办机构',
      limits: [{ amount: 15, unit: '日', source: penaltyLaw('第六十七条'), from: '收到决定书' }],
      next: [{ to: 'end' }] },
  ],
};
