// Reads a labelled TSV (name, type label, department, source) from test/fixtures/classify into evaluate() rows.

import { readFileSync } from 'node:fs';
import type { LabelledRow } from '../../src/classify/index.js';
import { parseDeclaredType } from '../../src/classify/index.js';
import { sourceName } from '../../src/classify-inputs/classify-inputs.js';

export interface LabelledFixtureRow extends LabelledRow {
  readonly department: string;
  /** Where the name was collected (the file's 4th column), for per-source and leave-one-source-out figures. */
  readonly source?: string;
}

export function loadLabelled(file: string): LabelledFixtureRow[] {
  const url = new URL(`../fixtures/classify/${file}`, import.meta.url);
  const lines = readFileSync(url, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [name = '', label = '', department = '', source = ''] = line.split('\t');
    const expected = parseDeclaredType(label);
    if (!expected) throw new Error(`${file} row ${i + 2}: unknown type label "${label}"`);
    const group = sourceName(source);
    return { name, expected, department, ...(group === undefined ? {} : { source: group }) };
  });
}
