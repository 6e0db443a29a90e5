// Penalties open to a hearing (处罚法 Art. 63) show the 听证 branch in their procedure — DOMAIN §5.2 step 6, §6 R11.

import type { Thresholds } from '../config/settings.js';
import { keyOf, type InventoryIndex } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { extractAmounts, formatYuan, reachesLargeAmount, thresholdFor, type StatedAmount } from './support/fine-amounts.js';
import { compact, displayName, nameText } from './support/power-text.js';
import { groupStepsByPower } from './support/steps-graph.js';

/**
 * The sanctions of Art. 63 ¶1(2)–(4) that open a hearing whatever the amount, and the statute's own words for
 * the amount-based ones (较大数额罚款, 没收较大数额违法所得, 没收较大价值非法财物). 吊销 covers every 许可证件
 * (许可证, 执照, 资格证); 停产整顿 and 停业整顿 are forms of 责令停产停业.
 */
const SANCTION_CUE = /降低资质等级|降低资质|吊销|责令停产停业|停产停业|责令停业|停产整顿|停业整顿|责令关闭|限制从业|较大数额|较大价值/u;

/** Step names that are the hearing. */
const HEARING_STEP = /听证/u;

interface Reason {
  readonly zh: string;
  readonly en: string;
}

/** The threshold a finding quotes, and for whom it is. */
function thresholdText(amount: StatedAmount, thresholds: Thresholds): Reason {
  const threshold = formatYuan(thresholdFor(amount.party, thresholds));
  switch (amount.party) {
    case 'individual':
      return { zh: `对个人的较大数额标准${threshold}`, en: `the 较大数额 for individuals, ${threshold}` };
    case 'organisation':
      return { zh: `对单位的较大数额标准${threshold}`, en: `the 较大数额 for organisations, ${threshold}` };
    case 'unspecified':
      return {
        zh: `较大数额标准${threshold}（未写明处罚对象，取个人、单位标准中较低者）`,
        en: `the 较大数额 of ${threshold} (the text does not say whom it penalises, so the lower of the individual and organisation amounts)`,
      };
  }
}

function amountReason(where: Reason, amount: StatedAmount, thresholds: Thresholds): Reason {
  const threshold = thresholdText(amount, thresholds);
  const quoted = { zh: `${where.zh}“${amount.text}”`, en: `${where.en} "${amount.text}"` };
  if (amount.sanction === 'confiscation') {
    const min = formatYuan(amount.min ?? 0);
    return {
      zh: `${quoted.zh}，没收数额在${min}以上，达到${threshold.zh}`,
      en: `${quoted.en} confiscates ${min} or more, at or above ${threshold.en}`,
    };
  }
  if (amount.max === undefined) {
    return {
      zh: `${quoted.zh}罚款未设上限，可达${threshold.zh}`,
      en: `${quoted.en} sets no upper bound to the fine, which can reach ${threshold.en}`,
    };
  }
  const max = formatYuan(amount.max);
  return {
    zh: `${quoted.zh}罚款最高${max}，达到${threshold.zh}`,
    en: `${quoted.en} fines up to ${max}, at or above ${threshold.en}`,
  };
}

/** Why the penalty is open to a hearing, or undefined. Sanctions named anywhere come before amounts. */
function hearingReason(power: PowerRecord, index: InventoryIndex, thresholds: Thresholds): Reason | undefined {
  const quotes = [...new Set(index.citationsOf(power).citations.map((c) => c.quote).filter((q) => q !== undefined))];
  const texts: ReadonlyArray<readonly [Reason, string]> = [
    [{ zh: '名称', en: 'its name' }, nameText(power)],
    ...quotes.map((quote) => [{ zh: '引用条文', en: 'a quoted article' }, compact(quote)] as const),
  ];
  for (const [where, text] of texts) {
    const cue = SANCTION_CUE.exec(text);
    if (cue) return { zh: `${where.zh}含“${cue[0]}”`, en: `${where.en} contains "${cue[0]}"` };
  }
  for (const [where, text] of texts) {
    const amount = extractAmounts(text).find((a) => reachesLargeAmount(a, thresholds));
    if (amount) return amountReason(where, amount, thresholds);
  }
  return undefined;
}

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
  check({ inventory, index, settings, report }) {
    const stepsByCode = groupStepsByPower(inventory.steps);

    // The steps belong to the code, so one finding per code: its sub-items, or the same power in a second
    // powers table, share the one procedure and the one fix.
    const reported = new Set<string>();
    for (const power of inventory.powers) {
      if (power.type !== 'penalty' || power.code === undefined) continue;
      const code = keyOf(power.code);
      if (reported.has(code)) continue;
      const steps = stepsByCode.get(code);
      // No procedure described for the power: nothing to check here.
      if (!steps || steps.some((step) => HEARING_STEP.test(compact(step.name ?? '')))) continue;
      const reason = hearingReason(power, index, settings.thresholds);
      if (!reason) continue;
      reported.add(code);
      report({
        messageId: 'noHearingStep',
        at: at(power.source, 'code'),
        value: power.code,
        data: { power: displayName(power), reasonZh: reason.zh, reasonEn: reason.en, steps: steps.length },
        related: steps.slice(0, 1).map((step) => at(step.source, 'name')),
      });
    }
  },
});
