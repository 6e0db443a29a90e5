// Public surface of the classifier.

export { classifyPower, classifyUncalibrated } from './classify-power.js';
export { calibrate, calibrateWith, type CalibrationStep } from './calibrate.js';
export {
  bucketEdges, bucketise, defaultFitOptions, fitCalibration, inSampleCheck, leaveOneSourceOut,
  type CalibrationBucket, type CalibrationCheck, type FitOptions, type ScoredAnswer,
} from './calibration-fit.js';
export { calibrationTable } from './calibration-table.js';
export { basisRules, departmentRules, subItemLifecycle, type ContextEvidence } from './context.js';
export { contradicts, declaredDisagreement, MISMATCH_MIN_CONFIDENCE, nationalType, type DeclaredPower } from './declared-disagreement.js';
export { isToleratedDeclaration, toleratedDeclarations, type ToleratedDeclaration } from './tolerated-declarations.js';
export { mismatchScores, type MismatchCase, type MismatchScore } from './mismatch-scores.js';
export { evaluate, type Evaluation, type EvaluationError, type LabelledRow, type TypeScore } from './evaluate.js';
export { compareWithDeclared, parseDeclaredType, type DeclaredComparison } from './variants.js';
export { classifiedTypeIds, formatTypeLabel, isLocalTypeId, joinTypeLabels, localTypes, sourceLabel, typeLabel } from './labels.js';
export { readCodeType, type CodeType } from './code-type.js';
export { cues } from './cues.js';
export { traps } from './traps.js';
export { precedence } from './analyse-text.js';
export type {
  Classification, ClassificationFlag, ClassifiedTypeId, ClassifyInput, ClassifyOptions, ClassifyVariant, CoercionKind,
  Cue, EvidenceSource, LocalTypeId, Trap,
} from './types.js';
