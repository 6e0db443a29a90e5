// The declared act type disagrees with what the name says, by a confident classification (DOMAIN.md §1.5–1.6, R6).

import { classifyPower, typeLabel, type Classification, type ClassificationFlag } from '../classify/index.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { displayName } from '../law/power-text.js';

/**
 * Confidence the classifier needs before a disagreement is reported. Below it the name's cues are weak, conflicting
 * or absent, and a reviewer, not a warning, should decide (`quanze classify --min-confidence` lists those rows).
 */
export const MISMATCH_MIN_CONFIDENCE = 0.8;

/** Findings other rules already make about the same cell, more precisely (power-corrective-order). */
const reportedElsewhere: readonly ClassificationFlag[] = ['corrective-order', 'evidence-preservation'];

/** 加处罚款 / 滞纳金 typed 处罚 is an error of power-corrective-order-surcharge. */
const SURCHARGE = /加处罚款|滞纳金/u;

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
  check({ inventory, settings, report }) {
    const variant = settings.actTypes;
    // What the name and sub-item alone say, once per distinct pair: names repeat across an inventory, 实施依据 texts
    // rarely do. The cited text never changes a type the name or sub-item decided (it only adds 0.03 confidence
    // when it agrees), so when that type is the declared one the full classification is not needed.
    const byName = new Map<string, Classification>();
    const classifiedByName = (power: PowerRecord): Classification => {
      const key = `${power.name}\u0000${power.subItem ?? ''}`;
      let found = byName.get(key);
      if (found === undefined) {
        found = classifyPower({ name: power.name, ...(power.subItem === undefined ? {} : { subItem: power.subItem }) }, { variant });
        byName.set(key, found);
      }
      return found;
    };
    for (const power of inventory.powers) {
      if (power.type === undefined) continue;
      const named = classifiedByName(power);
      if (named.source !== 'none' && (named.type === 'fee' ? 'levy' : named.type) === power.type) continue;
      // The code is left out: its type segment (CF-, XK-) is written by the same hand as the declared type, so it
      // is no independent evidence for or against it. The question is whether the name supports the type.
      const classification = classifyPower(
        {
          name: power.name,
          ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
          ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
        },
        { variant },
      );
      // A split-off fee is still declared 行政征收 in the model, which has only the national ten.
      const classified = classification.type === 'fee' ? 'levy' : classification.type;
      if (classified === power.type || classification.confidence < MISMATCH_MIN_CONFIDENCE) continue;
      if ((classification.flags ?? []).some((flag) => reportedElsewhere.includes(flag))) continue;
      if (power.type === 'penalty' && SURCHARGE.test(classification.cue ?? '')) continue;
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
    }
  },
});
