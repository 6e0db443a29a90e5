// requiredLiterals, the prefilter's two-character keys: every cue and trap gets some, and on every labelled and
// composed name a pattern matches, the text holds one of its keys (else the prefilter would skip a real match).

import { describe, expect, it } from 'vitest';
import { cues, traps } from '../../src/classify/index.js';
import { stripNameFrame } from '../../src/classify/name-form.js';
import { requiredLiterals } from '../../src/classify/pattern-literals.js';
import { allNames } from './all-names.js';

const names = allNames.flatMap((name) => [name, stripNameFrame(name)]);

describe('requiredLiterals', () => {
  it('reads words, joins runs and keeps two characters', () => {
    expect(requiredLiterals(/代为(?:处置|清除|清理)/u)).toEqual(['代为']);
    expect(requiredLiterals(/罚款|计罚/u)).toEqual(['罚款', '计罚']);
    expect(requiredLiterals(/(?:金|费)的?(?:发放|支付)/u)).toEqual(['发放', '支付']);
    expect(requiredLiterals(/^(?=.*(?:的|行为)$).{3,}/u)).toEqual(['的', '行为']);
    expect(requiredLiterals(/[未擅]自/u)).toEqual(['未自', '擅自']);
  });

  it('finds no requirement where a match may hold none', () => {
    expect(requiredLiterals(/(?:的)?$/u)).toBeUndefined();
    expect(requiredLiterals(/(?!许可)[^，；]+/u)).toBeUndefined();
    expect(requiredLiterals(/证|.*/u)).toBeUndefined();
    expect(requiredLiterals(/许可/iu)).toBeUndefined();
    expect(requiredLiterals(/(证)\1/u)).toBeUndefined();
  });

  it('keys every cue and trap', () => {
    for (const entry of [...cues, ...traps]) expect(requiredLiterals(entry.pattern), entry.id).toBeDefined();
  });

  it('holds on every name a pattern matches', () => {
    const missed: string[] = [];
    for (const entry of [...cues, ...traps]) {
      const keys = requiredLiterals(entry.pattern) ?? [];
      for (const name of names) {
        if (entry.pattern.test(name) && !keys.some((k) => name.includes(k))) missed.push(`${entry.id}: ${name}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
