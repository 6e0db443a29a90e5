// Today's findings recorded so CI fails only on new ones (ESLint's suppressions idea). A finding is keyed
// by what does not move when rows are inserted above it: file, sheet, rule, field and cell value; each key
// keeps a count, so a third duplicate of a baselined pair is still new.
//
// Version 2 keys the file by its path relative to the baseline file's folder (POSIX separators), so a baseline
// committed in a repository matches in a clone at another path and from any working directory. Version 1 files
// (paths as the findings showed them: relative to the working directory, or absolute) are still read.

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';

export interface Baseline {
  readonly version: 1 | 2;
  /** Fingerprint → number of findings recorded with it. */
  readonly findings: Readonly<Record<string, number>>;
}

/** Where findings' paths and the baseline file are: findings name files relative to `cwd`. */
export interface BaselinePlace {
  /** The folder findings' relative paths start from. */
  readonly cwd: string;
  /** The baseline file (absolute, or relative to `cwd`). */
  readonly file: string;
}

type Fingerprint = (d: Diagnostic) => string;

const join = (file: string, d: Diagnostic): string => [file, d.sheet ?? '', d.ruleId, d.field ?? '', d.value ?? ''].join('\u001f');

/** The fingerprint of a baseline of `version` at `place`; each file's key is worked out once. */
function fingerprinter(version: 1 | 2, place: BaselinePlace): Fingerprint {
  if (version === 1) return (d) => join(d.file, d);
  const folder = dirname(resolve(place.cwd, place.file));
  const keys = new Map<string, string>();
  const keyOf = (file: string): string => {
    let key = keys.get(file);
    if (key === undefined) {
      const rel = relative(folder, isAbsolute(file) ? file : resolve(place.cwd, file));
      key = sep === '/' ? rel : rel.split(sep).join('/');
      keys.set(file, key);
    }
    return key;
  };
  return (d) => join(keyOf(d.file), d);
}

export function createBaseline(diagnostics: readonly Diagnostic[], place: BaselinePlace): Baseline {
  const fingerprint = fingerprinter(2, place);
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    const key = fingerprint(d);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const findings: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) findings[key] = counts.get(key) ?? 0;
  return { version: 2, findings };
}

/** Stable JSON: sorted keys, one finding a line, readable in a diff. */
export function serialiseBaseline(baseline: Baseline): string {
  const lines = Object.entries(baseline.findings).map(([key, n]) => `    ${JSON.stringify(key)}: ${n}`);
  return `{\n  "version": ${baseline.version},\n  "findings": {\n${lines.join(',\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

export function parseBaseline(text: string): Baseline | undefined {
  try {
    const data = JSON.parse(text) as { version?: unknown; findings?: unknown };
    const version = data.version;
    if ((version !== 1 && version !== 2) || typeof data.findings !== 'object' || data.findings === null) return undefined;
    const findings: Record<string, number> = {};
    for (const [key, n] of Object.entries(data.findings as Record<string, unknown>)) {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
      findings[key] = n;
    }
    return { version, findings };
  } catch {
    return undefined;
  }
}

export interface BaselineOutcome {
  /** Findings not in the baseline: these count. */
  readonly fresh: Diagnostic[];
  readonly suppressed: number;
  /** Recorded findings that no longer occur (fixed): time to --update-baseline. */
  readonly obsolete: number;
}

export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, place: BaselinePlace): BaselineOutcome {
  const fingerprint = fingerprinter(baseline.version, place);
  const left = new Map(Object.entries(baseline.findings));
  const fresh: Diagnostic[] = [];
  let suppressed = 0;
  for (const d of diagnostics) {
    const key = fingerprint(d);
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      suppressed++;
    } else fresh.push(d);
  }
  let obsolete = 0;
  for (const n of left.values()) obsolete += n;
  return { fresh, suppressed, obsolete };
}
