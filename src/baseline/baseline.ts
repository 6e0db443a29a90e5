// Today's findings recorded so CI fails only on new ones (ESLint's suppressions idea). A finding is keyed
// by what does not move when rows are inserted above it: file, sheet, rule, field and cell value; each key
// keeps a count, so a third duplicate of a baselined pair is still new.

import type { Diagnostic } from '../diagnostics/types.js';

export interface Baseline {
  readonly version: 1;
  /** Fingerprint → number of findings recorded with it. */
  readonly findings: Readonly<Record<string, number>>;
}

function fingerprint(d: Diagnostic): string {
  return [d.file, d.sheet ?? '', d.ruleId, d.field ?? '', d.value ?? ''].join('\u001f');
}

export function createBaseline(diagnostics: readonly Diagnostic[]): Baseline {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(fingerprint(d), (counts.get(fingerprint(d)) ?? 0) + 1);
  const findings: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) findings[key] = counts.get(key) ?? 0;
  return { version: 1, findings };
}

/** Stable JSON: sorted keys, one finding a line, readable in a diff. */
export function serialiseBaseline(baseline: Baseline): string {
  const lines = Object.entries(baseline.findings).map(([key, n]) => `    ${JSON.stringify(key)}: ${n}`);
  return `{\n  "version": 1,\n  "findings": {\n${lines.join(',\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

export function parseBaseline(text: string): Baseline | undefined {
  try {
    const data = JSON.parse(text) as { version?: unknown; findings?: unknown };
    if (data.version !== 1 || typeof data.findings !== 'object' || data.findings === null) return undefined;
    const findings: Record<string, number> = {};
    for (const [key, n] of Object.entries(data.findings as Record<string, unknown>)) {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
      findings[key] = n;
    }
    return { version: 1, findings };
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

export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline): BaselineOutcome {
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
