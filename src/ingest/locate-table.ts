// Decides what a sheet or CSV file is and where its header sits; explains, as a finding, why one is skipped.

import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { fieldsByTable } from '../model/fields.js';
import { identityFields } from '../model/types.js';
import { tableKinds, tableLabels, tableNameAliases, type TableKind } from '../model/tables.js';
import { findHeader, type HeaderMatch, type IsMergeCopy } from './find-header.js';
import type { GridRow } from './grid.js';
import { makeDiagnostic } from './messages.js';
import { tableKindFromHeader, tableKindFromName } from './table-kind.js';

/** How many non-empty rows at the top of a sheet are searched for the header. */
export const headerSearchRows = 10;

export type Located =
  | { readonly status: 'table'; readonly kind: TableKind; readonly header: HeaderMatch }
  | { readonly status: 'no-header'; readonly kind: TableKind }
  | { readonly status: 'unknown' };

/**
 * The table a sheet or file is, by name and then by header, and its header row. With `assume`, a sheet that is
 * not otherwise a table is read as that kind when a header row has the table's identity column (a plain list
 * with only a 名称 column is a powers table for `quanze classify`).
 */
export function locateTable(name: string, candidates: readonly GridRow[], isMergeCopy?: IsMergeCopy, assume?: TableKind): Located {
  const named = tableKindFromName(name);
  const kind = named ?? tableKindFromHeader(candidates);
  const header = kind === undefined ? undefined : findHeader(kind, candidates, isMergeCopy);
  if (kind !== undefined && header !== undefined) return { status: 'table', kind, header };
  if (assume !== undefined && (kind === undefined || kind === assume)) {
    const requireField = identityFields[assume][0];
    const loose = findHeader(assume, candidates, isMergeCopy, { minKnown: 1, requireField });
    if (loose !== undefined) return { status: 'table', kind: assume, header: loose };
  }
  return kind === undefined ? { status: 'unknown' } : { status: 'no-header', kind };
}

/** The names accepted for sheets and CSV files, one per table, for messages. */
export function acceptedNames(lang: Lang): string {
  return tableKinds.map((kind) => `${tableNameAliases[kind][0] ?? kind}/${kind}`).join(lang === 'zh' ? '、' : ', ');
}

/** The finding that says why a sheet or file was skipped. */
export function skippedDiagnostic(
  located: Exclude<Located, { status: 'table' }>,
  where: { readonly file: string; readonly sheet?: string | undefined; readonly name: string },
  lang: Lang,
): Diagnostic {
  const { file, sheet, name } = where;
  if (located.status === 'unknown') {
    return makeDiagnostic('ingest/unknown-sheet', lang, { file, sheet }, { name, accepted: acceptedNames(lang) });
  }
  const labels = fieldsByTable[located.kind]
    .filter((field) => field.required === true)
    .map((field) => field.label)
    .join(lang === 'zh' ? '、' : ', ');
  return makeDiagnostic('ingest/no-header', lang, { file, sheet }, { name, table: tableLabels[located.kind][lang], labels });
}
