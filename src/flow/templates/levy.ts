// 行政征收 (DOMAIN.md §5.6): no unified statute, so no statutory period is drawn except the court route of §5.5.

import type { FlowTemplate } from '../template-types.js';
import { coercionLaw } from './statutes.js';

export const levy: FlowTemplate = {
  id: 'levy',
  actType: 'levy',
  name: '行政征收',
  basis: '征收项目所依据的法律、法规（无统一程序法）',
  nodes: [
    { id: 'start', kind: 'start', label: '启动征收', next: [{ to: 'assess' }] },
    { id: 'assess', kind: 'step', label: '核定征收对象、计征依据和标准（按收费、税费目录）', role: '承办机构', next: [{ to: 'notice' }] },
    { id: 'notice', kind: 'step', label: '送达缴款通知，告知依据、标准、缴纳期限和救济途径', role: '承办机构', next: [{ to: 'relief-asked' }] },
    { id: 'relief-asked', kind: 'decision', label: '申请减免、缓缴？', role: '承办机构',
      next: [{ to: 'relief', label: '是' }, { to: 'collect', label: '否' }] },
    { id: 'relief', kind: 'step', label: '审核减免、缓缴申请', role: '行政机关负责人', next: [{ to: 'collect' }] },
    { id: 'collect', kind: 'step', label: '征缴，开具财政票据，款项缴入国库', role: '承办机构', next: [{ to: 'overdue' }] },
    { id: 'overdue', kind: 'decision', label: '逾期未缴纳？', role: '承办机构',
      next: [{ to: 'surcharge', label: '是' }, { to: 'publish', label: '否' }] },
    { id: 'surcharge', kind: 'step', label: '法律规定加收滞纳金的依法加收，并书面催告', role: '承办机构', next: [{ to: 'enforce' }] },
    // §5.5: enforce with the agency's own power, or apply to the court within 3 months (强制法 Art. 53).
    { id: 'enforce', kind: 'step', label: '依法强制执行，或者申请人民法院强制执行', role: '承办机构',
      limits: [{ amount: 3, unit: '月', source: coercionLaw('第五十三条'), from: '复议、诉讼期限届满' }],
      next: [{ to: 'publish' }] },
    { id: 'publish', kind: 'step', label: '公示征收项目、依据和标准（目录清单）', role: '承办机构', next: [{ to: 'end' }] },
  ],
};
