// 责令改正 and 先行登记保存 are not acts of their own: one is an order that goes with a penalty, the other a step inside it.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName, nameText } from '../law/power-text.js';

/** 责令改正 / 责令限期改正 / 限期改正 (处罚法 Art. 28). */
const CORRECTIVE_ORDER = /责令(?:限期)?改正|限期改正/u;

/**
 * Sanctions of 处罚法 Art. 9: a name with one of them is a penalty item that also orders correction,
 * as Art. 28 wants. The bare word 处罚 does not count: lists write 对…的处罚 for whatever they type 处罚.
 */
const SANCTION = /罚款|警告|通报批评|没收|暂扣|吊销|降低资质|停产停业|责令停业|责令关闭|限制开展生产经营|限制从业|拘留/u;

/** 先行登记保存 (处罚法 Art. 56). */
const PRESERVATION = /先行登记保存/u;

export default defineRule({
  meta: {
    id: 'power-corrective-order',
    description: {
      zh: '单独的“责令改正”不列为行政处罚事项；“先行登记保存”不单列为行政强制事项',
      en: 'A bare corrective order (责令改正) is not listed as a penalty, nor 先行登记保存 as a coercion item',
    },
    severity: 'warning',
    docs: 'docs/rules/power-corrective-order.md',
    messages: {
      correctiveOrderAsPenalty: {
        zh: '事项“{{power}}”只是责令改正，却列为行政处罚：责令改正不是处罚种类（行政处罚法第二十八条），应归入其他行政权力或并入相应的行政处罚事项',
        en: 'Power "{{power}}" is only a corrective order but is typed as a penalty: ordering correction is not a penalty (处罚法 Art. 28); type it 其他行政权力 or fold it into the related penalty item',
      },
      preservationAsCoercion: {
        zh: '事项“{{power}}”是先行登记保存，却单列为行政强制：它是行政处罚调查取证中的证据保全措施（行政处罚法第五十六条），应写入相应行政处罚事项的流程',
        en: 'Power "{{power}}" is 先行登记保存 but is listed as a coercion item: it preserves evidence while investigating a penalty case (处罚法 Art. 56); put it in the flow of the related penalty item',
      },
    },
    hints: {
      correctiveOrderAsPenalty: {
        zh: '将事项类型改为“其他行政权力”，或删除本行并在相应处罚事项中写明“责令改正”',
        en: 'Change the type to 其他行政权力, or delete the row and state the corrective order in the related penalty item',
      },
      preservationAsCoercion: {
        zh: '删除本行，在相应行政处罚事项的调查取证环节写明先行登记保存（经负责人批准，七日内作出处理决定）',
        en: 'Delete the row and describe 先行登记保存 in the investigation step of the related penalty (approved by the head, decided within 7 days)',
      },
    },
  },
  check({ report, eachPower }) {
    eachPower((power) => {
      const name = nameText(power);
      if (power.type === 'penalty' && CORRECTIVE_ORDER.test(name) && !SANCTION.test(name)) {
        report({ messageId: 'correctiveOrderAsPenalty', at: at(power.source, 'type'), data: { power: displayName(power) } });
      } else if (power.type === 'coercion' && PRESERVATION.test(name)) {
        report({ messageId: 'preservationAsCoercion', at: at(power.source, 'type'), data: { power: displayName(power) } });
      }
    });
  },
});
