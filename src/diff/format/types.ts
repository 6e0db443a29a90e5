// The one function type every `quanze diff --format` formatter has.

import type { Lang } from '../../diagnostics/types.js';
import type { EditionDiff } from '../types.js';

export interface DiffFormatContext {
  readonly lang: Lang;
}

/** A pure function from the diff to the whole output: text, or the bytes of a workbook. */
export type DiffFormatter = (diff: EditionDiff, context: DiffFormatContext) => string | Uint8Array;
