// The prefilter (two-character keys, else characters) only skips patterns that cannot match: with it and without it, every labelled and
// composed name (name-classes.tsv and the cue examples) gets the same classification.

import { afterAll, describe, expect, it } from 'vitest';
import { setPrefilter } from '../../src/classify/analyse-text.js';
import { classifyPower, cues, traps } from '../../src/classify/index.js';
import { allNames } from './all-names.js';

const names = allNames;

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
