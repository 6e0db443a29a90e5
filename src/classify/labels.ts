// Bilingual labels for classified types and evidence sources, for reports, catalogues and the CLI.

import type { Bilingual, Lang } from '../diagnostics/types.js';
import { actTypeById, actTypeIds } from '../model/act-types.js';
import type { ClassifiedTypeId, EvidenceSource, LocalTypeId } from './types.js';

/** Local types a variant may add (DOMAIN §1.2); `code` is the pinyin code some provinces print. */
export const localTypes = [
  { id: 'fee', label: '行政收费', en: 'administrative fee', pinyin: 'SF' },
] as const satisfies ReadonlyArray<{ id: LocalTypeId; label: string; en: string; pinyin: string }>;

/** Every type the classifier may return, national ten first. */
export const classifiedTypeIds: readonly ClassifiedTypeId[] = [...actTypeIds, ...localTypes.map((t) => t.id)];

export function isLocalTypeId(id: string): id is LocalTypeId {
  return localTypes.some((t) => t.id === id);
}

/** The type's name in both languages, e.g. { zh: '行政处罚', en: 'penalty' }. */
export function typeLabel(id: ClassifiedTypeId): Bilingual {
  if (isLocalTypeId(id)) {
    const local = localTypes.find((t) => t.id === id);
    return { zh: local?.label ?? id, en: local?.en ?? id };
  }
  const type = actTypeById(id);
  return { zh: type.label, en: type.en };
}

/** The type's name in one language. */
export function formatTypeLabel(id: ClassifiedTypeId, lang: Lang): string {
  return typeLabel(id)[lang];
}

const sourceLabels: Readonly<Record<EvidenceSource, Bilingual>> = {
  name: { zh: '名称', en: 'The name' },
  subItem: { zh: '子项名称', en: 'The sub-item' },
  basis: { zh: '依据条文', en: 'The cited basis' },
  code: { zh: '事项编码', en: 'The item code' },
  department: { zh: '实施主体', en: 'The department' },
  declared: { zh: '填报类型', en: 'The declared type' },
  none: { zh: '无', en: 'Nothing' },
};

/** Where the deciding evidence came from, as a sentence subject. */
export function sourceLabel(source: EvidenceSource): Bilingual {
  return sourceLabels[source];
}

/** Joins type names for a sentence: 行政许可、行政确认 / licensing, confirmation. */
export function joinTypeLabels(ids: readonly ClassifiedTypeId[]): Bilingual {
  return { zh: ids.map((id) => typeLabel(id).zh).join('、'), en: ids.map((id) => typeLabel(id).en).join(', ') };
}
