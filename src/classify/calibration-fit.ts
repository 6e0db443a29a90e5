// Fitting the confidence calibration: pooled-adjacent-violators over raw confidences, each block's accuracy shrunk
// toward the hand-set weight, raised at most `maxRaise`; and the leave-one-source-out check of what that gives.

import type { CalibrationStep } from './calibration-step.js';
import { calibrateWith } from './calibrate.js';

/** One labelled answer: the raw confidence, whether the type was right, and the labelled file's source. */
export interface ScoredAnswer {
  readonly raw: number;
  readonly correct: boolean;
  readonly source?: string;
}

export interface FitOptions {
  /** Pseudo-answers at the raw confidence added to every block (shrinkage toward the hand-set weight). */
  readonly prior?: number;
  /**
   * The most a block's confidence may rise above its raw weight. The labelled names are from the sources the cue
   * tables were written against; names from unseen sources were less often right, so rises are capped.
   */
  readonly maxRaise?: number;
}

export const defaultFitOptions: Required<FitOptions> = { prior: 8, maxRaise: 0.05 };

interface Block {
  from: number;
  n: number;
  k: number;
  rawSum: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * A monotone step function from raw to calibrated confidence. Answers are grouped by raw value, adjacent groups are
 * pooled while a lower group would be more accurate than the one above it, and each block maps to
 * (right + prior × mean raw) / (answers + prior), capped at mean raw + maxRaise and at 0.99.
 */
export function fitCalibration(answers: readonly ScoredAnswer[], options: FitOptions = {}): CalibrationStep[] {
  const { prior, maxRaise } = { ...defaultFitOptions, ...options };
  const value = (b: Block): number => {
    const meanRaw = b.rawSum / b.n;
    return Math.min(0.99, meanRaw + maxRaise, (b.k + prior * meanRaw) / (b.n + prior));
  };
  const sorted = [...answers].sort((a, b) => a.raw - b.raw);
  const blocks: Block[] = [];
  for (const answer of sorted) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && Math.abs(last.from - answer.raw) < 1e-9) {
      last.n += 1;
      last.k += answer.correct ? 1 : 0;
      last.rawSum += answer.raw;
    } else {
      blocks.push({ from: answer.raw, n: 1, k: answer.correct ? 1 : 0, rawSum: answer.raw });
    }
    for (;;) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a === undefined || b === undefined || value(a) <= value(b)) break;
      blocks.splice(-2, 2, { from: a.from, n: a.n + b.n, k: a.k + b.k, rawSum: a.rawSum + b.rawSum });
    }
  }
  let floor = 0;
  return blocks.map((b) => {
    floor = Math.max(floor, round2(value(b)));
    return { from: round2(b.from), to: floor };
  });
}

/** Accuracy of the answers in one confidence bucket. */
export interface CalibrationBucket {
  readonly from: number;
  readonly to: number;
  readonly answers: number;
  readonly right: number;
  readonly accuracy: number;
  readonly meanConfidence: number;
}

/** Buckets shown in the calibration tables: [0, .5), [.5, .6) … [.9, .95), [.95, 1]. */
export const bucketEdges: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.000001];

export function bucketise(pairs: ReadonlyArray<{ readonly confidence: number; readonly correct: boolean }>): CalibrationBucket[] {
  const buckets: CalibrationBucket[] = [];
  for (let i = 0; i + 1 < bucketEdges.length; i += 1) {
    const from = bucketEdges[i] ?? 0;
    const to = bucketEdges[i + 1] ?? 1;
    const inside = pairs.filter((p) => p.confidence >= from && p.confidence < to);
    if (inside.length === 0) continue;
    const right = inside.filter((p) => p.correct).length;
    buckets.push({
      from, to: Math.min(1, to), answers: inside.length, right, accuracy: right / inside.length,
      meanConfidence: inside.reduce((sum, p) => sum + p.confidence, 0) / inside.length,
    });
  }
  return buckets;
}

export interface CalibrationCheck {
  readonly buckets: readonly CalibrationBucket[];
  /** Answers at confidence ≥ 0.9 and how many were right. */
  readonly high: { readonly answers: number; readonly right: number; readonly accuracy: number };
}

function check(pairs: ReadonlyArray<{ readonly confidence: number; readonly correct: boolean }>): CalibrationCheck {
  const high = pairs.filter((p) => p.confidence >= 0.9);
  const right = high.filter((p) => p.correct).length;
  return { buckets: bucketise(pairs), high: { answers: high.length, right, accuracy: high.length === 0 ? 1 : right / high.length } };
}

/** The calibration fitted on all answers, scored on the same answers. */
export function inSampleCheck(answers: readonly ScoredAnswer[], options: FitOptions = {}): CalibrationCheck {
  const steps = fitCalibration(answers, options);
  return check(answers.map((a) => ({ confidence: calibrateWith(steps, a.raw), correct: a.correct })));
}

/**
 * Leave one source out: for each source, the calibration is fitted on the other sources' answers and applied to
 * this source's; the buckets pool every source's held-out answers. Undefined with fewer than two sources.
 */
export function leaveOneSourceOut(answers: readonly ScoredAnswer[], options: FitOptions = {}): CalibrationCheck | undefined {
  const sources = [...new Set(answers.map((a) => a.source ?? ''))];
  if (sources.length < 2) return undefined;
  const pairs: Array<{ confidence: number; correct: boolean }> = [];
  for (const source of sources) {
    const steps = fitCalibration(answers.filter((a) => (a.source ?? '') !== source), options);
    for (const a of answers) {
      if ((a.source ?? '') === source) pairs.push({ confidence: calibrateWith(steps, a.raw), correct: a.correct });
    }
  }
  return check(pairs);
}
