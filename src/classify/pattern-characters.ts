// The Chinese characters a text must hold for a cue or trap pattern to match it: the index of the prefilter.

/**
 * The pattern's source without what a match never needs in the text: negative lookarounds `(?!…)`, `(?<!…)` and
 * negated classes `[^…]`. Their characters only say what must be absent ("…证" not after 残疾人, 划拨 not before
 * 土地), so keeping them would run the pattern on every text that merely mentions 残疾人 or 土地.
 */
function withoutNegativeParts(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
    } else if (ch === '[' && source.charAt(i + 1) === '^') {
      i = classEnd(source, i);
    } else if (source.startsWith('(?!', i) || source.startsWith('(?<!', i)) {
      i = groupEnd(source, i);
    } else {
      out += ch;
    }
  }
  return out;
}

/** The index of the `]` closing the class that opens at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i += 1) {
    if (source.charAt(i) === '\\') i += 1;
    else if (source.charAt(i) === ']') return i;
  }
  return source.length;
}

/** The index of the `)` closing the group that opens at `start`, past nested groups, classes and escapes. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === '\\') i += 1;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth += 1;
    else if (ch === ')' && (depth -= 1) === 0) return i;
  }
  return source.length;
}

const cjk = /[\u3400-\u9fff]/gu;

/**
 * The Chinese characters written in a pattern outside its negative parts. Every match of every cue and trap holds
 * at least one of them, or its positive lookahead requires one (each pattern is built from literal words; classes
 * and dots only join them), so a text sharing none with a pattern cannot match it and the pattern is not run. The
 * set is a superset — it can only let a pattern run needlessly — and when a pattern has no such character, every
 * character it writes is taken (test/classify/prefilter.test.ts checks both paths agree).
 */
export function patternCharacters(pattern: RegExp): string[] {
  const positive = withoutNegativeParts(pattern.source).match(cjk);
  return [...new Set(positive ?? pattern.source.match(cjk) ?? [])];
}
