// Maps a raw confidence (the deciding cue's weight, adjusted) to a calibrated one with the fitted table.

import type { CalibrationStep } from './calibration-step.js';
import { calibrationTable } from './calibration-table.js';

export type { CalibrationStep } from './calibration-step.js';

/** The calibrated confidence of a raw one, by `steps` (sorted by `from`, ascending); the raw value when none applies. */
export function calibrateWith(steps: readonly CalibrationStep[], raw: number): number {
  let out: number | undefined;
  for (const step of steps) {
    if (raw + 1e-9 >= step.from) out = step.to;
    else break;
  }
  return out ?? raw;
}

/** The shipped calibration (fitted on every source of the labelled set by scripts/fit-calibration.mjs). */
export const calibrate = (raw: number): number => calibrateWith(calibrationTable.steps, raw);
