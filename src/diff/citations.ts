// What changed in a power's 实施依据: per cited title, the articles only the old or only the new edition cites.

import type { CitedArticle } from './edition.js';
import type { CitationChange } from './types.js';

const written = (c: CitedArticle): string => `《${c.title}》${c.locator}`;

/** Locators by title key, in the order the cell cites them; the title as the new edition (else the old) writes it. */
function byTitle(citations: readonly CitedArticle[]): Map<string, { title: string; locators: string[] }> {
  const map = new Map<string, { title: string; locators: string[] }>();
  for (const c of citations) {
    const entry = map.get(c.titleKey);
    if (entry === undefined) map.set(c.titleKey, { title: c.title, locators: [c.locator] });
    else entry.locators.push(c.locator);
  }
  return map;
}

/** Undefined when both cite the same articles of the same titles (in any order, however written). */
export function compareCitations(old: readonly CitedArticle[], now: readonly CitedArticle[]): CitationChange | undefined {
  const before = byTitle(old);
  const after = byTitle(now);
  const added: string[] = [];
  const removed: string[] = [];
  const articles: { title: string; old: string[]; new: string[] }[] = [];
  for (const [key, { title, locators }] of after) {
    const was = before.get(key);
    if (was === undefined) {
      for (const locator of locators) added.push(written({ titleKey: key, title, locator }));
      continue;
    }
    const gone = was.locators.filter((l) => !locators.includes(l));
    const fresh = locators.filter((l) => !was.locators.includes(l));
    if (gone.length > 0 && fresh.length > 0) articles.push({ title, old: gone, new: fresh });
    else {
      for (const locator of fresh) added.push(written({ titleKey: key, title, locator }));
      for (const locator of gone) removed.push(written({ titleKey: key, title: was.title, locator }));
    }
  }
  for (const [key, { title, locators }] of before) {
    if (after.has(key)) continue;
    for (const locator of locators) removed.push(written({ titleKey: key, title, locator }));
  }
  if (added.length === 0 && removed.length === 0 && articles.length === 0) return undefined;
  return { added, removed, articles };
}

/** A key two powers share when they cite the same articles of the same titles. */
export const citationSignature = (citations: readonly CitedArticle[]): string =>
  citations.map((c) => `${c.titleKey}\u0000${c.locator}`).sort().join('\u0001');
