// How alike two power names are: the Dice coefficient of their character bigrams, after width and space folding.

import { compactText } from '../model/plain-text.js';

function bigrams(text: string): Map<string, number> {
  const chars = [...compactText(text).toLowerCase()];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** 1 for the same text, 0 for texts with no two-character run in common; one-character names compare whole. */
export function nameSimilarity(a: string, b: string): number {
  const x = compactText(a).toLowerCase();
  const y = compactText(b).toLowerCase();
  if (x === y) return 1;
  if ([...x].length < 2 || [...y].length < 2) return 0;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of gx) {
    shared += Math.min(n, gy.get(gram) ?? 0);
    total += n;
  }
  for (const n of gy.values()) total += n;
  return (2 * shared) / total;
}
