// The 时效性 column must agree with the 施行日期: 有效 with a future date, or 尚未生效 with a past one, is stale.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { isIsoDate } from './support/basis-dates.js';

export default defineRule({
  meta: {
    id: 'basis-status-effective-date',
    description: {
      zh: '依据的时效性与施行日期一致：有效的已施行，尚未生效的尚未施行（以参照日为准）',
      en: 'A basis marked in force has taken effect, and one marked not yet effective has not, on the reference date',
    },
    severity: 'warning',
    docs: 'docs/rules/basis-status-effective-date.md',
    messages: {
      inForceTooEarly: {
        zh: '《{{title}}》标注为“有效”，但施行日期 {{effective}} 在参照日 {{referenceDate}} 之后',
        en: '《{{title}}》 is marked in force, but its effective date {{effective}} is after the reference date {{referenceDate}}',
      },
      notYetEffectivePassed: {
        zh: '《{{title}}》标注为“尚未生效”，但已于 {{effective}} 施行（参照日 {{referenceDate}}）',
        en: '《{{title}}》 is marked not yet effective, but took effect on {{effective}} (reference date {{referenceDate}})',
      },
    },
    hints: {
      inForceTooEarly: {
        zh: '将时效性改为“尚未生效”，{{effective}} 起再改为“有效”；同时核对它所取代的旧版本是否仍标注为有效',
        en: 'Set the status to 尚未生效 and change it to 有效 from {{effective}}; check that the version it replaces is still marked in force meanwhile',
      },
      notYetEffectivePassed: {
        zh: '将时效性改为“有效”，并把被它取代的旧版本改为“已修改”或“已废止”',
        en: 'Set the status to 有效, and mark the version it replaced as 已修改 or 已废止',
      },
    },
  },
  check({ inventory, settings, report }) {
    const { referenceDate } = settings;
    for (const basis of inventory.bases) {
      if (!isIsoDate(basis.effective)) continue;
      const messageId =
        basis.status === 'in_force' && basis.effective > referenceDate
          ? 'inForceTooEarly'
          : basis.status === 'not_yet_effective' && basis.effective <= referenceDate
            ? 'notYetEffectivePassed'
            : undefined;
      if (messageId === undefined) continue;
      report({
        messageId,
        at: at(basis.source, 'status'),
        value: basis.effective,
        data: { title: basis.title, effective: basis.effective, referenceDate },
        related: [at(basis.source, 'effective')],
      });
    }
  },
});
