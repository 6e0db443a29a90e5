// Fixed words of the statistics tables in Chinese and English: column heads, short type labels, level and status names.

import type { Lang } from '../../diagnostics/types.js';
import type { ActTypeId } from '../../model/act-types.js';
import { basisLevels, basisStatuses, type BasisLevel, type BasisStatus } from '../../model/basis-vocab.js';

/** Two-character type heads (the way legal offices' report tables print them), so ten columns fit 80. */
export const shortTypeLabels: Readonly<Record<ActTypeId, Readonly<Record<Lang, string>>>> = {
  licensing: { zh: '许可', en: 'lic' },
  penalty: { zh: '处罚', en: 'pen' },
  coercion: { zh: '强制', en: 'coer' },
  levy: { zh: '征收', en: 'levy' },
  payment: { zh: '给付', en: 'pay' },
  inspection: { zh: '检查', en: 'insp' },
  confirmation: { zh: '确认', en: 'conf' },
  reward: { zh: '奖励', en: 'rew' },
  adjudication: { zh: '裁决', en: 'adj' },
  other: { zh: '其他', en: 'oth' },
};

export const levelLabel = (level: BasisLevel | 'unknown', lang: Lang): string => {
  if (level === 'unknown') return lang === 'zh' ? '（未填级别）' : '(no level)';
  const found = basisLevels.find((l) => l.id === level);
  return lang === 'zh' ? (found?.label ?? level) : level.replace(/_/g, ' ');
};

export const statusLabel = (status: BasisStatus | 'unknown', lang: Lang): string => {
  if (status === 'unknown') return lang === 'zh' ? '未填' : 'unstated';
  const found = basisStatuses.find((s) => s.id === status);
  return lang === 'zh' ? (found?.label ?? status) : status.replace(/_/g, ' ');
};

const texts = {
  department: { zh: '部门', en: 'department' },
  unit: { zh: '承办机构', en: 'unit' },
  departmentUnit: { zh: '部门／承办机构', en: 'department / unit' },
  none: { zh: '（未填）', en: '(none)' },
  type: { zh: '职权类型', en: 'act type' },
  total: { zh: '合计', en: 'total' },
  powers: { zh: '事项数', en: 'powers' },
  share: { zh: '占比', en: 'share' },
  inferred: { zh: '推断', en: 'inferred' },
  legalReview: { zh: '法制审核', en: 'legal review' },
  disagree: { zh: '类型存疑', en: 'disputed' },
  level: { zh: '效力级别', en: 'level' },
  bases: { zh: '依据数', en: 'bases' },
  citingPowers: { zh: '引用事项', en: 'citing powers' },
  posts: { zh: '岗位', en: 'posts' },
  officers: { zh: '执法人员', en: 'officers' },
  certified: { zh: '持有效证', en: 'certified' },
  reviewers: { zh: '审核人员', en: 'reviewers' },
  ratio: { zh: '比例', en: 'ratio' },
  required: { zh: '应配', en: 'required' },
  meets: { zh: '达标', en: 'meets' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  unknownMark: { zh: '—', en: '—' },
  title: { zh: '依据名称', en: 'title' },
  where: { zh: '位置', en: 'where' },
  code: { zh: '编码', en: 'code' },
  name: { zh: '事项名称', en: 'power' },
  declared: { zh: '填报', en: 'declared' },
  classified: { zh: '按名称', en: 'by name' },
  confidence: { zh: '置信度', en: 'confidence' },
  byDepartmentTitle: { zh: '执法事项：部门 × 职权类型', en: 'Powers: department × act type' },
  byUnitTitle: { zh: '执法事项：承办机构 × 职权类型', en: 'Powers: unit × act type' },
  byTypeTitle: { zh: '执法事项：按职权类型', en: 'Powers by act type' },
  byLevelTitle: { zh: '执法依据：效力级别 × 时效性', en: 'Legal bases: level × status' },
  staffingTitle: { zh: '执法人员与法制审核人员', en: 'Enforcement staff and legal reviewers' },
  uncitedTitle: { zh: '未被任何事项引用的依据', en: 'Bases no power cites' },
  onlyNormativeTitle: { zh: '仅以规范性文件为依据的事项', en: 'Powers resting only on normative documents' },
  legalReviewTitle: { zh: '须经法制审核的事项', en: 'Powers needing legal review' },
  disagreementsTitle: { zh: '填报类型与名称所示类型不符的事项', en: 'Powers whose declared type the name contradicts' },
  byDepartmentSheet: { zh: '部门×类型', en: 'by department' },
  byUnitSheet: { zh: '承办机构×类型', en: 'by unit' },
  byTypeSheet: { zh: '职权类型', en: 'by type' },
  byLevelSheet: { zh: '依据效力级别', en: 'bases by level' },
  staffingSheet: { zh: '执法人员', en: 'staffing' },
  uncitedSheet: { zh: '未被引用的依据', en: 'uncited bases' },
  onlyNormativeSheet: { zh: '仅以规范性文件为依据', en: 'normative documents only' },
  legalReviewSheet: { zh: '须法制审核', en: 'legal review' },
  disagreementsSheet: { zh: '类型存疑', en: 'disputed types' },
} as const;

export type WordKey = keyof typeof texts;

export const word = (key: WordKey, lang: Lang): string => texts[key][lang];
