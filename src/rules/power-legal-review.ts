// Powers whose decisions need 重大执法决定法制审核 are flagged, and their procedure shows the review step.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import type { Profile } from '../config/settings.js';
import { defineRule } from './define-rule.js';
import { compact, displayName, nameText } from '../law/power-text.js';

/**
 * Penalties named after the heavier sanctions of 处罚法 Art. 63 that do not depend on an amount. A
 * case imposing one of them directly concerns the party's major rights and, once a hearing is held,
 * must be reviewed (Art. 58 ¶1(2)); the item is flagged because any of its cases may come to that.
 */
const NATIONAL_CUES = /吊销|降低资质|停产停业|责令停业|责令关闭|限制从业/u;

/** Step names that are the legal review. */
const REVIEW_STEP = /法制审核|合法性审核|法制审查|合法性审查/u;

interface Requirement {
  readonly zh: string;
  readonly en: string;
}

/** Why the profile requires review of this power, or undefined if it does not. */
function requirementOf(power: PowerRecord, profile: Profile): Requirement | undefined {
  if (profile === 'strict' && (power.type === 'coercion' || power.type === 'penalty')) {
    return power.type === 'coercion'
      ? { zh: '严格配置要求全部行政强制决定经法制审核', en: 'the strict profile reviews every coercion decision' }
      : {
          zh: '严格配置要求简易程序以外的全部行政处罚决定经法制审核',
          en: 'the strict profile reviews every penalty decided outside the simple procedure',
        };
  }
  if (power.type !== 'penalty') return undefined;
  const cue = NATIONAL_CUES.exec(nameText(power));
  if (!cue) return undefined;
  return {
    zh: `名称含“${cue[0]}”，属行政处罚法第六十三条可以听证的处罚，经听证的须法制审核（第五十八条第一款第（二）项）`,
    en: `its name contains "${cue[0]}", a penalty open to a hearing under 处罚法 Art. 63, and heard cases need legal review (Art. 58 ¶1(2))`,
  };
}

export default defineRule({
  meta: {
    id: 'power-legal-review',
    description: {
      zh: '须经重大执法决定法制审核的事项应标明“法制审核：是”，其办理流程应有法制审核环节',
      en: 'Powers whose decisions need legal review (重大执法决定法制审核) are flagged, and their procedure has a legal-review step',
    },
    severity: 'error',
    docs: 'docs/rules/power-legal-review.md',
    messages: {
      unflagged: {
        zh: '事项“{{power}}”未标明须经法制审核：{{reasonZh}}',
        en: 'Power "{{power}}" is not flagged for legal review, but {{reasonEn}}',
      },
      noReviewStep: {
        zh: '事项“{{power}}”须经法制审核，但流程表中该事项的环节（共 {{steps}} 个）均不是法制审核',
        en: 'Power "{{power}}" needs legal review, but none of its steps in the steps table ({{steps}} in all) is the legal review',
      },
    },
    hints: {
      unflagged: {
        zh: '将“法制审核”列填为“是”，并列入本机关重大执法决定法制审核目录清单',
        en: 'Set the legal-review column to 是 and list the power in the catalogue of decisions needing legal review',
      },
      noReviewStep: {
        zh: '在调查终结（或听证）之后、负责人作出决定之前增加“法制审核”环节，并指定承办岗位',
        en: 'Add a 法制审核 step after the investigation (or hearing) and before the decision, with its post',
      },
    },
  },
  check({ index, settings, report, eachPower }) {
    const stepsByCode = index.stepsByPower;

    eachPower((power) => {
      const requirement = requirementOf(power, settings.profile);
      if (requirement && power.legalReview !== true) {
        report({
          messageId: 'unflagged',
          at: at(power.source, 'legalReview'),
          data: { power: displayName(power), reasonZh: requirement.zh, reasonEn: requirement.en },
        });
      }
      if (!requirement && power.legalReview !== true) return;
      const steps = power.code === undefined ? undefined : stepsByCode.get(keyOf(power.code));
      if (!steps || steps.some((step) => REVIEW_STEP.test(compact(step.name ?? '')))) return;
      report({
        messageId: 'noReviewStep',
        at: at(power.source, 'code'),
        ...(power.code === undefined ? {} : { value: power.code }),
        data: { power: displayName(power), steps: steps.length },
        related: steps.slice(0, 1).map((step) => at(step.source, 'name')),
      });
    });
  },
});
