// Fixed words of the diff reports in Chinese and English, and the one-line description of a change.

import { typeLabel } from '../../classify/index.js';
import type { Lang, SourceLocation } from '../../diagnostics/types.js';
import { basisStatuses, type BasisStatus } from '../../model/basis-vocab.js';
import type { ActTypeId } from '../../model/act-types.js';
import { excerpt } from './excerpt.js';
import type { CitationChange, PowerChange, PowerChangeKind, PowerSide, WithdrawalReason } from '../types.js';

export const kindLabels: Readonly<Record<PowerChangeKind, Readonly<Record<Lang, string>>>> = {
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  renamed: { zh: '更名', en: 'renamed' },
  recoded: { zh: '重新编码', en: 're-coded' },
  retyped: { zh: '类型变更', en: 're-typed' },
  'moved-department': { zh: '调整实施主体', en: 'moved to another department' },
  'moved-unit': { zh: '调整承办机构', en: 'moved to another unit' },
  bases: { zh: '依据变更', en: 'bases changed' },
  'statutory-limit': { zh: '法定时限变更', en: 'statutory time limit changed' },
  'promised-limit': { zh: '承诺时限变更', en: 'promised time limit changed' },
  responsibilities: { zh: '责任事项变更', en: 'responsibilities changed' },
  accountability: { zh: '追责情形变更', en: 'accountability changed' },
};

export const statusWord = (status: BasisStatus | undefined, lang: Lang): string => {
  if (status === undefined) return lang === 'zh' ? '（未填）' : '(unstated)';
  const found = basisStatuses.find((s) => s.id === status);
  return lang === 'zh' ? (found?.label ?? status) : status.replace(/_/g, ' ');
};

/** 事项名称, with the 子项 in brackets. */
export const powerName = (p: Pick<PowerSide, 'name' | 'subItem'>): string => (p.subItem === undefined ? p.name : `${p.name}（${p.subItem}）`);

/** Where a row sits: file [sheet] row. */
export const place = (location: SourceLocation): string =>
  `${location.file}${location.sheet === undefined ? '' : ` [${location.sheet}]`}${location.row === undefined ? '' : ` ${location.row}`}`;

/** A field's value as a reader sees it: type ids become labels, empty values say so. */
export function value(kind: PowerChangeKind, text: string | undefined, lang: Lang): string {
  if (text === undefined || text === '') return lang === 'zh' ? '（空）' : '(empty)';
  if (kind === 'retyped') return typeLabel(text as ActTypeId)[lang];
  return text;
}

export function citationWords(c: CitationChange, lang: Lang): string[] {
  const zh = lang === 'zh';
  return [
    ...c.added.map((t) => `${zh ? '增加' : 'added'} ${t}`),
    ...c.removed.map((t) => `${zh ? '删去' : 'removed'} ${t}`),
    ...c.articles.map((a) => `《${a.title}》${a.old.join('、')} → ${a.new.join('、')}`),
  ];
}

/** What changed, in one line without the power's name: "“旧” → “新”", "+《…》第十条", "（相似度 0.92）". */
export function describeChange(change: PowerChange, lang: Lang): string {
  const zh = lang === 'zh';
  switch (change.kind) {
    case 'added':
    case 'removed':
      return '';
    case 'recoded':
      return `${change.from ?? ''} → ${change.to ?? ''}${change.score === undefined ? '' : zh ? `（名称相似度 ${change.score.toFixed(2)}）` : ` (name similarity ${change.score.toFixed(2)})`}`;
    case 'bases':
      return change.citations === undefined ? '' : citationWords(change.citations, lang).join(zh ? '；' : '; ');
    default: {
      const shown = excerpt(value(change.kind, change.from, lang), value(change.kind, change.to, lang));
      return `“${shown.from}” → “${shown.to}”`;
    }
  }
}

export function reasonWords(reason: WithdrawalReason, lang: Lang): string {
  const zh = lang === 'zh';
  switch (reason.kind) {
    case 'basis-repealed':
      return zh ? `依据已废止：${reason.titles.map((t) => `《${t}》`).join('、')}` : `basis repealed: ${reason.titles.map((t) => `《${t}》`).join(', ')}`;
    case 'merged':
      return zh ? `并入 ${reason.into.code} ${powerName(reason.into)}` : `merged into ${reason.into.code} ${powerName(reason.into)}`;
    case 'unstated':
      return zh ? '新版不再列入（原因未载明）' : 'no longer listed (no reason stated)';
  }
}

const texts = {
  title: { zh: '清单版本比对', en: 'Edition diff' },
  old: { zh: '旧版', en: 'old' },
  new: { zh: '新版', en: 'new' },
  powers: { zh: '项事项', en: 'powers' },
  bases: { zh: '部依据', en: 'bases' },
  nothing: { zh: '两版相同：事项与依据均无变化。', en: 'The editions are the same: no power or basis changed.' },
  basesTitle: { zh: '依据时效性变更', en: 'Bases whose status changed' },
  basesCount: { zh: '依据时效性变更', en: 'basis status changed' },
  citedBy: { zh: '引用的事项', en: 'cited by' },
  noPowers: { zh: '无事项引用', en: 'no power cites it' },
  withdrawnTitle: { zh: '撤下的事项', en: 'Withdrawn powers' },
  reason: { zh: '原因', en: 'reason' },
  kind: { zh: '变更', en: 'change' },
  department: { zh: '部门', en: 'department' },
  code: { zh: '编码', en: 'code' },
  name: { zh: '事项名称', en: 'power' },
  from: { zh: '原值', en: 'old value' },
  to: { zh: '新值', en: 'new value' },
  detail: { zh: '说明', en: 'detail' },
  oldRow: { zh: '旧版位置', en: 'old row' },
  newRow: { zh: '新版位置', en: 'new row' },
  title2: { zh: '依据名称', en: 'title' },
  status: { zh: '时效性', en: 'status' },
  changesTitle: { zh: '事项变更', en: 'Power changes' },
} as const;

export const word = (key: keyof typeof texts, lang: Lang): string => texts[key][lang];

/** "旧版 a.xlsx（34 项事项，21 部依据）" */
export function editionLine(which: 'old' | 'new', summary: { sources: readonly string[]; powers: number; bases: number }, lang: Lang): string {
  return lang === 'zh'
    ? `${word(which, lang)} ${summary.sources.join('、')}（${summary.powers} 项事项，${summary.bases} 部依据）`
    : `${word(which, lang)} ${summary.sources.join(', ')} (${summary.powers} powers, ${summary.bases} bases)`;
}

/** "新增 2 · 删除 1 · …", only kinds that occur. */
export function countsLine(counts: Readonly<Record<PowerChangeKind, number>>, bases: number, lang: Lang): string {
  const parts = (Object.keys(kindLabels) as PowerChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${kindLabels[k][lang]} ${counts[k]}`);
  if (bases > 0) parts.push(`${word('basesCount', lang)} ${bases}`);
  return parts.join(' · ');
}
