// Whether a penalty is open to a hearing (处罚法 Art. 63) and why: the power-hearing-step rule and the flowchart's 听证 branch share it.

import type { Bilingual } from '../diagnostics/types.js';
import type { TableIndex } from '../model/build-index.js';
import type { PowerRecord } from '../model/types.js';
import { extractAmounts, formatYuan, reachesLargeAmount, thresholdFor, type LargeAmountThresholds, type StatedAmount } from './fine-amounts.js';
import { compact, nameText } from './power-text.js';

/**
 * The sanctions of Art. 63 ¶1(2)–(4) that open a hearing whatever the amount, and the statute's own words for
 * the amount-based ones (较大数额罚款, 没收较大数额违法所得, 没收较大价值非法财物). 吊销 covers every 许可证件
 * (许可证, 执照, 资格证); 停产整顿 and 停业整顿 are forms of 责令停产停业.
 */
const SANCTION_CUE = /降低资质等级|降低资质|吊销|责令停产停业|停产停业|责令停业|停产整顿|停业整顿|责令关闭|限制从业|较大数额|较大价值/u;

/** Step names that are the hearing. */
export const HEARING_STEP = /听证/u;

/** The threshold a finding quotes, and for whom it is. */
function thresholdText(amount: StatedAmount, thresholds: LargeAmountThresholds): Bilingual {
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

function amountReason(where: Bilingual, amount: StatedAmount, thresholds: LargeAmountThresholds): Bilingual {
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

/**
 * Why the power is open to a hearing, or undefined: its name or a quoted article names a sanction of Art. 63, or
 * states an amount that reaches the 较大数额. Sanctions named anywhere come before amounts. The caller checks that
 * the power is a penalty.
 */
export function hearingReason(power: PowerRecord, index: TableIndex, thresholds: LargeAmountThresholds): Bilingual | undefined {
  const quotes = [...new Set(index.citationsOf(power).citations.map((c) => c.quote).filter((q) => q !== undefined))];
  const texts: ReadonlyArray<readonly [Bilingual, string]> = [
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
