// The one list of built-in batch rules, sorted by id.

import batchPowerOverlap from './batch-power-overlap.js';
import type { BatchRule } from './define-batch-rule.js';

export const builtInBatchRules: readonly BatchRule[] = [batchPowerOverlap];
