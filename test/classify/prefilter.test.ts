// The character prefilter only skips patterns that cannot match: with it and without it, every labelled and
// composed name (name-classes.tsv and the cue examples) gets the same classification.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setPrefilter } from '../../src/classify/analyse-text.js';
import { classifyPower, cues, traps } from '../../src/classify/index.js';
import { cueExamples } from './cue-examples.js';
import { loadLabelled } from './load-labelled.js';

const composed = readFileSync(new URL('../fixtures/classify/name-classes.tsv', import.meta.url), 'utf8')
  .split(/\r?\n/u).slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t')[0] ?? '');

const names = [
  ...composed,
  ...loadLabelled('dev.tsv').map((r) => r.name),
  ...loadLabelled('holdout.tsv').map((r) => r.name),
  ...Object.values(cueExamples).flatMap((e) => [...e.decides, ...(e.boundary ?? []).map(([n]) => n)]),
];

afterAll(() => setPrefilter(true));

describe('prefilter', () => {
  it('changes no classification', () => {
    setPrefilter(false);
    const all = names.map((name) => classifyPower({ name }));
    setPrefilter(true);
    const filtered = names.map((name) => classifyPower({ name }));
    expect(filtered).toEqual(all);
  });

  it('every pattern has a Chinese character to index it by', () => {
    for (const entry of [...cues, ...traps]) expect(entry.pattern.source, entry.id).toMatch(/[\u3400-\u9fff]/u);
  });
});
