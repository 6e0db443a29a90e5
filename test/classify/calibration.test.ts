// Calibrated confidence: the shipped table is the fit on the dev set, and answers at ≥ 0.9 are ≥ 98 % right on the
// dev set and when each source is scored by a calibration fitted without it.

import { describe, expect, it } from 'vitest';
import {
  calibrateWith, calibrationTable, classifyPower, classifyUncalibrated, fitCalibration, inSampleCheck, leaveOneSourceOut,
} from '../../src/classify/index.js';
import { loadLabelled } from './load-labelled.js';

const dev = loadLabelled('dev.tsv');
const answers = dev.map((row) => {
  const { expected, source, ...input } = row;
  const c = classifyUncalibrated(input);
  return { raw: c.confidence, correct: c.type === expected, ...(source === undefined ? {} : { source }) };
});

describe('calibration', () => {
  it('the shipped table is the fit on dev.tsv (rerun scripts/fit-calibration.mjs after changing a cue)', () => {
    expect(calibrationTable.rows).toBe(dev.length);
    expect(calibrationTable.steps).toEqual(fitCalibration(answers));
  });

  it('is monotone, at most 0.99, and classifyPower applies it to the raw confidence', () => {
    const steps = calibrationTable.steps;
    for (let i = 1; i < steps.length; i += 1) {
      expect(steps[i]?.from).toBeGreaterThan(steps[i - 1]?.from ?? 0);
      expect(steps[i]?.to).toBeGreaterThanOrEqual(steps[i - 1]?.to ?? 0);
    }
    expect(Math.max(...steps.map((s) => s.to))).toBeLessThanOrEqual(0.99);
    const c = classifyPower({ name: '对未按规定设置警示标志的处罚' });
    expect(c.confidence).toBe(calibrateWith(steps, c.rawConfidence ?? -1));
  });

  it('pools lower blocks that are more accurate than the ones above, and shrinks small blocks toward their weight', () => {
    const steps = fitCalibration([
      { raw: 0.5, correct: true }, { raw: 0.5, correct: true }, { raw: 0.6, correct: false }, { raw: 0.6, correct: false },
      ...Array.from({ length: 100 }, (_, i) => ({ raw: 0.9, correct: i < 99 })),
    ]);
    expect(steps.map((s) => s.from)).toEqual([0.5, 0.9]);
    expect(steps[0]?.to).toBeCloseTo(0.53, 2); // (2 right + 8 × 0.55) / (4 + 8)
    expect(steps[1]?.to).toBeCloseTo(0.95, 2);
  });

  it('on the dev set, answers at confidence ≥ 0.9 are ≥ 98 % right', () => {
    const check = inSampleCheck(answers);
    expect(check.high.answers).toBeGreaterThan(dev.length / 2);
    expect(check.high.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('leaving each source out of the fit, its answers at ≥ 0.9 are still ≥ 98 % right', () => {
    const check = leaveOneSourceOut(answers);
    expect(check).toBeDefined();
    expect(check?.high.answers).toBeGreaterThan(dev.length / 2);
    expect(check?.high.accuracy).toBeGreaterThanOrEqual(0.98);
  });
});
