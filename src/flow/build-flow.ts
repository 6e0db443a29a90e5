// buildFlow: a power's procedure as a FlowModel — from its 执法流程 rows when the inventory has them, else from the
// standard template of its act type, with the branches its own facts choose.

import { classifyPower, type ClassifiedTypeId, type ClassifyVariant } from '../classify/index.js';
import { actTypeById, actTypeIds, type ActTypeId } from '../model/act-types.js';
import { buildIndex, keyOf, type InventoryIndex } from '../model/build-index.js';
import type { Inventory, PowerRecord, StepRecord } from '../model/types.js';
import { defaultLargeAmounts, type LargeAmountThresholds } from '../law/fine-amounts.js';
import { hearingReason } from '../law/hearing.js';
import { displayName } from '../law/power-text.js';
import { buildProcedure, groupStepsByPower } from '../law/steps-graph.js';
import { graphFromSteps } from './from-steps.js';
import { graphFromTemplate, type PowerFacts } from './from-template.js';
import { remedyNode } from './remedy-note.js';
import type { FlowTemplate } from './template-types.js';
import { templateById, templateFor } from './templates/index.js';
import { cellLimit } from './time-limits.js';
import type { FlowEdge, FlowModel, FlowNode, FlowTimeLimit } from './types.js';

export interface FlowOptions {
  /** The inventory's index, when the caller has built it already. */
  readonly index?: InventoryIndex;
  /** The 较大数额 amounts that open a penalty to a hearing (the configuration's thresholds). */
  readonly thresholds?: LargeAmountThresholds;
  /** Draw this template (an id of `flowTemplates`, e.g. penalty-simple) for powers without steps. */
  readonly template?: string;
  /** The configuration's act-type variant, for the classifier that types a power the inventory leaves untyped. */
  readonly variant?: ClassifyVariant;
}

/**
 * A power the inventory leaves untyped is drawn as the classifier types it (as check, stats and the site name it);
 * a variant's own types (收费 …) have no template and are drawn as 其他.
 */
function typed(power: PowerRecord, variant: ClassifyVariant | undefined, classified: ClassifiedTypeId | undefined): PowerRecord {
  if (power.type !== undefined) return power;
  const type = classified ?? classifyPower({
    name: power.name,
    ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
    ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
    ...(power.code === undefined ? {} : { code: power.code }),
  }, variant === undefined ? {} : { variant }).type;
  return { ...power, type: isActType(type) ? type : 'other' };
}

const isActType = (id: string): id is ActTypeId => (actTypeIds as readonly string[]).includes(id);

const startNode = (label: string): FlowNode => ({ id: 'start', kind: 'start', label, limits: [] });
const endNode: FlowNode = { id: 'end', kind: 'end', label: '结束', limits: [] };

/** The facts of a power that choose a template's branches. */
function factsOf(power: PowerRecord, index: InventoryIndex, thresholds: LargeAmountThresholds): PowerFacts {
  return {
    hearing: power.type === 'penalty' && hearingReason(power, index, thresholds) !== undefined,
    legalReview: power.legalReview === true,
  };
}

function templateOf(power: PowerRecord): FlowTemplate {
  const type = power.type ?? 'other';
  if (type !== 'coercion') return templateFor[type];
  const { coercionKind } = classifyPower({
    name: power.name,
    ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
    ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
  });
  return coercionKind === 'execution' ? templateFor.coercion.execution : templateFor.coercion.measure;
}

/** The powers table's own limits: its 承诺时限 (promised) and 法定时限 (drawn where the procedure has none). */
function ownLimits(power: PowerRecord): FlowTimeLimit[] {
  return [cellLimit(power.statutoryLimit, 'statutory'), cellLimit(power.promisedLimit, 'promised')].filter((l) => l !== undefined);
}

/** Adds the end, the remedy note and the arrow between them. */
function closed(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return {
    nodes: [...nodes, endNode, remedyNode],
    edges: [...edges, { id: `e${edges.length + 1}`, from: 'end', to: 'remedy' }],
  };
}

/**
 * A builder for the flows of one inventory: the index and the steps by power are built once, so drawing every
 * power of a large inventory costs one pass over its tables. A caller that has classified an untyped power
 * already (the site's view) passes the type, so the classifier is not run twice.
 */
export function createFlowBuilder(inventory: Inventory, options: FlowOptions = {}): (power: PowerRecord, classified?: ClassifiedTypeId) => FlowModel {
  const index = options.index ?? buildIndex(inventory);
  const thresholds = options.thresholds ?? defaultLargeAmounts;
  const stepsByCode = groupStepsByPower(inventory.steps);
  const forced = options.template === undefined ? undefined : templateById(options.template);
  if (options.template !== undefined && forced === undefined) throw new Error(`unknown flow template ${options.template}`);
  return (record, classified) => {
    const power = typed(record, options.variant, classified);
    const powerCode = power.code ?? '';
    const header = { powerCode, powerName: displayName(power), actType: actTypeById(power.type ?? 'other').label };
    const key = keyOf(powerCode);
    const rows: readonly StepRecord[] | undefined = power.code === undefined ? undefined : stepsByCode.get(key);
    if (rows !== undefined && rows.length > 0) {
      const graph = graphFromSteps(buildProcedure(key, rows), index, ownLimits(power));
      const { nodes, edges } = closed([startNode('开始'), ...graph.nodes], graph.edges);
      return { ...header, origin: { kind: 'steps' }, lanes: graph.lanes, nodes, edges, problems: graph.problems };
    }
    const template = forced ?? templateOf(power);
    const graph = graphFromTemplate(template, {
      facts: factsOf(power, index, thresholds),
      ...(power.unit === undefined || power.unit.trim() === '' ? {} : { unit: power.unit.trim() }),
      overallLimits: ownLimits(power),
    });
    const { nodes, edges } = closed(graph.nodes, graph.edges);
    return { ...header, origin: { kind: 'template', templateId: template.id }, lanes: graph.lanes, nodes, edges, problems: [] };
  };
}

/** The flow of one power of `inventory`. To draw many powers of one inventory, use `createFlowBuilder`. */
export function buildFlow(power: PowerRecord, inventory: Inventory, options: FlowOptions = {}): FlowModel {
  return createFlowBuilder(inventory, options)(power);
}
