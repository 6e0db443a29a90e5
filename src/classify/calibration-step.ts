// The shape of the fitted calibration table, apart from the code that applies it (the table is generated).

/** One step of a monotone, piecewise-constant calibration: raw confidences ≥ `from` map to `to`. */
export interface CalibrationStep {
  readonly from: number;
  readonly to: number;
}
