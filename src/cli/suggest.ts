// "Did you mean …?": the closest candidates to a mistyped word (commander's rule, so suggestions match its own).

const maxDistance = 3;
const minSimilarity = 0.4;

/** Optimal string alignment distance (Damerau–Levenshtein where no substring is edited twice). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates nearest to `word`, sorted; empty when none is close. Long options are compared without their
 * leading "--", as commander does, so "--formt" finds "--format".
 */
export function suggestSimilar(word: string, candidates: readonly string[]): string[] {
  const options = word.startsWith('--');
  const strip = (s: string): string => (options ? s.replace(/^--/, '') : s);
  const target = strip(word);
  let best = maxDistance;
  let similar: string[] = [];
  for (const candidate of new Set(candidates)) {
    const bare = strip(candidate);
    if (bare.length <= 1) continue;
    const distance = editDistance(target, bare);
    const length = Math.max(target.length, bare.length);
    if ((length - distance) / length <= minSimilarity) continue;
    if (distance < best) {
      best = distance;
      similar = [candidate];
    } else if (distance === best) similar.push(candidate);
  }
  return similar.sort((a, b) => a.localeCompare(b));
}
