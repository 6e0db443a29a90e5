// Errors that stop a run (exit code 2). Problems in user data are diagnostics, never these.

import type { Bilingual, Lang } from './types.js';

export type ToolkitErrorCode =
  | 'input-not-found'
  | 'input-unreadable'
  | 'input-not-spreadsheet'
  | 'input-encrypted'
  | 'input-empty'
  | 'input-too-large'
  /** A zip whose entries inflate far beyond their size, or beyond what they declare. */
  | 'input-zip-bomb'
  /** A worksheet whose used range (stray cells far right or far down) would need a grid too large to hold. */
  | 'input-used-range'
  | 'no-tables'
  /** A folder (or glob) given as input holds no workbook and no CSV table at all. */
  | 'no-inventory'
  | 'bad-arguments'
  | 'output-exists'
  | 'output-unwritable'
  /** An output path that names one of the inputs (however spelled, linked or contained). */
  | 'output-is-input'
  | 'port-unavailable'
  | 'config-invalid'
  /** publish without --allow-errors over an inventory that has errors. */
  | 'inventory-has-errors'
  | 'rule-crashed';

export class ToolkitError extends Error {
  readonly code: ToolkitErrorCode;
  readonly text: Bilingual;

  constructor(code: ToolkitErrorCode, text: Bilingual, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = 'ToolkitError';
    this.code = code;
    this.text = text;
  }

  describe(lang: Lang): string {
    return this.text[lang];
  }
}
