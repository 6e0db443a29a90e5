// Accuracy gates on the labelled dev set and the composed holdout set, plus readable reasons for every row.

import { describe, expect, it } from 'vitest';
import { classifyPower, cues, evaluate, traps, type Evaluation } from '../../src/classify/index.js';
import { loadLabelled } from './load-labelled.js';

const dev = loadLabelled('dev.tsv');
const holdout = loadLabelled('holdout.tsv');

function summarise(result: Evaluation): string {
  return result.errors.map((e) => `${e.expected} → ${e.classification.type}: ${e.name}`).join('\n');
}

describe.each([
  ['dev', dev],
  ['holdout', holdout],
])('%s set', (_label, rows) => {
  const result = evaluate(rows);

  it('reaches 95 % overall accuracy', () => {
    expect(result.accuracy, summarise(result)).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches 85 % recall for every type present', () => {
    for (const [type, score] of Object.entries(result.perType)) {
      if (score.support === 0) continue;
      expect(score.recall, `${type}: ${score.correct}/${score.support}`).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('dev set per source', () => {
  const sources = [...new Set(dev.map((row) => row.source ?? ''))];

  it('has several sources', () => {
    expect(sources.length).toBeGreaterThanOrEqual(3);
  });

  it.each(sources.map((s) => [s]))('reaches 85 %% on %s', (source) => {
    const result = evaluate(dev.filter((row) => (row.source ?? '') === source));
    expect(result.accuracy, summarise(result)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('reasons', () => {
  it.each(dev.map((row) => [row.name] as const))('are readable in both languages: %s', (name) => {
    const c = classifyPower({ name });
    expect(c.reason.zh).toMatch(/[\u4e00-\u9fff]{4,}/u);
    expect(c.reason.en).toMatch(/^[A-Z][\x20-\x7e\u2018-\u201d\u4e00-\u9fff\u3000-\u303f\uff00-\uffef…–—]+$/u);
    expect(c.reason.en.split(' ').length).toBeGreaterThanOrEqual(6);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    if (c.cue !== undefined && c.cue.length <= 14) expect(c.reason.zh).toContain(c.cue);
  });
});

describe('general cues, not a lookup list', () => {
  it('no cue or trap pattern contains a whole dev or holdout name', () => {
    const sources = [...cues, ...traps].map((c) => c.pattern.source);
    const names = [...dev, ...holdout].map((r) => r.name).filter((n) => n.length >= 6);
    for (const name of names) {
      for (const source of sources) expect(source.includes(name), `${name} in ${source}`).toBe(false);
    }
  });
});
