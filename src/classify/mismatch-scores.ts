// How well power-type-mismatch separates wrong declared types from right ones, on labelled names: the figures its
// threshold is tuned by (test/rules/power-type-mismatch.test.ts).

import { actTypes, type ActTypeId } from '../model/act-types.js';
import { contradicts } from './declared-disagreement.js';
import { isToleratedDeclaration } from './tolerated-declarations.js';
import type { Classification } from './types.js';

/** One labelled name: its true type and what the classifier said. */
export interface MismatchCase {
  readonly truth: ActTypeId;
  readonly classification: Classification;
}

export interface MismatchScore {
  readonly threshold: number;
  /** Names declared with their true type (one each), and how many of them would be warned about. */
  readonly rightDeclarations: number;
  readonly falseAlarms: number;
  /** Names declared with each other type DOMAIN does not accept for them, and how many would be warned about. */
  readonly wrongDeclarations: number;
  readonly detected: number;
  /** falseAlarms / rightDeclarations. */
  readonly falseAlarmRate: number;
  /** detected / wrongDeclarations. */
  readonly recall: number;
  /** Share of warnings that are real when `prevalence` of declarations are wrong. */
  readonly precision: number;
}

/**
 * Scores `flags(classification, declared, threshold)` (power-type-mismatch's judgement) on labelled names: each
 * declared once with its true type (a warning is a false alarm) and once with every other national type that DOMAIN
 * does not accept for it (a warning is a detection). Precision is given for a list where `prevalence` of declared
 * types are wrong.
 */
export function mismatchScores(
  cases: readonly MismatchCase[], threshold: number, prevalence = 0.1,
  flags: (classification: Classification, declared: ActTypeId, threshold: number) => boolean =
  (c, declared, t) => contradicts(c, declared, t),
): MismatchScore {
  let falseAlarms = 0;
  let wrongDeclarations = 0;
  let detected = 0;
  for (const { truth, classification } of cases) {
    if (flags(classification, truth, threshold)) falseAlarms += 1;
    for (const { id } of actTypes) {
      if (id === truth || isToleratedDeclaration(classification.cueId, id)) continue;
      wrongDeclarations += 1;
      if (flags(classification, id, threshold)) detected += 1;
    }
  }
  const falseAlarmRate = cases.length === 0 ? 0 : falseAlarms / cases.length;
  const recall = wrongDeclarations === 0 ? 1 : detected / wrongDeclarations;
  const real = prevalence * recall;
  const precision = real + (1 - prevalence) * falseAlarmRate === 0 ? 1 : real / (real + (1 - prevalence) * falseAlarmRate);
  return { threshold, rightDeclarations: cases.length, falseAlarms, wrongDeclarations, detected, falseAlarmRate, recall, precision };
}
