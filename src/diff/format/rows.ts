// The diff as rows of cells — changes, bases whose status changed, withdrawals — for the tabular formats
// (markdown, html, xlsx), so they all show the same columns.

import type { Lang } from '../../diagnostics/types.js';
import type { EditionDiff } from '../types.js';
import { describeChange, kindLabels, place, powerName, reasonWords, statusWord, value, word } from './words.js';

export interface DiffTable {
  readonly title: string;
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function diffTables(diff: EditionDiff, lang: Lang): DiffTable[] {
  const changes: DiffTable = {
    title: word('changesTitle', lang),
    sheet: word('changesTitle', lang),
    header: ['department', 'code', 'name', 'kind', 'from', 'to', 'detail', 'oldRow', 'newRow'].map((k) => word(k as Parameters<typeof word>[0], lang)),
    rows: diff.changes.map((c) => {
      const p = c.new ?? c.old;
      const simple = c.kind !== 'added' && c.kind !== 'removed' && c.kind !== 'bases' && c.kind !== 'recoded';
      return [
        p?.department ?? '',
        p?.code ?? '',
        p === undefined ? '' : powerName(p),
        kindLabels[c.kind][lang],
        simple || c.kind === 'recoded' ? value(c.kind, c.from, lang) : '',
        simple || c.kind === 'recoded' ? value(c.kind, c.to, lang) : '',
        c.kind === 'bases' || c.kind === 'recoded' ? describeChange(c, lang) : '',
        c.old === undefined ? '' : place(c.old.location),
        c.new === undefined ? '' : place(c.new.location),
      ];
    }),
  };
  const bases: DiffTable = {
    title: word('basesTitle', lang),
    sheet: word('basesTitle', lang),
    header: [word('department', lang), word('title2', lang), word('from', lang), word('to', lang), word('citedBy', lang), word('oldRow', lang), word('newRow', lang)],
    rows: diff.bases.map((b) => [
      b.department, b.title, statusWord(b.from, lang), statusWord(b.to, lang),
      b.powers.map((p) => `${p.code} ${powerName(p)}`).join(lang === 'zh' ? '；' : '; '), place(b.old), place(b.new),
    ]),
  };
  const withdrawn: DiffTable = {
    title: word('withdrawnTitle', lang),
    sheet: word('withdrawnTitle', lang),
    header: [word('department', lang), word('code', lang), word('name', lang), word('reason', lang), word('oldRow', lang)],
    rows: diff.withdrawals.map((w) => [w.power.department, w.power.code, powerName(w.power), reasonWords(w.reason, lang), place(w.power.location)]),
  };
  return [changes, bases, withdrawn];
}
