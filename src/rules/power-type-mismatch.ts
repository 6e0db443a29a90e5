// The declared act type disagrees with what the name says, by a confident classification (DOMAIN.md §1.5–1.6, R6).

import type { ActTypeId } from '../model/act-types.js';
import {
  declaredDisagreement, MISMATCH_MIN_CONFIDENCE, typeLabel, type Classification, type ClassificationFlag,
} from '../classify/index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName } from '../law/power-text.js';

export { MISMATCH_MIN_CONFIDENCE };

/** Findings other rules already make about the same cell, more precisely (power-corrective-order). */
const reportedElsewhere: readonly ClassificationFlag[] = ['corrective-order', 'evidence-preservation'];

/** 加处罚款 / 滞纳金 typed 处罚 is an error of power-corrective-order-surcharge. */
const SURCHARGE = /加处罚款|滞纳金/u;

/** A disagreement another rule reports more precisely, so this one stays silent. */
export function reportedByAnotherRule(classification: Classification, declared: ActTypeId): boolean {
  return (classification.flags ?? []).some((flag) => reportedElsewhere.includes(flag))
    || (declared === 'penalty' && SURCHARGE.test(classification.cue ?? ''));
}

export default defineRule({
  meta: {
    id: 'power-type-mismatch',
    description: {
      zh: '填报的事项类型与名称所示类型（分类器有把握时）一致',
      en: 'The declared act type agrees with the type the name shows, when the classifier is confident',
    },
    severity: 'warning',
    docs: 'docs/rules/power-type-mismatch.md',
    messages: {
      mismatch: {
        zh: '事项“{{power}}”填报为{{declaredZh}}，但按名称应为{{classifiedZh}}（置信度{{confidence}}）：{{reasonZh}}',
        en: 'Power "{{power}}" is declared as {{declaredEn}}, but its name points at {{classifiedEn}} (confidence {{confidence}}): {{reasonEn}}',
      },
    },
    hints: {
      mismatch: {
        zh: '核对设定依据后更正事项类型为{{classifiedZh}}；若填报无误，请在备注中说明依据条款',
        en: 'Check the legal basis and change the type to {{classifiedZh}} ({{classifiedEn}}); if the declared type is right, cite the article in the note',
      },
    },
  },
  check({ settings, report, eachPower }) {
    const disagreement = declaredDisagreement(settings.actTypes);
    eachPower((power) => {
      const classification = disagreement(power);
      if (power.type === undefined || classification === undefined) return;
      if (reportedByAnotherRule(classification, power.type)) return;
      const declared = typeLabel(power.type);
      const found = typeLabel(classification.type);
      report({
        messageId: 'mismatch',
        at: at(power.source, 'type'),
        value: declared.zh,
        data: {
          power: displayName(power),
          declaredZh: declared.zh, declaredEn: declared.en,
          classifiedZh: found.zh, classifiedEn: found.en,
          confidence: classification.confidence.toFixed(2),
          reasonZh: classification.reason.zh, reasonEn: classification.reason.en,
        },
      });
    });
  },
});
