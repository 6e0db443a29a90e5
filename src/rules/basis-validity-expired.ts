// A basis past its 有效期至 has lapsed and can no longer be cited (local sunset rules, DOMAIN §3.5, §6 R4).

import { basisLevelLabel } from '../model/basis-vocab.js';
import { at } from '../model/location.js';
import type { BasisRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { addYears, isIsoDate } from './support/basis-dates.js';
import { compact } from '../law/power-text.js';

/** 暂行 / 试行 in a title marks a provisional document. */
const PROVISIONAL = /暂行|试行/u;

export default defineRule({
  meta: {
    id: 'basis-validity-expired',
    description: {
      zh: '规范性文件不得超过有效期：有效期至早于参照日的已失效；标注暂行、试行且未注明有效期的，施行满设定年限（默认两年）视为到期',
      en: 'A basis past its 有效期至 has lapsed; a provisional (暂行/试行) normative document with no stated validity lapses a set number of years (two by default) after taking effect',
    },
    severity: 'error',
    docs: 'docs/rules/basis-validity-expired.md',
    messages: {
      expired: {
        zh: '{{level}}《{{title}}》有效期至 {{validUntil}}，参照日 {{referenceDate}} 已过期',
        en: 'The {{level}} 《{{title}}》 was valid until {{validUntil}} and has lapsed by the reference date {{referenceDate}}',
      },
      provisionalStale: {
        zh: '规范性文件《{{title}}》为暂行/试行文件，自 {{since}} 起已超过 {{years}} 年且未注明有效期',
        en: 'The provisional normative document 《{{title}}》 dates from {{since}}, more than {{years}} years ago, and states no validity period',
      },
    },
    hints: {
      expired: {
        zh: '确认是否已重新登记公布并延长有效期：已延长的更新“有效期至”；未延长的改为“已废止”，并调整引用它的事项',
        en: 'Check whether it was re-registered with a new validity period: if so update 有效期至; if not, mark it repealed and fix the powers citing it',
      },
      provisionalStale: {
        zh: '查明该文件是否经评估后重新公布或已被取代：填写“有效期至”，或将时效性改为“已废止”（暂行、试行文件有效期一般不超过 {{years}} 年，以本地规定为准）',
        en: 'Find out whether it was re-published after review or replaced: fill in 有效期至, or mark it repealed (provisional documents usually last at most {{years}} years; local rules govern)',
      },
    },
  },
  check({ inventory, settings, report }) {
    const { referenceDate } = settings;
    for (const basis of inventory.bases) {
      // Only a row that claims to be current can be stale: an amended or repealed row's 失效日期 is its end.
      if (basis.status !== undefined && basis.status !== 'in_force' && basis.status !== 'not_yet_effective') continue;
      if (isIsoDate(basis.validUntil)) {
        if (basis.validUntil >= referenceDate) continue;
        report({
          messageId: 'expired',
          at: at(basis.source, 'validUntil'),
          value: basis.validUntil,
          data: { title: basis.title, level: basis.level === undefined ? '依据' : basisLevelLabel(basis.level), validUntil: basis.validUntil, referenceDate },
        });
        continue;
      }
      const since = provisionalStart(basis);
      if (since === undefined || addYears(since, settings.thresholds.provisionalValidityYears) >= referenceDate) continue;
      report({
        messageId: 'provisionalStale',
        at: at(basis.source, 'validUntil'),
        value: basis.title,
        data: { title: basis.title, since, years: settings.thresholds.provisionalValidityYears },
        related: [at(basis.source, basis.effective === since ? 'effective' : 'promulgated')],
      });
    }
  },
});

/** When a provisional normative document without 有效期至 started to run: 施行日期, else 公布日期. */
function provisionalStart(basis: BasisRecord): string | undefined {
  if (basis.level !== 'normative_document' || basis.validUntil !== undefined) return undefined;
  if (!PROVISIONAL.test(compact(basis.title))) return undefined;
  if (isIsoDate(basis.effective)) return basis.effective;
  return isIsoDate(basis.promulgated) ? basis.promulgated : undefined;
}
