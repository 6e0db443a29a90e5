// Everything a finding's rule id can name: the built-in rules, the batch rules, and the reading and schema
// checks (ingest/*, schema/<table>) that are not rules but appear in the same column of a report.

import type { Bilingual, Severity } from '../diagnostics/types.js';
import { diagnosticTexts } from '../ingest/index.js';
import { tableKinds, type TableKind } from '../model/tables.js';
import { builtInBatchRules } from '../rules/batch/index.js';
import { builtInRules } from '../rules/index.js';
import { readingCheckTexts, schemaCheckText } from './reading-checks.js';

export type CatalogueKind = 'rule' | 'batch' | 'reading';

export interface CatalogueEntry {
  readonly id: string;
  readonly kind: CatalogueKind;
  readonly severity: Severity;
  readonly description: Bilingual;
  /** The tables the check reads; empty for a batch rule (it reads every inventory of the batch). */
  readonly tables: readonly TableKind[];
  /** "docs/rules/<id>.md" for rules and batch rules. */
  readonly docs?: string;
  /** For reading checks: what to do about a finding (rules have their docs page). */
  readonly fix?: Bilingual;
}

const tableWords: Readonly<Record<string, TableKind>> = { bases: 'bases', powers: 'powers', posts: 'posts', officers: 'officers', steps: 'steps' };

/**
 * The tables named in a docs page's first lines ("**Tables:** 执法事项 (powers) × 执法流程 (steps)"), in the
 * order written.
 */
export function tablesOfDocs(markdown: string): TableKind[] {
  const header = markdown.split('\n').find((line) => line.startsWith('**Default severity:**')) ?? '';
  const tables = [...header.matchAll(/\p{Script=Han}+ \(([a-z]+)\)/gu)].flatMap((m) => {
    const kind = tableWords[m[1] ?? ''];
    return kind === undefined ? [] : [kind];
  });
  return [...new Set(tables)];
}

/** Every entry, rules first (sorted by id as registered), then the batch rules, then the reading checks. */
export function catalogue(readDocs: (path: string) => string): CatalogueEntry[] {
  const rules = [
    ...builtInRules.map((rule) => ({ meta: rule.meta, kind: 'rule' as const })),
    ...builtInBatchRules.map((rule) => ({ meta: rule.meta, kind: 'batch' as const })),
  ].map(({ meta, kind }): CatalogueEntry => ({
    id: meta.id,
    kind,
    severity: meta.severity,
    description: meta.description,
    tables: kind === 'batch' ? [] : tablesOfDocs(readDocs(meta.docs)),
    docs: meta.docs,
  }));
  const ingest = Object.entries(diagnosticTexts).map(([id, text]): CatalogueEntry => ({
    id,
    kind: 'reading',
    severity: text.severity,
    description: readingCheckTexts[id as keyof typeof diagnosticTexts].description,
    tables: [],
    fix: readingCheckTexts[id as keyof typeof diagnosticTexts].fix,
  }));
  const schema = tableKinds.map((kind): CatalogueEntry => ({
    id: `schema/${kind}`,
    kind: 'reading',
    severity: 'error',
    description: schemaCheckText(kind).description,
    tables: [kind],
    fix: schemaCheckText(kind).fix,
  }));
  return [...rules, ...schema, ...ingest];
}
