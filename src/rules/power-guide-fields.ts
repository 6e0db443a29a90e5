// Powers a party applies for carry the service-guide fields a published 服务指南 needs.

import { fieldDef } from '../model/fields.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { displayName, isBlank, nameText } from '../law/power-text.js';

/**
 * 受理条件 and 办理时限 (法定/承诺) are the 事前公开 floor of 国办发〔2018〕118号; 许可法 Art. 30 adds
 * 条件 and 期限 for licences; 救济渠道 and 监督方式 complete the guide (DOMAIN.md §2.5; 湖北省政府令第382号).
 */
export const guideFields = ['conditions', 'statutoryLimit', 'promisedLimit', 'remedy', 'supervision'] as const;

/** Act types that start on a party's application (依申请). */
const APPLICATION_TYPES: ReadonlySet<string> = new Set(['licensing', 'confirmation', 'payment', 'reward', 'adjudication']);

/** Name cues of an application-driven 其他 item: 申请, 备案 (filings the party makes). */
const APPLICATION_CUES = /申请|备案/u;

/** True for powers that start on a party's application and so need a service guide. */
function isApplicationDriven(power: PowerRecord): boolean {
  if (power.type !== undefined && APPLICATION_TYPES.has(power.type)) return true;
  return power.type === 'other' && (power.forwardReview === true || APPLICATION_CUES.test(nameText(power)));
}

const labelOf = (field: string): { zh: string; en: string } => {
  const def = fieldDef('powers', field);
  return { zh: def?.label ?? field, en: def?.en ?? field };
};

export default defineRule({
  meta: {
    id: 'power-guide-fields',
    description: {
      zh: '依申请事项须填写服务指南所需的受理条件、法定时限、承诺时限、救济渠道和监督方式',
      en: 'Application-driven powers state the service-guide fields: conditions, statutory and promised time limits, remedy and supervision',
    },
    severity: 'warning',
    docs: 'docs/rules/power-guide-fields.md',
    messages: {
      missingFields: {
        zh: '依申请事项“{{power}}”缺少服务指南要素：{{fieldsZh}}',
        en: 'Application-driven power "{{power}}" lacks service-guide fields: {{fieldsEn}}',
      },
    },
    hints: {
      missingFields: {
        zh: '补充{{fieldsZh}}，以便编制和公开服务指南',
        en: 'Fill in {{fieldsEn}} so the service guide can be published',
      },
    },
  },
  check({ report, eachPower }) {
    eachPower((power) => {
      if (!isApplicationDriven(power)) return;
      // A powers table with none of the guide columns is a bare 权责清单; its guides live elsewhere.
      if (!guideFields.some((field) => power.source.table.columnOf.has(field))) return;
      const missing = guideFields.filter((field) => isBlank(power[field]));
      const first = missing[0];
      if (first === undefined) return;
      const labels = missing.map(labelOf);
      report({
        messageId: 'missingFields',
        at: at(power.source, first),
        data: {
          power: displayName(power),
          fieldsZh: labels.map((l) => l.zh).join('、'),
          fieldsEn: labels.map((l) => l.en).join(', '),
        },
      });
    });
  },
});
