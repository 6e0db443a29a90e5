// `--format json`: the whole `diffEditions` result (its shape is documented in diff/types.ts).

import type { DiffFormatter } from './types.js';

export const json: DiffFormatter = (diff) => `${JSON.stringify(diff, null, 2)}\n`;
