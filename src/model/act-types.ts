// The ten national act types (中办发〔2015〕21号) with stable ids, labels and the codes seen in inventories.

import { compactText } from './plain-text.js';

export const actTypes = [
  { id: 'licensing', label: '行政许可', en: 'licensing', code: '01', pinyin: 'XK' },
  { id: 'penalty', label: '行政处罚', en: 'penalty', code: '02', pinyin: 'CF' },
  { id: 'coercion', label: '行政强制', en: 'coercion', code: '03', pinyin: 'QZ' },
  { id: 'levy', label: '行政征收', en: 'levy', code: '04', pinyin: 'ZS' },
  { id: 'payment', label: '行政给付', en: 'payment', code: '05', pinyin: 'GF' },
  { id: 'inspection', label: '行政检查', en: 'inspection', code: '06', pinyin: 'JC' },
  { id: 'confirmation', label: '行政确认', en: 'confirmation', code: '07', pinyin: 'QR' },
  { id: 'reward', label: '行政奖励', en: 'reward', code: '08', pinyin: 'JL' },
  { id: 'adjudication', label: '行政裁决', en: 'adjudication', code: '09', pinyin: 'CJ' },
  { id: 'other', label: '其他行政权力', en: 'other administrative power', code: '10', pinyin: 'QT' },
] as const;

export type ActTypeId = (typeof actTypes)[number]['id'];
export type ActType = (typeof actTypes)[number];

export const actTypeIds: readonly ActTypeId[] = actTypes.map((t) => t.id);

const byId = new Map<string, ActType>(actTypes.map((t) => [t.id, t]));

export function actTypeById(id: ActTypeId): ActType {
  const type = byId.get(id);
  if (!type) throw new Error(`unknown act type id ${id}`);
  return type;
}

/** Spellings seen in published lists that name one of the ten types unambiguously (DOMAIN.md §1.2–1.3). */
const extraSpellings: ReadonlyArray<readonly [string, ActTypeId]> = [
  ['许可', 'licensing'],
  ['处罚', 'penalty'],
  ['强制', 'coercion'],
  ['行政强制措施', 'coercion'],
  ['行政强制执行', 'coercion'],
  ['征收', 'levy'],
  ['给付', 'payment'],
  ['JF', 'payment'],
  ['检查', 'inspection'],
  ['行政监督', 'inspection'],
  ['确认', 'confirmation'],
  ['奖励', 'reward'],
  ['裁决', 'adjudication'],
  ['其他', 'other'],
  ['其他类别', 'other'],
  ['其他职权', 'other'],
  ['其他权力', 'other'],
  ['其它行政权力', 'other'],
  ['其他行政权利', 'other'],
];

const spellingIndex: ReadonlyMap<string, ActTypeId> = new Map<string, ActTypeId>([
  ...actTypes.flatMap((t): Array<[string, ActTypeId]> => [
    [t.id.toLowerCase(), t.id],
    [t.label, t.id],
    [t.code, t.id],
    [String(Number(t.code)), t.id],
    [t.pinyin.toLowerCase(), t.id],
  ]),
  ...extraSpellings.map(([s, id]): [string, ActTypeId] => [s.toLowerCase(), id]),
]);

/** Accepts a Chinese label, an id, the national two-digit code or the pinyin code; undefined when unknown. */
export function parseActType(raw: string): ActTypeId | undefined {
  return spellingIndex.get(compactText(raw).toLowerCase());
}
