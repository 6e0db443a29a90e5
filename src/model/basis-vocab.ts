// Controlled vocabularies of the bases table: levels (效力级别, DOMAIN.md §3.1) and status (时效性, §3.2).

import { compactText } from './plain-text.js';

export const basisLevels = [
  { id: 'constitution', label: '宪法', aliases: [] },
  { id: 'law', label: '法律', aliases: ['有关法律问题的决定', '法律解释'] },
  { id: 'administrative_regulation', label: '行政法规', aliases: [] },
  { id: 'state_council_decision', label: '国务院决定', aliases: [] },
  { id: 'supervisory_regulation', label: '监察法规', aliases: [] },
  { id: 'local_regulation', label: '地方性法规', aliases: ['经济特区法规', '浦东新区法规', '海南自由贸易港法规', '省级地方性法规', '设区的市地方性法规'] },
  { id: 'autonomous_regulation', label: '自治条例和单行条例', aliases: ['自治条例', '单行条例'] },
  { id: 'departmental_rule', label: '部门规章', aliases: ['国务院部门规章'] },
  { id: 'local_government_rule', label: '地方政府规章', aliases: ['政府规章', '省政府规章', '市政府规章'] },
  { id: 'normative_document', label: '规范性文件', aliases: ['行政规范性文件', '其他规范性文件', '国务院规范性文件', '部门规范性文件', '地方规范性文件'] },
] as const;

export type BasisLevel = (typeof basisLevels)[number]['id'];

export const basisStatuses = [
  { id: 'in_force', label: '有效', aliases: ['现行有效', '生效', '施行', '有效 '] },
  { id: 'amended', label: '已修改', aliases: ['已被修改', '已修正', '已修订'] },
  { id: 'repealed', label: '已废止', aliases: ['失效', '废止', '已失效'] },
  { id: 'partly_invalid', label: '部分失效', aliases: [] },
  { id: 'not_yet_effective', label: '尚未生效', aliases: ['未生效', '尚未施行'] },
] as const;

export type BasisStatus = (typeof basisStatuses)[number]['id'];

function buildIndex<T extends string>(
  entries: ReadonlyArray<{ readonly id: T; readonly label: string; readonly aliases: readonly string[] }>,
): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const spelling of [entry.id, entry.label, ...entry.aliases]) index.set(normaliseTerm(spelling), entry.id);
  }
  return index;
}

const normaliseTerm = (text: string): string => compactText(text).toLowerCase();

const levelIndex = buildIndex<BasisLevel>(basisLevels);
const statusIndex = buildIndex<BasisStatus>(basisStatuses);

export const parseBasisLevel = (raw: string): BasisLevel | undefined => levelIndex.get(normaliseTerm(raw));
export const parseBasisStatus = (raw: string): BasisStatus | undefined => statusIndex.get(normaliseTerm(raw));

export const basisLevelLabel = (id: BasisLevel): string => basisLevels.find((l) => l.id === id)?.label ?? id;
