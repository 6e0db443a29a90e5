// Every standard template, and which one a power of each act type gets when its inventory describes no steps.

import type { ActTypeId } from '../../model/act-types.js';
import type { FlowTemplate } from '../template-types.js';
import { coercionExecution, coercionMeasure } from './coercion.js';
import { adjudication, confirmation, inspection, other, payment, reward } from './general.js';
import { levy } from './levy.js';
import { licensing } from './licensing.js';
import { penaltyGeneral, penaltySimple } from './penalty.js';

export const flowTemplates: readonly FlowTemplate[] = [
  penaltyGeneral, penaltySimple, licensing, coercionMeasure, coercionExecution, levy, payment, inspection, confirmation, reward, adjudication, other,
];

/**
 * The template for each act type. A penalty gets the general procedure (the simple one is for on-the-spot cases,
 * which a power's text cannot settle); coercion gets the measure's template unless the power is an enforcement.
 */
export const templateFor: Readonly<Record<Exclude<ActTypeId, 'coercion'>, FlowTemplate>> & {
  readonly coercion: { readonly measure: FlowTemplate; readonly execution: FlowTemplate };
} = {
  penalty: penaltyGeneral,
  licensing,
  coercion: { measure: coercionMeasure, execution: coercionExecution },
  levy,
  payment,
  inspection,
  confirmation,
  reward,
  adjudication,
  other,
};

export function templateById(id: string): FlowTemplate | undefined {
  return flowTemplates.find((template) => template.id === id);
}
