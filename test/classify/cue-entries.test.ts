// Every cue and trap has names composed for it: the names it decides, and boundary names that must go elsewhere.

import { describe, expect, it } from 'vitest';
import { classifyPower, cues, traps } from '../../src/classify/index.js';
import { cueExamples } from './cue-examples.js';
import { loadLabelled } from './load-labelled.js';

const entries = [...cues, ...traps];

describe('cue and trap entries', () => {
  it('every entry has composed examples, and every example names an entry', () => {
    const ids: readonly string[] = entries.map((e) => e.id);
    expect(ids.filter((id) => !(id in cueExamples))).toEqual([]);
    expect(Object.keys(cueExamples).filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the composed names are not copied from the labelled sets', () => {
    const labelled = new Set([...loadLabelled('dev.tsv'), ...loadLabelled('holdout.tsv')].map((r) => r.name));
    const composed = Object.values(cueExamples).flatMap((e) => [...e.decides, ...(e.boundary ?? []).map(([n]) => n)]);
    expect(composed.filter((n) => labelled.has(n))).toEqual([]);
  });

  describe.each(entries.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    const example = cueExamples[id];
    it.each((example?.decides ?? []).map((n) => [n]))('decides %s', (name) => {
      const c = classifyPower({ name });
      expect({ type: c.type, cueId: c.cueId }).toEqual({ type: entry.type, cueId: id });
    });
    const boundary = example?.boundary ?? [];
    if (boundary.length > 0) {
      it.each(boundary.map(([n, t]) => [n, t] as const))('boundary: %s → %s', (name, type) => {
        expect(classifyPower({ name }).type).toBe(type);
      });
    }
  });
});
