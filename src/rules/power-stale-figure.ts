// Remedy and condition texts copied from old templates keep figures the law has since changed.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { findStaleFigures } from '../law/steps-stale-figures.js';
import { memoByText } from './support/memo.js';

const FIELDS = ['remedy', 'conditions', 'responsibilities', 'note'] as const;

export default defineRule({
  meta: {
    id: 'power-stale-figure',
    description: {
      zh: '执法事项的救济渠道、条件、责任事项和备注不得使用已修改的法定数额或期限（简易程序 50/1000 元、起诉期限三个月）',
      en: 'A power\'s remedy, conditions, responsibilities and note use no superseded statutory figure (simple procedure 50/1,000 yuan, three months to sue)',
    },
    severity: 'error',
    docs: 'docs/rules/power-stale-figure.md',
    messages: {
      simpleProcedure: {
        zh: '事项“{{power}}”使用旧的简易程序数额“{{text}}”；2021 年修订的《行政处罚法》第五十一条为公民 200 元、法人或者其他组织 3000 元以下',
        en: 'Power "{{power}}" uses the old simple-procedure amounts "{{text}}"; since 2021 处罚法 Art. 51 sets 200 yuan for individuals and 3,000 yuan for organisations',
      },
      suePeriod: {
        zh: '事项“{{power}}”使用旧的起诉期限“{{text}}”；《行政诉讼法》第四十六条自 2015 年起为六个月',
        en: 'Power "{{power}}" uses the old period to sue "{{text}}"; since 2015 行政诉讼法 Art. 46 allows six months',
      },
    },
    hints: {
      simpleProcedure: {
        zh: '改为“对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告”',
        en: 'Write "fines up to 200 yuan (individuals) or 3,000 yuan (organisations), or a warning"',
      },
      suePeriod: {
        zh: '救济渠道写为“自知道之日起六十日内申请行政复议，或者六个月内提起行政诉讼”',
        en: 'Write the remedy as "apply for reconsideration within 60 days, or sue within six months, of knowing of the act"',
      },
    },
  },
  check({ report, eachPower }) {
    const staleFigures = memoByText(findStaleFigures);
    eachPower((power) => {
      for (const field of FIELDS) {
        const text = power[field];
        if (text === undefined) continue;
        for (const match of staleFigures(text)) {
          report({
            messageId: match.kind,
            at: at(power.source, field),
            value: match.text,
            data: { power: power.name, text: match.text },
          });
        }
      }
    });
  },
});
