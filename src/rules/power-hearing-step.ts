// Penalties open to a hearing (处罚法 Art. 63) show the 听证 branch in their procedure — DOMAIN §5.2 step 6, §6 R11.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { HEARING_STEP, hearingReason } from '../law/hearing.js';
import { compact, displayName } from '../law/power-text.js';

export default defineRule({
  meta: {
    id: 'power-hearing-step',
    description: {
      zh: '可以听证的行政处罚（较大数额罚款或没收、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业），其办理流程应有听证环节',
      en: 'A penalty open to a hearing (large fine or confiscation, downgrading, revocation, suspension, closure, barring from practice) has a 听证 step in its procedure',
    },
    severity: 'error',
    docs: 'docs/rules/power-hearing-step.md',
    messages: {
      noHearingStep: {
        zh: '处罚事项“{{power}}”属可以听证的处罚：{{reasonZh}}；但流程表中该事项的 {{steps}} 个环节均不是听证',
        en: 'The penalty "{{power}}" is open to a hearing: {{reasonEn}}; but none of its {{steps}} steps in the steps table is the hearing',
      },
    },
    hints: {
      noHearingStep: {
        zh: '在“告知”环节之后增加“听证”分支：当事人在告知后五日内提出听证要求的，行政机关在举行听证的七日前通知听证的时间、地点（行政处罚法第六十三条、第六十四条）',
        en: 'Add a 听证 branch after the 告知 step: the party may ask for a hearing within 5 days of the notice, and the agency gives 7 days\' notice of its time and place (处罚法 Arts. 63–64)',
      },
    },
  },
  check({ index, settings, report, eachPower }) {
    const stepsByCode = index.stepsByPower;

    // The steps belong to the code, so one finding per code: its sub-items, or the same power in a second
    // powers table, share the one procedure and the one fix.
    const reported = new Set<string>();
    eachPower((power) => {
      if (power.type !== 'penalty' || power.code === undefined) return;
      const code = keyOf(power.code);
      if (reported.has(code)) return;
      const steps = stepsByCode.get(code);
      // No procedure described for the power: nothing to check here.
      if (!steps || steps.some((step) => HEARING_STEP.test(compact(step.name ?? '')))) return;
      const reason = hearingReason(power, index, settings.thresholds);
      if (!reason) return;
      reported.add(code);
      report({
        messageId: 'noHearingStep',
        at: at(power.source, 'code'),
        value: power.code,
        data: { power: displayName(power), reasonZh: reason.zh, reasonEn: reason.en, steps: steps.length },
        related: steps.slice(0, 1).map((step) => at(step.source, 'name')),
      });
    });
  },
});
