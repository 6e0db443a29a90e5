// A power may not rest on a repealed law: the basis lapsed, so the power must cite what replaced it or go.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { powerLabel } from '../law/power-text.js';

export default defineRule({
  meta: {
    id: 'power-basis-repealed',
    description: {
      zh: '执法事项不得以已废止的法律法规作为依据',
      en: 'A power does not cite a legal basis the bases table marks as repealed',
    },
    severity: 'error',
    docs: 'docs/rules/power-basis-repealed.md',
    messages: {
      repealed: {
        zh: '事项“{{power}}”引用的《{{title}}》已废止（执法依据表第 {{row}} 行）',
        en: 'Power "{{power}}" cites 《{{title}}》, which is repealed (legal-bases table row {{row}})',
      },
    },
    hints: {
      repealed: {
        zh: '改为引用取代《{{title}}》的现行有效依据及相应条款；没有替代依据的，应取消或调整该事项',
        en: 'Cite the basis now in force that replaced 《{{title}}》, with its article; if nothing replaced it, withdraw or adjust the power',
      },
    },
  },
  check({ index, report, eachPower }) {
    if (!index.hasTable('bases')) return;
    eachPower((power) => {
      if (power.basisText === undefined) return;
      for (const { basis, citation } of index.citedBasesOf(power).resolved) {
        if (basis.status !== 'repealed') continue;
        report({
          messageId: 'repealed',
          at: at(power.source, 'basisText'),
          value: citation.raw,
          data: { power: powerLabel(power), title: citation.title, row: basis.source.row },
          related: [at(basis.source, 'status')],
        });
      }
    });
  },
});
