// Whether a power's declared act type disagrees with a confident classification: one definition for the
// power-type-mismatch rule and the statistics.

import type { ActTypeId } from '../model/act-types.js';
import { classifyPower } from './classify-power.js';
import { isToleratedDeclaration } from './tolerated-declarations.js';
import type { Classification, ClassifyVariant } from './types.js';

/**
 * Confidence the classifier needs before a disagreement counts. Below it the name's cues are weak, conflicting
 * or absent, and a reviewer, not a warning, should decide (`quanze classify --min-confidence` lists those rows).
 */
export const MISMATCH_MIN_CONFIDENCE = 0.8;

/**
 * Whether a classification contradicts a declared type: another type, at or above `minConfidence`, and not a
 * declaration DOMAIN.md accepts for that cue (tolerated-declarations.ts).
 */
export function contradicts(classification: Classification, declared: ActTypeId, minConfidence = MISMATCH_MIN_CONFIDENCE): boolean {
  return nationalType(classification.type) !== declared && classification.confidence >= minConfidence
    && !isToleratedDeclaration(classification.cueId, declared);
}

/** The parts of a power the comparison reads. */
export interface DeclaredPower {
  readonly name: string;
  readonly subItem?: string | undefined;
  readonly basisText?: string | undefined;
  readonly type?: ActTypeId | undefined;
}

/** A split-off fee is still declared 行政征收 in the model, which has only the national ten. */
export const nationalType = (type: Classification['type']): ActTypeId => (type === 'fee' ? 'levy' : type);

/**
 * A function answering, for each power with a declared type, the confident classification that contradicts it
 * (undefined when it agrees, is undeclared, or the classifier is unsure). It remembers what names alone say, once
 * per distinct name and sub-item: names repeat across an inventory, 实施依据 texts rarely do. The cited text never
 * changes a type the name or sub-item decided (it only adds 0.03 confidence when it agrees), so when that type is
 * the declared one the full classification is not needed.
 */
export function declaredDisagreement(variant: ClassifyVariant = {}): (power: DeclaredPower) => Classification | undefined {
  const byName = new Map<string, Classification>();
  const classifiedByName = (power: DeclaredPower): Classification => {
    const key = `${power.name}\u0000${power.subItem ?? ''}`;
    let found = byName.get(key);
    if (found === undefined) {
      found = classifyPower({ name: power.name, ...(power.subItem === undefined ? {} : { subItem: power.subItem }) }, { variant });
      byName.set(key, found);
    }
    return found;
  };
  return (power) => {
    if (power.type === undefined) return undefined;
    const named = classifiedByName(power);
    if (named.source !== 'none' && nationalType(named.type) === power.type) return undefined;
    // The code is left out: its type segment (CF-, XK-) is written by the same hand as the declared type, so it
    // is no independent evidence for or against it. The question is whether the name supports the type.
    const classification = classifyPower(
      {
        name: power.name,
        ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
        ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
      },
      { variant },
    );
    return contradicts(classification, power.type) ? classification : undefined;
  };
}
