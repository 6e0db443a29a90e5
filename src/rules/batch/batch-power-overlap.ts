// 职能交叉: the same power (same name and legal bases) claimed by several departments of one batch.

import { keyOf } from '../../model/build-index.js';
import { defineBatchRule, type PowerFact } from './define-batch-rule.js';

const identityOf = (power: PowerFact): string =>
  [keyOf(power.name), keyOf(power.subItem ?? ''), power.basisTitles.join('\u0001')].join('\u0000');

export default defineBatchRule({
  meta: {
    id: 'batch-power-overlap',
    description: {
      zh: '同一事项（名称、子项和依据相同）不应由批次中的多个部门同时列为本部门职权（职能交叉）',
      en: 'The same power (same name, sub-item and bases) is not claimed by several departments of a batch (overlapping functions)',
    },
    severity: 'warning',
    docs: 'docs/rules/batch-power-overlap.md',
    messages: {
      overlap: {
        zh: '事项“{{power}}”同时列于“{{first}}”（{{firstFile}}），属职能交叉',
        en: 'Power "{{power}}" is also claimed by "{{first}}" ({{firstFile}}): overlapping functions',
      },
    },
    hints: {
      overlap: {
        zh: '与“{{first}}”协商明确由谁行使；如为分工行使，在子项或备注中写明各自范围',
        en: 'Agree with "{{first}}" which department exercises it; if it is shared, state each part in the sub-item or note',
      },
    },
  },
  open(report) {
    // The first claim of each power: only its department and cell, not the facts it came from.
    const first = new Map<string, { readonly department: string; readonly at: PowerFact['at']; readonly source: string }>();
    return {
      add(inventory) {
        const seenHere = new Set<string>();
        for (const power of inventory.powers) {
          const key = identityOf(power);
          if (seenHere.has(key)) continue; // a repeat inside one inventory is another rule's business
          seenHere.add(key);
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, { department: power.department, at: power.at, source: inventory.source });
            continue;
          }
          if (keyOf(earlier.department) === keyOf(power.department)) continue;
          report({
            messageId: 'overlap',
            at: power.at,
            value: power.name,
            data: { power: power.name, first: earlier.department, firstFile: earlier.source },
            related: [earlier.at],
          });
        }
      },
    };
  },
});
