// Who may create which penalty, licence or coercive measure (设定权, DOMAIN §3.4), as data: each row names
// the act type, a cue in the power's name, the basis levels of which at least one must be cited, and the statute.

import type { ActTypeId } from '../model/act-types.js';
import { basisLevels, type BasisLevel } from '../model/basis-vocab.js';

export type SettingCheck =
  | 'normativeOnly'
  | 'detentionNeedsLaw'
  | 'businessLicenceRevocation'
  | 'ruleBeyondWarningFine'
  | 'personalFreedomNeedsLaw'
  | 'freezeNeedsLaw'
  | 'executionNeedsLaw'
  | 'localRegulationMeasure'
  | 'ruleSetsMeasure'
  | 'departmentalRuleLicence';

export interface SettingRequirement {
  readonly check: SettingCheck;
  readonly actType: ActTypeId;
  /** Matched against 事项名称 + 子项 (NFKC, no spaces); absent = every power of the type. */
  readonly cue?: RegExp;
  /** A name matching this is outside the row even when the cue matches. */
  readonly unless?: RegExp;
  /** The power must cite at least one basis of one of these levels. */
  readonly needs: readonly BasisLevel[];
  /** The statute that reserves the power, as cited in findings. */
  readonly statute: string;
}

const LAW: readonly BasisLevel[] = ['law'];
const LAW_OR_REGULATION: readonly BasisLevel[] = ['law', 'administrative_regulation'];
const ABOVE_RULES: readonly BasisLevel[] = ['law', 'administrative_regulation', 'local_regulation', 'autonomous_regulation'];
/** Every level that is a 法 (law, regulation or rule), i.e. anything above a 规范性文件. */
const ANY_LEGISLATION: readonly BasisLevel[] = basisLevels.map((level) => level.id).filter((level) => level !== 'normative_document');
/** 许可法 Arts. 14–15: law, regulation, 国务院决定, local regulation, provincial government rule (temporary). */
const LICENCE_SETTERS: readonly BasisLevel[] = [
  'law',
  'administrative_regulation',
  'state_council_decision',
  'local_regulation',
  'autonomous_regulation',
  'local_government_rule',
];

/** 强制执行 methods (强制法 Art. 12) and the words inventories use for them. */
const ENFORCEMENT_CUE = /强制执行|代履行|代为|加处罚款|滞纳金|划拨|拍卖|强制拆除|排除妨碍|恢复原状/u;
/** Applying to a court is what an agency *without* enforcement power does (强制法 Art. 13 ¶2, Art. 53). */
const COURT_APPLICATION = /申请.{0,8}法院/u;
/** A 强制措施 item: a coercion that is not an enforcement item. */
const MEASURE_UNLESS = ENFORCEMENT_CUE;

/**
 * Tried in order for each power; the first row the power fails is reported, so a power gets at most
 * one 设定权 finding and the most basic one wins (规范性文件 only, then the strictest reservation).
 */
export const settingMatrix: readonly SettingRequirement[] = [
  // R1: a 规范性文件 may set no penalty, licence or coercion.
  { check: 'normativeOnly', actType: 'penalty', needs: ANY_LEGISLATION, statute: '《行政处罚法》第十六条' },
  { check: 'normativeOnly', actType: 'licensing', needs: ANY_LEGISLATION, statute: '《行政许可法》第十七条' },
  { check: 'normativeOnly', actType: 'coercion', needs: ANY_LEGISLATION, statute: '《行政强制法》第十条第四款、第十三条' },

  // Penalties (处罚法 Arts. 10–14).
  { check: 'detentionNeedsLaw', actType: 'penalty', cue: /拘留|人身自由/u, needs: LAW, statute: '《行政处罚法》第十条第二款' },
  {
    check: 'businessLicenceRevocation',
    actType: 'penalty',
    cue: /吊销(?:企业)?营业执照/u,
    needs: LAW_OR_REGULATION,
    statute: '《行政处罚法》第十一条、第十二条第一款',
  },
  {
    check: 'ruleBeyondWarningFine',
    actType: 'penalty',
    cue: /没收|吊销|暂扣|降低资质等级|责令停产停业|责令停业|责令关闭|限制从业|限制开展生产经营活动/u,
    needs: ABOVE_RULES,
    statute: '《行政处罚法》第十三条第二款、第十四条第二款',
  },

  // Coercive measures (强制法 Arts. 9–11) and enforcement (Art. 13).
  {
    check: 'executionNeedsLaw',
    actType: 'coercion',
    cue: ENFORCEMENT_CUE,
    unless: COURT_APPLICATION,
    needs: LAW,
    statute: '《行政强制法》第十三条第一款',
  },
  {
    check: 'personalFreedomNeedsLaw',
    actType: 'coercion',
    cue: /人身自由|保护性约束|强制隔离|留置盘问/u,
    unless: MEASURE_UNLESS,
    needs: LAW,
    statute: '《行政强制法》第十条第一款、第二款（第九条第一项）',
  },
  {
    check: 'freezeNeedsLaw',
    actType: 'coercion',
    cue: /冻结/u,
    unless: MEASURE_UNLESS,
    needs: LAW,
    statute: '《行政强制法》第十条第二款（第九条第四项）',
  },
  {
    // A local regulation may set only 查封 and 扣押. 封存 and 扣留 are left out: they are often read as
    // forms of 查封/扣押, and this rule reports only clear cases.
    check: 'localRegulationMeasure',
    actType: 'coercion',
    cue: /强制检测|强制检验|强制检查|强制收缴|强制带离|强制驱散|强制清除|强制销毁|强制拖离|拖移/u,
    unless: MEASURE_UNLESS,
    needs: LAW_OR_REGULATION,
    statute: '《行政强制法》第十条第三款',
  },
  {
    check: 'ruleSetsMeasure',
    actType: 'coercion',
    unless: MEASURE_UNLESS,
    needs: ABOVE_RULES,
    statute: '《行政强制法》第十条第四款',
  },

  // Licences (许可法 Arts. 14–17): a 部门规章 may only specify a licence set above it.
  { check: 'departmentalRuleLicence', actType: 'licensing', needs: LICENCE_SETTERS, statute: '《行政许可法》第十四条至第十七条' },
];

/** The rows that apply to a power of `actType` whose compacted name is `name`, in order. */
export function requirementsFor(actType: ActTypeId, name: string): SettingRequirement[] {
  return settingMatrix.filter(
    (row) => row.actType === actType && (row.cue === undefined || row.cue.test(name)) && (row.unless === undefined || !row.unless.test(name)),
  );
}
