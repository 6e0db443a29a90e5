// Every name the classifier tests know: the composed name classes, the labelled sets and the cue examples.

import { readFileSync } from 'node:fs';
import { cueExamples } from './cue-examples.js';
import { loadLabelled } from './load-labelled.js';

const composed = readFileSync(new URL('../fixtures/classify/name-classes.tsv', import.meta.url), 'utf8')
  .split(/\r?\n/u).slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t')[0] ?? '');

export const allNames: readonly string[] = [
  ...composed,
  ...loadLabelled('dev.tsv').map((r) => r.name),
  ...loadLabelled('holdout.tsv').map((r) => r.name),
  ...Object.values(cueExamples).flatMap((e) => [...e.decides, ...(e.boundary ?? []).map(([n]) => n)]),
];
