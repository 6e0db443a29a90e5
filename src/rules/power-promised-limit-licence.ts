// A licence's 法定时限 stays within 许可法 Art. 42 (20 working days, +10) unless a law or regulation says otherwise.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { compact, displayName } from '../law/power-text.js';
import { isDefinitelyLonger, makeTimeLimit, parseTimeLimit, type TimeLimit } from '../law/time-limit.js';

/** Art. 42 ¶1: 20 days, +10 with the head's approval; ¶2: 45 days, +15 for 统一/联合/集中办理. */
const BASE_DAYS = 20;
const EXTENSION_DAYS = 10;
const JOINT_DAYS = 45;
const JOINT_EXTENSION_DAYS = 15;

const EXTENSION = /延长|延期/u;
const JOINT = /统一办理|联合办理|集中办理/u;
/** A stated basis for another limit: a cited title, or 法律、法规另有规定 in the cell's own words. */
const STATED_BASIS = /《|另有规定/u;

/** The longest limit Art. 42 allows for what the cell says, in working days (许可法 Art. 82). */
function allowedDays(text: string): number {
  const extended = EXTENSION.test(text);
  if (JOINT.test(text)) return JOINT_DAYS + (extended ? JOINT_EXTENSION_DAYS : 0);
  return BASE_DAYS + (extended ? EXTENSION_DAYS : 0);
}

export default defineRule({
  meta: {
    id: 'power-promised-limit-licence',
    description: {
      zh: '行政许可的法定时限不超过二十个工作日（经批准可延长十日），法律、法规另有规定的须写明依据',
      en: 'A licence decides within 20 working days (+10 with approval) unless the time-limit cell names the law or regulation that says otherwise',
    },
    severity: 'warning',
    docs: 'docs/rules/power-promised-limit-licence.md',
    messages: {
      overStatutoryMaximum: {
        zh: '许可事项“{{power}}”的法定时限“{{limit}}”超过行政许可法第四十二条的{{allowed}}个工作日，且未写明另有规定的法律、法规依据',
        en: 'Licence "{{power}}" has a statutory limit of "{{limit}}", beyond the {{allowed}} working days of 许可法 Art. 42, and names no law or regulation providing otherwise',
      },
    },
    hints: {
      overStatutoryMaximum: {
        zh: '如有法律、法规另行规定期限，在法定时限或备注中写明其名称和条款，如“60个工作日（《××条例》第×条）”；否则改为不超过二十个工作日',
        en: 'If a law or regulation sets another period, cite it in the time-limit or note cell, e.g. "60个工作日（《××条例》第×条）"; otherwise use at most 20 working days',
      },
    },
  },
  check({ report, eachPower }) {
    eachPower((power) => {
      if (power.type !== 'licensing' || power.statutoryLimit === undefined) return;
      const parsed = parseTimeLimit(power.statutoryLimit);
      if (!parsed) return;
      const text = compact(power.statutoryLimit);
      if (STATED_BASIS.test(text) || STATED_BASIS.test(compact(power.note ?? ''))) return;
      // 许可法 Art. 82: the law's periods are working days, so a bare 日 in a licence's limit is one.
      const limit: TimeLimit = parsed.unit === 'day' ? { ...parsed, unit: 'working_day' } : parsed;
      const allowed = allowedDays(text);
      if (!isDefinitelyLonger(limit, makeTimeLimit(allowed, 'working_day'))) return;
      report({
        messageId: 'overStatutoryMaximum',
        at: at(power.source, 'statutoryLimit'),
        value: power.statutoryLimit,
        data: { power: displayName(power), limit: power.statutoryLimit, allowed },
      });
    });
  },
});
