// The words a text must hold for a cue or trap pattern to match it: for each pattern, a set of strings of which
// every text it matches contains at least one — the finer index of the prefilter (two characters, not one).

/**
 * What a piece of a pattern says about the texts it matches, each string cut to its first two characters. `exact`:
 * every string the piece can consume, when that set is small (lookarounds and anchors consume only ""); undefined when it is large or unknown. `required`:
 * strings of which a text the piece matches in holds at least one (a positive lookaround's words count, since they
 * must be in the text too); undefined when the piece may match with no word of its own (an optional part, `.*`,
 * a negative lookaround).
 */
interface Facts {
  readonly exact: readonly string[] | undefined;
  readonly required: readonly string[] | undefined;
}

/** Finite sets larger than this are dropped (`exact` becomes undefined). */
const maxExact = 128;

const anyCharacter: Facts = { exact: undefined, required: undefined };
const empty: Facts = { exact: [''], required: undefined };

/** Characters that stand for themselves in a pattern, outside a class. */
const plainRun = /[^\\^$.|?*+()[\]{}]+/y;

/** Thrown for syntax this reader does not know; the caller then falls back to the pattern's characters. */
class Unsupported extends Error {}

function literal(ch: string): Facts {
  return { exact: [ch], required: [ch] };
}

/** The facts of a set of strings the piece consumes exactly. */
function ofExact(exact: readonly string[]): Facts {
  return { exact, required: exact.includes('') ? undefined : exact };
}

/**
 * Ranks requirements as the prefilter will use them: a set whose every string has two characters beats one with
 * single characters; then the fewer distinct keys (first two characters) the better.
 */
function strength(required: readonly string[]): number {
  let shortest = 2;
  for (const s of required) if (s.length < shortest) shortest = s.length;
  return shortest * 10_000 - required.length;
}

function stronger(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return strength(b) > strength(a) ? b : a;
}

/**
 * The strings of `a` followed by those of `b`, cut to their first two characters: the prefilter keys on two
 * characters, and a text holding a word holds its start, so longer words need not be built.
 */
function product(a: readonly string[], b: readonly string[]): readonly string[] | undefined {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= 2) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, 2));
    if (out.size > maxExact) return undefined;
  }
  return [...out];
}

/** A sequence: runs of exact pieces are joined into words; the strongest requirement of any run or piece holds. */
function concatenate(parts: readonly Facts[]): Facts {
  let required: readonly string[] | undefined;
  let run: readonly string[] | undefined = [''];
  let whole: readonly string[] | undefined = [''];
  for (const part of parts) {
    required = stronger(required, part.required);
    if (part.exact === undefined) {
      if (run !== undefined && !run.includes('')) required = stronger(required, run);
      run = [''];
      whole = undefined;
      continue;
    }
    const joined: readonly string[] | undefined = run === undefined ? undefined : product(run, part.exact);
    if (joined === undefined) {
      // Too many words: the run so far stands as a requirement, and a new run starts with this piece.
      if (run !== undefined && !run.includes('')) required = stronger(required, run);
      run = part.exact;
    } else {
      run = joined;
    }
    // Every contiguous run is a requirement, so the run so far is one too ("代为" before its long list of verbs).
    if (!run.includes('')) required = stronger(required, run);
    whole = whole === undefined ? undefined : product(whole, part.exact);
  }
  if (run !== undefined && !run.includes('')) required = stronger(required, run);
  return { exact: whole, required };
}

function alternate(branches: readonly Facts[]): Facts {
  const exact = branches.every((b) => b.exact !== undefined) ? [...new Set(branches.flatMap((b) => b.exact ?? []))] : undefined;
  // Branches' requirements are cut to two characters already, so their union is a set of keys.
  const required = branches.every((b) => b.required !== undefined) ? [...new Set(branches.flatMap((b) => b.required ?? []))] : undefined;
  return { exact: exact !== undefined && exact.length <= maxExact ? exact : undefined, required };
}

function repeat(facts: Facts, min: number, max: number): Facts {
  if (facts.exact !== undefined && max !== Infinity && max <= 3) {
    let exact: readonly string[] | undefined = min === 0 ? [''] : [];
    let power: readonly string[] | undefined = [''];
    for (let n = 1; n <= max && power !== undefined; n += 1) {
      power = product(power, facts.exact);
      if (n >= min && power !== undefined && exact !== undefined) exact = [...new Set([...exact, ...power])];
    }
    if (power !== undefined && exact !== undefined && exact.length <= maxExact) return ofExact(exact);
  }
  return { exact: undefined, required: min > 0 ? facts.required : undefined };
}

/** A reader of one pattern source, for the syntax the cues and traps are written in. */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Facts {
    const facts = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported(`unexpected ${this.source.charAt(this.at)}`);
    return facts;
  }

  private peek(): string {
    return this.source.charAt(this.at);
  }

  private alternation(): Facts {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] ?? empty) : alternate(branches);
  }

  private sequence(): Facts {
    const parts: Facts[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      // A run of plain characters is one word, read at once (most of a cue's source): only its first two count.
      plainRun.lastIndex = this.at;
      let word = plainRun.exec(this.source)?.[0] ?? '';
      const next = this.source.charAt(this.at + word.length);
      // A quantifier binds the last character alone, which is then read as an atom.
      if (next === '?' || next === '*' || next === '+' || next === '{') word = word.slice(0, /[\udc00-\udfff]$/u.test(word) ? -2 : -1);
      if (word === '') {
        parts.push(this.quantified(this.atom()));
      } else {
        this.at += word.length;
        parts.push(ofExact([word.slice(0, 2)]));
      }
    }
    return concatenate(parts);
  }

  private quantified(atom: Facts): Facts {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at += 1;
      [min, max] = ch === '?' ? [0, 1] : ch === '*' ? [0, Infinity] : [1, Infinity];
    } else if (ch === '{' && /^\{\d+(?:,\d*)?\}/u.test(this.source.slice(this.at))) {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
      if (m === null) throw new Unsupported('quantifier');
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at += 1;
    return repeat(atom, min, max);
  }

  private atom(): Facts {
    const ch = this.peek();
    this.at += 1;
    if (ch === '^' || ch === '$') return empty;
    if (ch === '.') return anyCharacter;
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '(') return this.group();
    if (ch === ')' || ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '}' || ch === ']') {
      throw new Unsupported(`stray ${ch}`);
    }
    return literal(ch);
  }

  private group(): Facts {
    const rest = this.source.slice(this.at);
    const opener = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/u.exec(rest)?.[0] ?? '';
    this.at += opener.length;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.at += 1;
    // A positive lookaround consumes nothing but needs its words in the text; a negative one needs nothing.
    if (opener === '?=' || opener === '?<=') return { exact: [''], required: inner.required };
    if (opener === '?!' || opener === '?<!') return empty;
    return inner;
  }

  private escape(): Facts {
    const ch = this.peek();
    this.at += 1;
    if (ch === 'b' || ch === 'B') return empty;
    if ('dDsSwWpP'.includes(ch)) {
      if ((ch === 'p' || ch === 'P') && this.peek() === '{') this.skipBraces();
      return anyCharacter;
    }
    if (/[1-9k]/u.test(ch) || ch === '') throw new Unsupported(`escape \\${ch}`);
    return literal(this.escapedCharacter(ch));
  }

  private skipBraces(): void {
    const close = this.source.indexOf('}', this.at);
    if (close < 0) throw new Unsupported('unclosed braces');
    this.at = close + 1;
  }

  /** The character an escape `\<ch>` (already read) stands for; reads the rest of \uXXXX, \u{…}, \xXX. */
  private escapedCharacter(ch: string): string {
    const controls: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    const control = controls[ch];
    if (control !== undefined) return control;
    if (ch === 'u' && this.peek() === '{') {
      const close = this.source.indexOf('}', this.at);
      if (close < 0) throw new Unsupported('unclosed \\u{');
      const code = Number.parseInt(this.source.slice(this.at + 1, close), 16);
      this.at = close + 1;
      return String.fromCodePoint(code);
    }
    const digits = ch === 'u' ? 4 : ch === 'x' ? 2 : 0;
    if (digits > 0) {
      const hex = this.source.slice(this.at, this.at + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`, 'u').test(hex)) throw new Unsupported(`escape \\${ch}${hex}`);
      this.at += digits;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    if (/[A-Za-z]/u.test(ch)) throw new Unsupported(`escape \\${ch}`);
    return ch;
  }

  /** A class: a few listed characters are an exact set; a negated class, a range or a class escape is any character. */
  private characterClass(): Facts {
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const members: string[] = [];
    let open = negated;
    while (this.at < this.source.length && this.peek() !== ']') {
      const ch = this.peek();
      this.at += 1;
      if (ch === '\\') {
        const next = this.peek();
        this.at += 1;
        if ('dDsSwWpPb'.includes(next)) {
          if ((next === 'p' || next === 'P') && this.peek() === '{') this.skipBraces();
          open = true;
        } else {
          members.push(this.escapedCharacter(next));
        }
      } else if (ch === '-' && members.length > 0 && this.peek() !== ']') {
        open = true;
      } else {
        members.push(ch);
      }
    }
    if (this.peek() !== ']') throw new Unsupported('unclosed class');
    this.at += 1;
    if (open || members.length === 0 || members.length > 32) return anyCharacter;
    return ofExact([...new Set(members)]);
  }
}

/**
 * Strings of one or two characters of which every text `pattern` matches holds at least one (the starts of the
 * words it needs), or undefined when the pattern's syntax is not
 * understood or it can match with none (test/classify/pattern-literals.test.ts checks both on every cue and trap).
 * Only patterns without the `i` flag are read, since the strings are compared as written.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  try {
    const required = new Reader(pattern.source).read().required;
    return required === undefined || required.some((s) => s === '') ? undefined : required;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
