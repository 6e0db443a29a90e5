// Hand-made flow models (plain data per src/flow/types.ts) and seeded random ones, for the layout and SVG tests.

import { readFileSync } from 'node:fs';
import { loadInventory } from '../../src/api.js';
import { buildFlow, flowTemplates } from '../../src/flow/index.js';
import type { FlowEdge, FlowModel, FlowNode } from '../../src/flow/types.js';
import { inventoryOf } from './inventory.js';
import { seeded } from './seeded.js';

/** The hand-made models under test/fixtures/flow, by name. */
export const flowFixtureNames = ['linear', 'branches', 'swimlanes', 'problems', 'hostile'] as const;

export function flowFixture(name: (typeof flowFixtureNames)[number]): FlowModel {
  return JSON.parse(readFileSync(new URL(`../fixtures/flow/${name}.json`, import.meta.url), 'utf8')) as FlowModel;
}

const words = ['受理', '审查', '立案', '调查取证', '告知陈述申辩权利', '法制审核', '集体讨论决定', '作出决定', '送达决定书', '执行', '结案归档', '听证', '现场检查', '补正材料', 'Review of the licence', '公示'];
const questions = ['材料齐全？', '符合立案标准？', '申请听证？', '属于法制审核情形？', '情节复杂或重大违法？'];
const laneNames = ['承办人员', '法制审核机构', '行政机关负责人', '当事人'];

/**
 * A random procedure: a main line of steps and questions, each question branching to a side step that rejoins
 * further down (or ends), some steps with limits, lanes when `withLanes`, and sometimes a step leading back up.
 */
export function randomFlow(seed: number, withLanes: boolean): FlowModel {
  const next = seeded(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const lanes = withLanes ? laneNames.slice(0, 2 + Math.floor(next() * 3)) : [];
  const nodes: FlowNode[] = [{ id: 'start', kind: 'start', label: '开始', limits: [] }];
  const edges: FlowEdge[] = [];
  const main: string[] = ['start'];
  const count = 4 + Math.floor(next() * 10);
  const lane = (): { lane?: string } => (lanes.length > 0 ? { lane: pick(lanes) } : {});
  for (let i = 0; i < count; i++) {
    const decision = i > 0 && next() < 0.3;
    const id = `n${i}`;
    const limits = next() < 0.4 ? [{ amount: 1 + Math.floor(next() * 60), unit: pick(['工作日', '日'] as const), kind: 'statutory' as const }] : [];
    nodes.push({ id, kind: decision ? 'decision' : 'step', label: decision ? pick(questions) : pick(words), limits, ...lane() });
    main.push(id);
  }
  nodes.push({ id: 'end', kind: 'end', label: '结束', limits: [] }, { id: 'remedy', kind: 'remedy', label: '当事人不服的，可以依法申请行政复议或者提起行政诉讼。', limits: [] });
  main.push('end');
  let e = 0;
  const edge = (from: string, to: string, label?: string): void => void edges.push({ id: `e${e++}`, from, to, ...(label ? { label } : {}) });
  main.forEach((id, i) => {
    const to = main[i + 1];
    if (to === undefined) return;
    const node = nodes.find((n) => n.id === id);
    if (node?.kind === 'decision') {
      edge(id, to, '是');
      const side = `${id}-side`;
      nodes.push({ id: side, kind: 'step', label: pick(words), limits: [], ...lane() });
      edge(id, side, '否');
      edge(side, main[Math.min(main.length - 1, i + 1 + Math.floor(next() * 3))] ?? 'end');
    } else edge(id, to);
  });
  if (next() < 0.3 && count > 3) edge(`n${count - 1}`, 'n1', '退回');
  edge('end', 'remedy');
  return { powerCode: `R-${seed}`, powerName: `随机流程${seed}`, actType: '行政处罚', origin: { kind: 'steps' }, lanes, nodes, edges, problems: [] };
}

/** One model per standard template, for a power with a unit, a promised limit and 法制审核 (a penalty open to a hearing). */
export function templateFlows(): FlowModel[] {
  return flowTemplates.map((template) => {
    const inventory = inventoryOf({
      powers: [{ code: `T-${template.id}`, name: template.actType === 'penalty' ? '吊销某许可证（示例）' : '某事项（示例）', type: template.actType, unit: '承办科室', promisedLimit: '10个工作日', legalReview: true, basisText: '《某法》第一条' }],
    });
    const [record] = inventory.powers;
    if (!record) throw new Error('no power');
    return buildFlow(record, inventory, { template: template.id });
  });
}

/** Every power of the sample workbook as buildFlow draws it (its steps where it has them, else its template). */
export async function sampleFlows(): Promise<FlowModel[]> {
  const { inventory } = await loadInventory(new URL('../../samples/city-ecology-bureau.xlsx', import.meta.url).pathname);
  return inventory.powers.map((power) => buildFlow(power, inventory));
}
