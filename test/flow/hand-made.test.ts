// Golden Mermaid for the hand-made flows: a steps table with swimlanes and branches, and a penalty open to a hearing.

import { describe, expect, it } from 'vitest';
import { layoutFlow, renderFlowMermaid, renderFlowSvg } from '../../src/flow/index.js';
import { handMadeFlows } from './hand-made.js';

describe('hand-made flows', () => {
  it('lays the licence into three lanes with labelled branches and the promise beside the clock', () => {
    const model = handMadeFlows.swimlanes;
    expect(model.lanes).toEqual(['受理岗', '审查岗', '审批岗']);
    expect(model.edges.filter((e) => e.from === 's1').map((e) => e.label)).toEqual(['材料齐全、符合法定形式', '材料不齐全', '不属于受理范围']);
    expect(model.nodes.find((n) => n.id === 's5')?.limits.map((l) => `${l.kind}:${l.amount}${l.unit}`)).toEqual(['statutory:20工作日', 'promised:8工作日']);
    expect(model.problems).toEqual([]);
  });

  it('gives the penalty open to a hearing its hearing branch and the mandatory review', () => {
    const ids = handMadeFlows.hearing.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['hearing-asked', 'hearing', 'legal-review']));
    expect(ids).not.toContain('review-check');
    expect(handMadeFlows.hearing.lanes).toEqual(['执法大队', '听证主持人', '法制审核机构', '行政机关负责人']);
  });

  it.each(Object.entries(handMadeFlows))('%s matches its golden Mermaid source and SVG', async (name, model) => {
    await expect(renderFlowMermaid(model)).toMatchFileSnapshot(`../golden/flow/hand-made-${name}.mmd`);
    await expect(renderFlowSvg(await layoutFlow(model))).toMatchFileSnapshot(`../golden/flow/hand-made-${name}.svg`);
  });
});
