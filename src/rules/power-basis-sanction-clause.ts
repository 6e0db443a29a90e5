// A penalty item cites the clause that sets the penalty (罚则), not only the one it breaks (违则) — DOMAIN §6 R8.
// Judged only where the cell quotes the article text, since the article numbers alone say nothing about content.

import { formatCitation } from '../citation/index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { compact, powerLabel } from '../law/power-text.js';

/** Words only a penalty clause uses: the kinds of 处罚法 Art. 9 and the verb itself. */
export const SANCTION_CUE =
  /罚款|警告|通报批评|没收|吊销|暂扣|降低资质等级|责令停产停业|责令停业|停产整顿|责令关闭|限制从业|限制开展生产经营活动|拘留|处罚/u;

export default defineRule({
  meta: {
    id: 'power-basis-sanction-clause',
    description: {
      zh: '处罚事项的实施依据须包含罚则条款（引用条文原文时，原文中应有罚款、警告、没收、吊销等处罚内容）',
      en: 'A penalty cites the clause that sets the penalty (罚则): where article text is quoted, some quote names a sanction',
    },
    severity: 'warning',
    docs: 'docs/rules/power-basis-sanction-clause.md',
    messages: {
      noSanctionClause: {
        zh: '处罚事项“{{power}}”引用的条文（{{articles}}）原文中没有罚款、警告、没收、吊销等处罚内容，似乎只引用了违则、未引用罚则',
        en: 'The penalty "{{power}}" quotes articles ({{articles}}) that name no sanction (fine, warning, confiscation, revocation …): it seems to cite the prohibition but not the penalty clause',
      },
    },
    hints: {
      noSanctionClause: {
        zh: '补充规定该违法行为处罚种类和幅度的罚则条款及原文，如“《XX法》第X条：违反本法第X条规定的，……处……罚款”',
        en: 'Add the penalty clause that sets the kind and range of penalty for this violation, with its text, e.g. 《XX法》第X条：违反本法第X条规定的，……处……罚款',
      },
    },
  },
  check({ index, report, eachPower }) {
    eachPower((power) => {
      if (power.type !== 'penalty' || power.basisText === undefined) return;
      const articles = index.citationsOf(power).citations.filter((c) => c.article !== undefined);
      // Any article cited without its text may be the penalty clause: nothing can be said.
      if (articles.length === 0 || articles.some((c) => c.quote === undefined)) return;
      if (articles.some((c) => SANCTION_CUE.test(compact(c.quote ?? '')))) return;
      const listed = [...new Set(articles.map((c) => formatCitation(c)))];
      report({
        messageId: 'noSanctionClause',
        at: at(power.source, 'basisText'),
        value: power.basisText,
        data: { power: powerLabel(power), articles: listed.join('、') },
      });
    });
  },
});
