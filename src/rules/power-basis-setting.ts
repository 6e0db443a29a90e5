// 设定权: a penalty, licence or coercion must rest on a basis of a level allowed to create it (DOMAIN §3.4, §6 R1–R2).

import type { Bilingual } from '../diagnostics/types.js';
import { actTypeById } from '../model/act-types.js';
import { basisLevelLabel, basisLevels, type BasisLevel } from '../model/basis-vocab.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { looksLikeLaw } from './support/basis-cited.js';
import { requirementsFor, type SettingCheck } from '../law/basis-setting-matrix.js';
import { nameText, powerLabel } from '../law/power-text.js';

type Texts = Readonly<Record<SettingCheck, Bilingual>>;

const messages: Texts = {
  normativeOnly: {
    zh: '{{act}}事项“{{power}}”只以规范性文件为依据（{{cited}}），规范性文件不得设定{{act}}（{{statute}}）',
    en: 'The {{actEn}} "{{power}}" rests only on normative documents ({{cited}}), which may not create it ({{statute}})',
  },
  detentionNeedsLaw: {
    zh: '处罚事项“{{power}}”涉及限制人身自由，只能由法律设定，但未引用法律（{{cited}}；{{statute}}）',
    en: 'The penalty "{{power}}" restricts personal freedom, which only a law may create, but it cites no law ({{cited}}; {{statute}})',
  },
  businessLicenceRevocation: {
    zh: '处罚事项“{{power}}”涉及吊销营业执照，须由法律或行政法规设定，但最高只引用到{{highest}}（{{cited}}；{{statute}}）',
    en: 'The penalty "{{power}}" revokes a business licence, which needs a law or administrative regulation, but its highest basis is a {{highest}} ({{cited}}; {{statute}})',
  },
  ruleBeyondWarningFine: {
    zh: '处罚事项“{{power}}”含警告、通报批评、罚款以外的处罚，但只引用了规章（{{cited}}）；规章只能设定警告、通报批评或一定数额罚款（{{statute}}）',
    en: 'The penalty "{{power}}" goes beyond a warning, public criticism or a fine, but cites only rules ({{cited}}); a rule may create only those ({{statute}})',
  },
  personalFreedomNeedsLaw: {
    zh: '强制措施“{{power}}”限制人身自由，只能由法律设定，但未引用法律（{{cited}}；{{statute}}）',
    en: 'The coercive measure "{{power}}" restricts personal freedom, which only a law may create, but it cites no law ({{cited}}; {{statute}})',
  },
  freezeNeedsLaw: {
    zh: '强制措施“{{power}}”冻结存款、汇款，只能由法律设定，但未引用法律（{{cited}}；{{statute}}）',
    en: 'The coercive measure "{{power}}" freezes deposits or remittances, which only a law may create, but it cites no law ({{cited}}; {{statute}})',
  },
  executionNeedsLaw: {
    zh: '强制执行事项“{{power}}”须由法律设定，但未引用法律（{{cited}}；{{statute}}）',
    en: 'The enforcement item "{{power}}" needs a law, but cites none ({{cited}}; {{statute}})',
  },
  localRegulationMeasure: {
    zh: '强制措施“{{power}}”不是查封、扣押，地方性法规不能设定，但最高只引用到{{highest}}（{{cited}}；{{statute}}）',
    en: 'The coercive measure "{{power}}" is neither 查封 nor 扣押, which is all a local regulation may create, but its highest basis is a {{highest}} ({{cited}}; {{statute}})',
  },
  ruleSetsMeasure: {
    zh: '强制措施“{{power}}”只引用了规章（{{cited}}），规章不得设定行政强制措施（{{statute}}）',
    en: 'The coercive measure "{{power}}" cites only rules ({{cited}}), which may not create coercive measures ({{statute}})',
  },
  departmentalRuleLicence: {
    zh: '许可事项“{{power}}”只引用了部门规章（{{cited}}），部门规章不得设定行政许可（{{statute}}）',
    en: 'The licence "{{power}}" cites only departmental rules ({{cited}}), which may not create licences ({{statute}})',
  },
};

const hints: Texts = {
  normativeOnly: {
    zh: '补充设定该{{act}}的法律、法规或规章及条款；找不到的，该事项没有合法依据，应予取消',
    en: 'Add the law, regulation or rule (with article) that creates this {{actEn}}; if there is none, the power has no lawful basis and should be withdrawn',
  },
  detentionNeedsLaw: {
    zh: '补充设定该处罚的法律条款（如《治安管理处罚法》的相应条款）',
    en: 'Add the article of the law that creates this penalty (e.g. the relevant article of 治安管理处罚法)',
  },
  businessLicenceRevocation: {
    zh: '补充设定吊销营业执照的法律或行政法规条款；没有的，地方性法规或规章不能作为吊销营业执照的依据',
    en: 'Add the law or administrative regulation article that provides for revoking the business licence; without one, a local regulation or rule cannot support it',
  },
  ruleBeyondWarningFine: {
    zh: '补充规章所依据的上位法律、法规条款（规章只能在其规定的行为、种类和幅度内作具体规定）',
    en: 'Add the higher law or regulation the rule specifies (a rule may only specify within the conduct, kinds and ranges it sets)',
  },
  personalFreedomNeedsLaw: {
    zh: '补充设定该强制措施的法律条款',
    en: 'Add the article of the law that creates this coercive measure',
  },
  freezeNeedsLaw: {
    zh: '补充设定冻结措施的法律条款（如《税收征收管理法》的相应条款）',
    en: 'Add the article of the law that provides for the freeze (e.g. the relevant article of 税收征收管理法)',
  },
  executionNeedsLaw: {
    zh: '补充授权本机关强制执行的法律条款；法律没有规定的，应当申请人民法院强制执行，事项名称和类型相应调整',
    en: 'Add the article of the law that empowers the agency to enforce; without one the agency must apply to a court, and the item should say so',
  },
  localRegulationMeasure: {
    zh: '补充设定该措施的法律或行政法规条款；地方性法规只能设定查封场所、设施或者财物和扣押财物',
    en: 'Add the law or administrative regulation article that creates this measure; a local regulation may only create 查封 and 扣押',
  },
  ruleSetsMeasure: {
    zh: '补充设定该措施的法律、法规条款；没有的，该强制措施没有合法依据',
    en: 'Add the law or regulation article that creates this measure; without one the measure has no lawful basis',
  },
  departmentalRuleLicence: {
    zh: '补充设定该许可的法律、行政法规、国务院决定或地方性法规条款',
    en: 'Add the law, administrative regulation, State Council decision or local regulation that creates this licence',
  },
};

/** Highest first (the vocabulary's order), for naming the highest level a power cites. */
const LEVEL_ORDER: readonly BasisLevel[] = basisLevels.map((level) => level.id);

export default defineRule({
  meta: {
    id: 'power-basis-setting',
    description: {
      zh: '处罚、许可、强制事项的依据须有相应设定权：规范性文件不得设定，限制人身自由、吊销营业执照、强制执行等保留给法律或行政法规',
      en: 'A penalty, licence or coercion cites a basis of a level allowed to create it (设定权): never only normative documents, and laws or regulations where reserved',
    },
    severity: 'error',
    docs: 'docs/rules/power-basis-setting.md',
    messages,
    hints,
  },
  check({ index, report, eachPower }) {
    if (!index.hasTable('bases')) return;
    eachPower((power) => {
      if (power.type === undefined || power.basisText === undefined) return;
      const rows = requirementsFor(power.type, nameText(power));
      if (rows.length === 0) return;
      const { resolved, unresolved } = index.citedBasesOf(power);
      const levels = new Set<BasisLevel>();
      const cited: string[] = [];
      let unknown = false;
      for (const { basis, citation } of resolved) {
        if (basis.level === undefined) unknown = true;
        else levels.add(basis.level);
        cited.push(basis.level === undefined ? `《${citation.title}》` : `《${citation.title}》（${basisLevelLabel(basis.level)}）`);
      }
      for (const title of unresolved) {
        // An uncatalogued 《…法》 is a national law; any other uncatalogued title could be of any level,
        // so the power is not judged (power-basis-exists reports the title).
        if (looksLikeLaw(title)) levels.add('law');
        else unknown = true;
        cited.push(`《${title}》`);
      }
      if (unknown || levels.size === 0) return;
      const failed = rows.find((row) => !row.needs.some((level) => levels.has(level)));
      if (failed === undefined) return;
      const highest = LEVEL_ORDER.find((level) => levels.has(level));
      report({
        messageId: failed.check,
        at: at(power.source, 'basisText'),
        value: power.basisText,
        data: {
          power: powerLabel(power),
          act: actTypeById(power.type).label,
          actEn: actTypeById(power.type).en,
          cited: cited.join('、'),
          highest: highest === undefined ? '' : basisLevelLabel(highest),
          statute: failed.statute,
        },
      });
    });
  },
});
