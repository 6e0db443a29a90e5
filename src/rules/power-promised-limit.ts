// A guide may promise to finish sooner than the law requires, never later: 承诺时限 ≤ 法定时限.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName } from '../law/power-text.js';
import { isDefinitelyLonger, parseTimeLimit } from '../law/time-limit.js';

export default defineRule({
  meta: {
    id: 'power-promised-limit',
    description: {
      zh: '承诺时限不得长于法定时限',
      en: 'The promised time limit is not longer than the statutory one',
    },
    severity: 'error',
    docs: 'docs/rules/power-promised-limit.md',
    messages: {
      longerThanStatutory: {
        zh: '事项“{{power}}”的承诺时限“{{promised}}”长于法定时限“{{statutory}}”',
        en: 'Power "{{power}}" promises "{{promised}}", longer than its statutory limit "{{statutory}}"',
      },
    },
    hints: {
      longerThanStatutory: {
        zh: '承诺时限应等于或短于法定时限；核对两者的数值和单位（工作日/日/月）',
        en: 'Promise the statutory limit or less; check both numbers and units (working days, days, months)',
      },
    },
  },
  check({ report, eachPower }) {
    eachPower((power) => {
      const promised = parseTimeLimit(power.promisedLimit);
      const statutory = parseTimeLimit(power.statutoryLimit);
      if (!promised || !statutory || !isDefinitelyLonger(promised, statutory)) return;
      report({
        messageId: 'longerThanStatutory',
        at: at(power.source, 'promisedLimit'),
        value: power.promisedLimit ?? '',
        data: { power: displayName(power), promised: power.promisedLimit ?? '', statutory: power.statutoryLimit ?? '' },
      });
    });
  },
});
