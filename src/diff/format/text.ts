// `--format text`: the changes department by department, one line each (+ added, - removed, ~ changed), then the
// bases whose status changed and why each removed power was withdrawn.

import { oneLine } from '../../report/text.js';
import type { PowerChange } from '../types.js';
import type { DiffFormatter } from './types.js';
import { countsLine, describeChange, editionLine, kindLabels, place, powerName, reasonWords, statusWord, word } from './words.js';

const mark = (c: PowerChange): string => (c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~');

/** Cell text on a terminal: control characters made visible, line breaks flattened. */
const clean = oneLine;

export const text: DiffFormatter = (diff, { lang }) => {
  const zh = lang === 'zh';
  const lines = [editionLine('old', diff.old, lang), editionLine('new', diff.new, lang), ''];
  if (!diff.changed) return `${[...lines, word('nothing', lang)].join('\n')}\n`;
  lines.push(countsLine(diff.counts, diff.bases.length, lang));
  let department: string | undefined;
  for (const c of diff.changes) {
    const p = c.new ?? c.old;
    if (p === undefined) continue;
    if (p.department !== department) {
      department = p.department;
      lines.push('', clean(department));
    }
    const rows = [c.old === undefined ? undefined : `${word('old', lang)} ${place(c.old.location)}`, c.new === undefined ? undefined : `${word('new', lang)} ${place(c.new.location)}`]
      .filter((r) => r !== undefined).join(zh ? '；' : '; ');
    const detail = describeChange(c, lang);
    const said = detail === '' ? '' : `${zh ? '：' : ': '}${clean(detail)}`;
    lines.push(`  ${mark(c)} ${kindLabels[c.kind][lang]} ${clean(p.code)} ${clean(powerName(p))}${said}  [${clean(rows)}]`);
  }
  if (diff.bases.length > 0) {
    lines.push('', word('basesTitle', lang));
    for (const b of diff.bases) {
      const cited = b.powers.length === 0 ? word('noPowers', lang) : `${word('citedBy', lang)}${zh ? '：' : ': '}${b.powers.map((p) => clean(`${p.code} ${powerName(p)}`)).join(zh ? '；' : '; ')}`;
      lines.push(`  《${clean(b.title)}》 ${statusWord(b.from, lang)} → ${statusWord(b.to, lang)}  [${clean(b.department)}${zh ? '；' : '; '}${clean(place(b.new))}]`, `    ${cited}`);
    }
  }
  if (diff.withdrawals.length > 0) {
    lines.push('', word('withdrawnTitle', lang));
    for (const w of diff.withdrawals) lines.push(`  ${clean(w.power.code)} ${clean(powerName(w.power))}${zh ? '：' : ': '}${clean(reasonWords(w.reason, lang))}`);
  }
  return `${lines.join('\n')}\n`;
};
