// Local type variants (DOMAIN.md §1.2): reading declared type spellings, and checking a declared type against the classifier.

import type { Bilingual } from '../diagnostics/types.js';
import { parseActType } from '../model/act-types.js';
import { typeLabel } from './labels.js';
import type { Classification, ClassifiedTypeId, ClassifyVariant } from './types.js';

/** Legacy and local class names, mapped as DOMAIN §1.2 says; fees depend on the variant. */
const legacySpellings: ReadonlyMap<string, ClassifiedTypeId | 'legacy-approval' | 'fee-or-levy'> = new Map<
  string, ClassifiedTypeId | 'legacy-approval' | 'fee-or-levy'
>([
  ['非行政许可审批', 'legacy-approval'],
  ['非许可审批', 'legacy-approval'],
  ['行政审批', 'licensing'],
  ['审批', 'licensing'],
  ['行政监督', 'inspection'],
  ['监督', 'inspection'],
  ['行政收费', 'fee-or-levy'],
  ['收费', 'fee-or-levy'],
  ['sf', 'fee-or-levy'],
  ['fee', 'fee-or-levy'],
  ['行政征用', 'other'],
  ['征用', 'other'],
  ['zy', 'other'],
  ['行政备案', 'other'],
  ['备案', 'other'],
  ['其他行政权力', 'other'],
  ['其他职责事项', 'other'],
  ['ql', 'other'],
]);

/**
 * Reads a declared type as inventories spell it: the ten labels, ids, 01–10 and pinyin codes,
 * plus legacy classes — 非行政许可审批 (→ other, or licensing by variant), 行政审批 → licensing,
 * 行政监督 → inspection, 行政收费 → levy (or `fee` when fees are split), 行政征用 → other.
 * Undefined when the spelling is unknown (公共服务, 内部审批 and 审核转报 are not act types).
 */
export function parseDeclaredType(raw: string, variant: ClassifyVariant = {}): ClassifiedTypeId | undefined {
  const key = raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (key === '') return undefined;
  const legacy = legacySpellings.get(key);
  if (legacy === 'legacy-approval') return variant.legacyNonLicensingApproval ?? 'other';
  if (legacy === 'fee-or-levy') return variant.splitFees ? 'fee' : 'levy';
  return legacy ?? parseActType(key);
}

export interface DeclaredComparison {
  /** The declared type as read, undefined when absent or unreadable. */
  readonly declared: ClassifiedTypeId | undefined;
  /** Undefined when there is nothing to compare. */
  readonly agrees: boolean | undefined;
  readonly message: Bilingual;
}

/** Compares a declared type with the classifier's answer (rule R6); fees and levies agree unless fees are split. */
export function compareWithDeclared(
  classification: Classification, raw: string | undefined, variant: ClassifyVariant = {},
): DeclaredComparison {
  if (raw === undefined || raw.trim() === '') {
    return { declared: undefined, agrees: undefined, message: { zh: '未填报类型', en: 'No type declared' } };
  }
  const declared = parseDeclaredType(raw, variant);
  if (declared === undefined) {
    return { declared, agrees: undefined,
      message: { zh: `填报类型“${raw}”无法识别`, en: `The declared type "${raw}" is not recognised` } };
  }
  const found = typeLabel(classification.type);
  const said = typeLabel(declared);
  const agrees = declared === classification.type;
  return agrees
    ? { declared, agrees, message: { zh: `填报类型${said.zh}与名称线索一致`, en: `The declared type ${said.en} agrees with the name` } }
    : { declared, agrees, message: {
      zh: `填报类型为${said.zh}，但${classification.reason.zh}，应为${found.zh}`,
      en: `Declared as ${said.en}, but ${classification.reason.en.charAt(0).toLowerCase()}${classification.reason.en.slice(1)}, so it looks like ${found.en}`,
    } };
}
