// A hand-made inventory whose flows exercise swimlanes and branches: a licence drawn from its steps table (three
// posts, a three-way branch, a promise beside the statutory clock) and a penalty open to a hearing (template).

import { buildFlow, type FlowModel } from '../../src/flow/index.js';
import { inventoryOf } from '../helpers/inventory.js';

export const handMadeInventory = inventoryOf({
  powers: [
    { code: 'XK-100', name: '某经营许可证核发', type: 'licensing', unit: '行政审批科', promisedLimit: '8个工作日', statutoryLimit: '20个工作日' },
    { code: 'CF-100', name: '对无证经营的处罚', subItem: '吊销许可证', type: 'penalty', unit: '执法大队', legalReview: true, promisedLimit: '60日' },
  ],
  posts: [
    { id: 'P1', name: '受理岗', unit: '行政审批科' },
    { id: 'P2', name: '审查岗', unit: '行政审批科' },
    { id: 'P3', name: '审批岗', unit: '局领导' },
  ],
  steps: [
    { powerCode: 'XK-100', stepId: 'S1', name: '接收申请', post: 'P1', timeLimit: '当场', next: ['S2', 'S7', 'S8'],
      condition: '材料齐全、符合法定形式的，进入S2；材料不齐全的，进入S7；不属于受理范围的，进入S8' },
    { powerCode: 'XK-100', stepId: 'S2', name: '受理', post: 'P1', timeLimit: '1个工作日', next: ['S3'] },
    { powerCode: 'XK-100', stepId: 'S3', name: '审查', post: 'P2', timeLimit: '5个工作日', next: ['S4', 'S5'], condition: '需要现场核查的进入S4；否则进入S5' },
    { powerCode: 'XK-100', stepId: 'S4', name: '现场核查', post: 'P2、P3', timeLimit: '5个工作日', next: ['S5'] },
    { powerCode: 'XK-100', stepId: 'S5', name: '审批决定', post: 'P3', timeLimit: '自受理之日起20个工作日', next: ['S6', 'S9'], condition: '准予许可的进入S6；不予许可的进入S9' },
    { powerCode: 'XK-100', stepId: 'S6', name: '制证送达', post: 'P1', timeLimit: '10个工作日', next: ['S10'] },
    { powerCode: 'XK-100', stepId: 'S7', name: '一次性告知补正', post: 'P1', timeLimit: '5个工作日', next: ['S10'] },
    { powerCode: 'XK-100', stepId: 'S8', name: '不予受理告知', post: 'P1', timeLimit: '当场', next: ['S10'] },
    { powerCode: 'XK-100', stepId: 'S9', name: '不予许可告知', post: 'P1', timeLimit: '3个工作日', next: ['S10'] },
    { powerCode: 'XK-100', stepId: 'S10', name: '办结' },
  ],
});

const [licence, penalty] = handMadeInventory.powers;
if (licence === undefined || penalty === undefined) throw new Error('hand-made inventory');

export const handMadeFlows: Readonly<Record<'swimlanes' | 'hearing', FlowModel>> = {
  swimlanes: buildFlow(licence, handMadeInventory),
  hearing: buildFlow(penalty, handMadeInventory),
};
