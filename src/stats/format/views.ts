// The tables each `--by` view shows, as plain rows of cells: every text formatter (table, markdown, csv, xlsx) lays
// out these same tables, so their figures cannot drift apart.

import type { Lang } from '../../diagnostics/types.js';
import { actTypeIds, type ActTypeId } from '../../model/act-types.js';
import { basisStatuses, type BasisStatus } from '../../model/basis-vocab.js';
import { formatTypeLabel } from '../../classify/index.js';
import type { SourceLocation } from '../../diagnostics/types.js';
import type { InventoryStats, PowerGroup, PowerRef } from '../types.js';
import { levelLabel, shortTypeLabels, statusLabel, word } from './words.js';

export const statsViews = ['department', 'type', 'unit', 'level'] as const;
export type StatsView = (typeof statsViews)[number];

export type Cell = string | number;

export interface StatsTable {
  /** Heading. */
  readonly title: string;
  /** Sheet name in xlsx (≤ 31 characters, none of : \\ / ? * [ ]). */
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Columns printed right-aligned (counts). */
  readonly right: readonly boolean[];
  /** The text column that gives way (is shortened) when the table is wider than the terminal. */
  readonly flex: number;
  /** The last row holds the totals. */
  readonly totals: boolean;
  /** Lines printed under the table. */
  readonly notes: readonly string[];
}

export interface ViewContext {
  readonly lang: Lang;
  /** Leave out act types no power has (terminal and markdown, where width matters); csv and xlsx keep all ten. */
  readonly compact: boolean;
}

/**
 * Machine-read outputs (csv, xlsx) keep every count a number: instead of the `*` mark they give the inferred
 * powers a column of their own.
 */
const marked = (context: ViewContext): boolean => context.compact;

/** A count, with `*` when part of it is the classifier's inference. */
const countCell = (count: number, inferred: number): Cell => (inferred > 0 ? `${count}*` : count);

const percent = (ratio: number | undefined): string => (ratio === undefined ? '—' : `${(ratio * 100).toFixed(1)}%`);

const place = (location: SourceLocation): string =>
  `${location.file}${location.sheet === undefined ? '' : ` [${location.sheet}]`}${location.row === undefined ? '' : ` ${location.row}`}`;

const powerName = (p: PowerRef): string => (p.subItem === undefined ? p.name : `${p.name}（${p.subItem}）`);

function typesShown(stats: InventoryStats, context: ViewContext): readonly ActTypeId[] {
  return context.compact ? actTypeIds.filter((id) => stats.powers.totals.byType[id] > 0) : actTypeIds;
}

function inferredNote(stats: InventoryStats, lang: Lang): string[] {
  const n = stats.powers.totals.inferredTotal;
  if (n === 0) return [];
  return [lang === 'zh' ? `* 含未填报类型、由分类器推断类型的事项（共 ${n} 项）` : `* includes powers with no declared type, typed by the classifier (${n} in all)`];
}

function powersByGroup(
  stats: InventoryStats, groups: readonly PowerGroup[], label: (g: PowerGroup) => string, context: ViewContext,
  names: { readonly title: string; readonly sheet: string; readonly head: string },
): StatsTable {
  const { title, sheet, head } = names;
  const types = typesShown(stats, context);
  const marks = marked(context);
  const row = (g: PowerGroup, name: string): Cell[] => marks
    ? [name, ...types.map((id) => countCell(g.byType[id], g.inferred[id])), countCell(g.total, g.inferredTotal)]
    : [name, ...types.map((id) => g.byType[id]), g.total, g.inferredTotal];
  return {
    title,
    sheet,
    header: [
      head,
      ...types.map((id) => (context.compact ? shortTypeLabels[id][context.lang] : formatTypeLabel(id, context.lang))),
      word('total', context.lang),
      ...(marks ? [] : [word('inferred', context.lang)]),
    ],
    rows: [...groups.map((g) => row(g, label(g))), row(stats.powers.totals, word('total', context.lang))],
    right: [false, ...types.map(() => true), true, ...(marks ? [] : [true])],
    flex: 0,
    totals: true,
    notes: [
      ...(context.compact && context.lang === 'en' ? [`types: ${types.map((id) => `${shortTypeLabels[id].en} ${formatTypeLabel(id, 'en')}`).join(', ')}`] : []),
      ...(marks ? inferredNote(stats, context.lang) : []),
    ],
  };
}

function byDepartment(stats: InventoryStats, context: ViewContext): StatsTable {
  const { lang } = context;
  return powersByGroup(stats, stats.powers.byDepartment, (g) => g.name || word('none', lang), context, {
    title: word('byDepartmentTitle', lang), sheet: word('byDepartmentSheet', lang), head: word('department', lang),
  });
}

function byUnit(stats: InventoryStats, context: ViewContext): StatsTable {
  const { lang } = context;
  const several = stats.powers.byDepartment.length > 1;
  const label = (g: PowerGroup): string => {
    const unit = g.name || word('none', lang);
    return several ? `${g.department ?? ''}／${unit}` : unit;
  };
  return powersByGroup(stats, stats.powers.byUnit, label, context, {
    title: word('byUnitTitle', lang), sheet: word('byUnitSheet', lang), head: word(several ? 'departmentUnit' : 'unit', lang),
  });
}

function byType(stats: InventoryStats, context: ViewContext): StatsTable {
  const { lang } = context;
  const total = stats.powers.totals.total;
  const count = (list: readonly PowerRef[], id: ActTypeId): number => list.filter((p) => p.type === id).length;
  const rows = typesShown(stats, context).map((id): Cell[] => [
    formatTypeLabel(id, lang),
    stats.powers.totals.byType[id],
    total === 0 ? '—' : percent(stats.powers.totals.byType[id] / total),
    stats.powers.totals.inferred[id],
    count(stats.legalReview, id),
    stats.disagreements.filter((d) => d.declared === id).length,
  ]);
  return {
    title: word('byTypeTitle', lang),
    sheet: word('byTypeSheet', lang),
    header: [word('type', lang), word('powers', lang), word('share', lang), word('inferred', lang), word('legalReview', lang), word('disagree', lang)],
    rows: [...rows, [word('total', lang), total, total === 0 ? '—' : '100.0%', stats.powers.totals.inferredTotal, stats.legalReview.length, stats.disagreements.length]],
    right: [false, true, true, true, true, true],
    flex: 0,
    totals: true,
    notes: [],
  };
}

/** Statuses shown as columns: every one in csv/xlsx, only those any basis has on a terminal. */
function statusesShown(stats: InventoryStats, context: ViewContext): readonly (BasisStatus | 'unknown')[] {
  const all: readonly (BasisStatus | 'unknown')[] = [...basisStatuses.map((s) => s.id), 'unknown'];
  return context.compact ? all.filter((s) => stats.bases.byStatus[s] > 0) : all;
}

function byLevel(stats: InventoryStats, context: ViewContext): StatsTable {
  const { lang } = context;
  const statuses = statusesShown(stats, context);
  const { bases } = stats;
  return {
    title: word('byLevelTitle', lang),
    sheet: word('byLevelSheet', lang),
    header: [word('level', lang), word('bases', lang), ...statuses.map((s) => statusLabel(s, lang)), word('citingPowers', lang)],
    rows: [
      ...bases.byLevel.map((row): Cell[] => [levelLabel(row.level, lang), row.bases, ...statuses.map((s) => row.byStatus[s]), row.powers]),
      [word('total', lang), bases.total, ...statuses.map((s) => bases.byStatus[s]), bases.citingCatalogue],
    ],
    right: [false, true, ...statuses.map(() => true), true],
    flex: 0,
    totals: true,
    notes: [
      lang === 'zh'
        ? `“引用事项”：引用该级别依据的事项数（一项事项引用多个级别时分别计入）；合计行为引用了依据表所列依据的事项数。不重复的依据名称 ${bases.distinctTitles} 部；${bases.uncataloguedCitations} 项事项引用了依据表未列的名称。`
        : `"citing powers": powers citing a basis of that level (a power citing several levels counts under each); the totals row counts powers citing any listed basis. ${bases.distinctTitles} distinct titles; ${bases.uncataloguedCitations} powers cite a title the bases table does not list.`,
    ],
  };
}

export function staffingTable(stats: InventoryStats, lang: Lang): StatsTable {
  const { staffing } = stats;
  const meets = (value: boolean | undefined): string => (value === undefined ? '—' : word(value ? 'yes' : 'no', lang));
  const row = (name: string, r: (typeof staffing)['total']): Cell[] => [
    name, r.posts, r.officers, r.certified, r.reviewers ?? '—', percent(r.ratio), r.required ?? '—', meets(r.meetsThreshold),
  ];
  return {
    title: word('staffingTitle', lang),
    sheet: word('staffingSheet', lang),
    header: ['department', 'posts', 'officers', 'certified', 'reviewers', 'ratio', 'required', 'meets'].map((k) => word(k as Parameters<typeof word>[0], lang)),
    rows: [...staffing.rows.map((r) => row(r.department, r)), row(word('total', lang), staffing.total)],
    right: [false, true, true, true, true, true, true, false],
    flex: 0,
    totals: true,
    notes: [
      lang === 'zh'
        ? `法制审核人员比例阈值 ${percent(staffing.threshold)}（配置 thresholds.reviewerRatio）；持有效证：有证件编号且有效期至不早于 ${stats.referenceDate}。`
        : `Reviewer threshold ${percent(staffing.threshold)} (thresholds.reviewerRatio); certified: a certificate number valid on ${stats.referenceDate}.`,
    ],
  };
}

/** The lists behind the counts: bases no power cites, powers on normative documents only, legal review, disputed types. */
export function listTables(stats: InventoryStats, lang: Lang): StatsTable[] {
  const powerList = (title: string, sheet: string, list: readonly PowerRef[]): StatsTable => ({
    title,
    sheet,
    header: [word('code', lang), word('name', lang), word('type', lang), word('where', lang)],
    rows: list.map((p) => [p.code ?? '', powerName(p), formatTypeLabel(p.type, lang), place(p.location)]),
    right: [false, false, false, false],
    flex: 1,
    totals: false,
    notes: [],
  });
  return [
    {
      title: word('uncitedTitle', lang),
      sheet: word('uncitedSheet', lang),
      header: [word('title', lang), word('level', lang), word('where', lang)],
      rows: stats.bases.uncited.map((b) => [b.title, b.level === undefined ? '' : levelLabel(b.level, lang), place(b.location)]),
      right: [false, false, false],
      flex: 0,
      totals: false,
      notes: [],
    },
    powerList(word('onlyNormativeTitle', lang), word('onlyNormativeSheet', lang), stats.bases.onlyNormative),
    powerList(word('legalReviewTitle', lang), word('legalReviewSheet', lang), stats.legalReview),
    {
      title: word('disagreementsTitle', lang),
      sheet: word('disagreementsSheet', lang),
      header: [word('code', lang), word('name', lang), word('declared', lang), word('classified', lang), word('confidence', lang), word('where', lang)],
      rows: stats.disagreements.map((d) => [d.code ?? '', powerName(d), formatTypeLabel(d.declared, lang), formatTypeLabel(d.classified, lang), d.confidence.toFixed(2), place(d.location)]),
      right: [false, false, false, false, true, false],
      flex: 1,
      totals: false,
      notes: [],
    },
  ];
}

/** One line of the figures every view ends with. */
export function summaryLine(stats: InventoryStats, lang: Lang): string {
  const b = stats.bases;
  return lang === 'zh'
    ? `执法事项 ${stats.powers.totals.total} 项，执法依据 ${b.total} 部；未被引用的依据 ${b.uncited.length} 部；仅以规范性文件为依据的事项 ${b.onlyNormative.length} 项；须法制审核的事项 ${stats.legalReview.length} 项；填报类型与名称不符 ${stats.disagreements.length} 项。`
    : `${stats.powers.totals.total} powers, ${b.total} legal bases; ${b.uncited.length} bases cited by no power; ${b.onlyNormative.length} powers resting only on normative documents; ${stats.legalReview.length} powers needing legal review; ${stats.disagreements.length} declared types the name contradicts.`;
}

/** The tables of one view, main table first. */
export function viewTables(stats: InventoryStats, view: StatsView, context: ViewContext): StatsTable[] {
  switch (view) {
    case 'department':
      return [byDepartment(stats, context), staffingTable(stats, context.lang)];
    case 'unit':
      return [byUnit(stats, context)];
    case 'type':
      return [byType(stats, context)];
    case 'level':
      return [byLevel(stats, context)];
  }
}

/** Every table, for the workbook: all four views, staffing and the lists. */
export function allTables(stats: InventoryStats, lang: Lang): StatsTable[] {
  const context = { lang, compact: false };
  return [byDepartment(stats, context), byUnit(stats, context), byType(stats, context), byLevel(stats, context), staffingTable(stats, lang), ...listTables(stats, lang)];
}
